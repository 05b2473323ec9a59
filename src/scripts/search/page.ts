/**
 * The search page (`/search/`, markup in `src/pages/search.astro`): the DOM side of its state. The state and
 * the words the page says live in `src/lib/search/page-state.ts` (`reduce`); this module turns events (typing,
 * ticking, back/forward, the engine answering) into actions, renders the status, Retry, "Show more" and the
 * filter summary from the state, and fills the result lists from the engine.
 * History: typing replaces the current entry (no entry per keystroke); a submitted query, a cleared query or a
 * filter change adds one (`historyEntry`). Scroll and shown-result count ride in `history.state`.
 * Searches run as the reader types, with no pause: one at a time, the newest state next (`latestWins`).
 * Keyboard: ↓ in the field moves to the first result, as Tab does (results come before the filters).
 */
import { PAGE_IDS as ids } from '../../lib/search/dom-ids';
import type { FilterOption } from '../../lib/search/filters';
import { resolveFilters } from '../../lib/search/resolve-filters';
import { latestWins } from '../../lib/search/latest-wins';
import {
  filterSummary,
  historyEntry,
  initialPageState,
  moreLabel,
  reduce,
  wantsSearch,
  type Action,
  type PageState,
} from '../../lib/search/page-state';
import { readSearchState, searchStateHref, type FilterKey } from '../../lib/search/state';
import { connect, searchBundle, searchPage } from './connect';
import { IndexMissing, type Hit, type Outcome, type SearchEngine } from './engine';
import { el, excerptFragment, failureMessage, hitContext } from './render';

/** Remarks shown at first and added by each "Show more": about two screens, so the first answers at once. */
const PAGE_SIZE = 20;
/** Page results shown below the remarks: pages are the fallback, remarks the answer. */
const PAGES_SHOWN = 10;
/** Pause after scrolling stops before the position is saved in `history.state`: saving on every scroll event would flood it. */
const SCROLL_SAVE_MS = 100;
/** Below this width the filters start folded, so results are on a phone's first screen (Tailwind's `md`). */
const WIDE = '(min-width: 48rem)';

interface Saved {
  scrollY?: number | undefined;
  shown?: number | undefined;
}

/** The element with this id, which search.astro prints; null if the page lacks it. */
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** Starts the search page; does nothing on other pages. */
export async function startSearchPage(): Promise<void> {
  const input = byId<HTMLInputElement>(ids.input);
  const status = byId(ids.status);
  const remarkSection = byId(ids.remarks);
  const remarkList = byId(ids.results);
  const more = byId<HTMLButtonElement>(ids.more);
  const pageSection = byId(ids.pages);
  const pageList = byId(ids.pageResults);
  const retry = byId<HTMLButtonElement>(ids.retry);
  if (!byId(ids.app) || !input || !status || !remarkSection || !remarkList || !more || !pageSection || !pageList || !retry) return;
  const bundle = searchBundle();
  const page = searchPage();
  const baseTitle = document.title;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter-key]')];
  const keyOf = (box: HTMLInputElement) => box.dataset.filterKey as FilterKey;
  const labelOf = (box: HTMLInputElement) => box.labels?.[0]?.firstChild?.textContent?.trim() ?? box.value;
  const known: Partial<Record<FilterKey, FilterOption[]>> = {};
  for (const box of boxes) (known[keyOf(box)] ??= []).push({ value: box.value, label: labelOf(box) });
  const longFilters = [...document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-long]')];
  history.scrollRestoration = 'manual';

  // On a phone the filters start folded, so results are on the first screen; the summary says how many are set.
  const panel = byId<HTMLDetailsElement>(ids.filterPanel);
  const wide = matchMedia(WIDE);
  if (panel) panel.open = wide.matches;
  wide.addEventListener('change', () => panel && (panel.open = wide.matches));
  document.querySelector('[data-open-filters]')?.addEventListener('click', () => panel && (panel.open = true));
  const summary = byId(ids.filterSummary);

  let state: PageState = initialPageState;
  /** The loaded engine, and the results on show (their data loads on demand); null until there are some. */
  let engine: SearchEngine | null = null;
  let outcome: Outcome | null = null;
  /** Counts searches started, so an answer to one that a newer search has replaced is dropped. */
  let generation = 0;

  /** Applies an action and renders what depends on the state alone. */
  function dispatch(action: Action): void {
    state = reduce(state, action);
    status!.textContent = state.status;
    retry!.hidden = !state.retry;
    const label = moreLabel(state);
    more!.hidden = label === null;
    if (label) more!.textContent = label;
    if (summary) summary.textContent = filterSummary(state.search);
  }

  /** Puts the state into the form; the search box only when the state did not come from it (typing must not lose a trailing space). */
  function syncForm(withInput: boolean) {
    if (withInput) input!.value = state.search.query;
    for (const box of boxes) box.checked = state.search.filters[keyOf(box)]?.includes(box.value) ?? false;
    for (const fieldset of longFilters) showFilterValues(fieldset);
  }

  /** Reads the URL's state, dropping (and noting) filter values that match none of the page's. */
  function fromUrl() {
    const read = readSearchState(location.href);
    const { filters, unknown } = resolveFilters(read.filters, known);
    dispatch({ type: 'url', search: { query: read.query, filters }, unknown });
    const href = searchStateHref(page, state.search);
    if (href !== location.pathname + location.search) history.replaceState(history.state, '', href);
    syncForm(true);
  }

  /** A change the reader made: new state, a history entry or the current one replaced, and a search. */
  function change(action: Action) {
    const entry = historyEntry(state, action);
    dispatch(action);
    syncForm(false);
    const href = searchStateHref(page, state.search);
    if (entry === 'push' && href !== location.pathname + location.search) history.pushState({}, '', href);
    else history.replaceState({}, '', href);
    schedule(false);
  }

  const saved = (): Saved => (history.state as Saved | null) ?? {};
  const save = (patch: Saved) => history.replaceState({ ...saved(), ...patch }, '', location.href);

  // A long filter shows its most frequent values (`data-frequent`), every ticked one, and, once asked, all or those matching the box.
  function showFilterValues(fieldset: HTMLFieldSetElement) {
    const all = fieldset.querySelector<HTMLButtonElement>('[data-filter-all]');
    const find = fieldset.querySelector<HTMLInputElement>('[data-filter-find]')?.value.trim().toLowerCase() ?? '';
    const expanded = all?.getAttribute('aria-expanded') === 'true';
    for (const row of fieldset.querySelectorAll<HTMLElement>('[data-option]')) {
      const box = row.querySelector('input')!;
      const label = (box.labels?.[0]?.textContent ?? '').toLowerCase();
      row.hidden = !(box.checked || (find ? label.includes(find) : expanded || row.hasAttribute('data-frequent')));
    }
  }
  for (const fieldset of longFilters) {
    const all = fieldset.querySelector<HTMLButtonElement>('[data-filter-all]');
    const total = fieldset.querySelectorAll('[data-option]').length;
    all?.addEventListener('click', () => {
      const expanded = all.getAttribute('aria-expanded') !== 'true';
      all.setAttribute('aria-expanded', String(expanded));
      all.textContent = expanded ? 'Show the most frequent' : `Show all ${total}`;
      showFilterValues(fieldset);
    });
    fieldset.querySelector('[data-filter-find]')?.addEventListener('input', () => showFilterValues(fieldset));
  }

  // ↓ from the field goes to the first result, as Tab does; ↑/↓ then move between results, and ↑ from the first back to the field.
  const resultLinks = () => [...document.querySelectorAll<HTMLAnchorElement>(`#${ids.results} a, #${ids.pageResults} a`)];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultLinks()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  for (const list of [remarkList, pageList]) {
    list.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = resultLinks();
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (at < 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? links[at + 1] : at === 0 ? input : links[at - 1];
      next?.focus();
    });
  }

  /** Loads the engine; on failure the state says why, with a Retry unless the index is missing. */
  async function start(): Promise<boolean> {
    dispatch({ type: 'engine-loading' });
    try {
      engine = await connect(bundle);
    } catch (error) {
      dispatch({ type: 'failed', message: failureMessage(error), retry: !(error instanceof IndexMissing) });
      return false;
    }
    return true;
  }
  retry.addEventListener('click', async () => {
    if (!engine && !(await start())) return;
    dispatch({ type: 'engine-ready' });
    schedule(false);
  });

  function showCounts(counts: Outcome['counts'] | null) {
    for (const box of boxes) {
      const slot = box.labels?.[0]?.querySelector('[data-count]');
      if (slot) slot.textContent = counts ? `(${counts[keyOf(box)]?.[box.value] ?? 0})` : '';
    }
  }

  /** One result: a link whose name says who spoke, on what, and the excerpt. */
  function resultItem(hit: Hit): HTMLLIElement {
    const item = el('li', 'rounded border border-zinc-200 dark:border-zinc-700');
    const link = el('a', 'block p-3 text-zinc-900 no-underline hover:underline dark:text-zinc-100');
    link.href = hit.href;
    const context = el('span', 'block text-sm text-zinc-700 dark:text-zinc-300');
    context.append(hitContext(hit));
    const excerpt = el('span', 'mt-1 block underline-offset-2');
    excerpt.append(excerptFragment(hit.excerpt));
    link.append(context, excerpt);
    item.append(link);
    return item;
  }

  /** Runs the current state when no search is in flight, else once the one in flight ends (the state read then is the newest). */
  const schedule = latestWins((restore: boolean) => run(restore));

  async function showMore() {
    if (!outcome) return;
    const hits = await outcome.remarks.load(state.shown, state.shown + PAGE_SIZE);
    const items = hits.map(resultItem);
    remarkList!.append(...items);
    dispatch({ type: 'more', added: hits.length });
    save({ shown: state.shown });
    // Focus moves to the first new result, so keyboard readers continue where the list grew.
    items[0]?.querySelector('a')?.focus();
  }

  /** Searches for the current state and renders it; `restore` scrolls back to where the reader was. */
  async function run(restore: boolean) {
    // Before the index has loaded there is nothing to run; the state is searched once it has.
    if (!engine) return;
    const mine = ++generation;
    if (!wantsSearch(state.search)) {
      // The state already says there is nothing to search for (`reduce`); the lists go.
      outcome = null;
      remarkSection!.hidden = pageSection!.hidden = true;
      remarkList!.replaceChildren();
      pageList!.replaceChildren();
      showCounts(null);
      document.title = baseTitle;
      return;
    }
    dispatch({ type: 'searching' });
    const search = state.search;
    let result: Outcome;
    let firstRemarks: Hit[];
    let firstPages: Hit[];
    try {
      result = await engine.run(search);
      if (mine !== generation) return; // a newer search has started: no data for results nobody will see
      const want = restore ? Math.max(PAGE_SIZE, saved().shown ?? 0) : PAGE_SIZE;
      [firstRemarks, firstPages] = await Promise.all([result.remarks.load(0, want), result.pages.load(0, PAGES_SHOWN)]);
    } catch (error) {
      if (mine !== generation) return;
      dispatch({ type: 'failed', message: failureMessage(error), retry: true });
      return;
    }
    if (mine !== generation) return; // a newer search has started
    outcome = result;
    remarkList!.replaceChildren(...firstRemarks.map(resultItem));
    remarkSection!.hidden = result.remarks.total === 0;
    pageList!.replaceChildren(...firstPages.map(resultItem));
    pageSection!.hidden = firstPages.length === 0;
    showCounts(result.counts);
    const labels = boxes.filter((b) => b.checked).map(labelOf);
    dispatch({
      type: 'found',
      found: {
        remarks: result.remarks.total,
        pages: result.pages.total,
        pagesShown: PAGES_SHOWN,
        shown: firstRemarks.length,
        near: result.near,
        truncated: result.truncated,
        labels,
      },
    });
    document.title = `${search.query ? `“${search.query}”` : 'Filtered remarks'} · ${baseTitle}`;
    if (restore) scrollTo(0, saved().scrollY ?? 0);
  }

  input.addEventListener('input', () => {
    const query = input.value.trim();
    // The index chunks for the words typed so far start loading while an earlier search still runs.
    if (query) engine?.preload(query);
    change({ type: 'query', query });
  });
  // Enter keeps the search one Back away (a history entry), as submitting a search form would.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    change({ type: 'query', query: input.value.trim(), submitted: true });
  });
  for (const box of boxes)
    box.addEventListener('change', () => change({ type: 'filter', key: keyOf(box), value: box.value, on: box.checked }));
  more.addEventListener('click', () => void showMore());
  let scrolling: ReturnType<typeof setTimeout> | undefined;
  addEventListener('scroll', () => {
    clearTimeout(scrolling);
    scrolling = setTimeout(() => save({ scrollY: Math.round(scrollY), shown: state.shown }), SCROLL_SAVE_MS);
  });
  // Leaving for a result: remember exactly where the reader was.
  addEventListener('pagehide', () => save({ scrollY: Math.round(scrollY), shown: state.shown }));
  // Back/forward may come before the index has loaded; the state is read now and searched once it has.
  addEventListener('popstate', () => {
    fromUrl();
    if (engine) schedule(true);
  });

  fromUrl();
  if (!(await start())) return; // the status says why; Retry tries again
  // Words typed before this module ran count as the query.
  const typed = input.value.trim();
  if (typed && typed !== state.search.query) {
    dispatch({ type: 'query', query: typed });
    history.replaceState(history.state, '', searchStateHref(page, state.search));
  }
  dispatch({ type: 'engine-ready' });
  if (!state.search.query) input.focus();
  schedule(true);
}
