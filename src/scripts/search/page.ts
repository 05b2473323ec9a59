/**
 * The search page (`/search/`, markup in `src/pages/search.astro`): runs the URL's search state,
 * keeps it in the URL as the reader types and filters, shows remarks then pages, updates the filter
 * counts, and restores the query, filters, shown results and scroll on back/forward.
 * History: typing replaces the current entry (no entry per keystroke); a submitted query, a cleared
 * query or a filter change adds one. Scroll and shown-result count ride in `history.state`.
 * Searches run as the reader types, with no pause: one at a time, the newest state next (`latestWins`).
 * Keyboard: ↓ in the field moves to the first result, as Tab does (results come before the filters).
 */
import { nearMatchNote, plural } from '../../lib/search/counts';
import { resolveFilters, type FilterOption } from '../../lib/search/filters';
import { latestWins } from '../../lib/search/latest-wins';
import { searchable } from '../../lib/search/query';
import { FILTER_KEYS, hasSearch, readSearchState, searchStateHref, toggleFilter, type FilterKey, type SearchState } from '../../lib/search/state';
import { connect } from './connect';
import { IndexMissing, type Hit, type Outcome, type SearchEngine } from './engine';
import { el, excerptFragment, failureMessage, hitContext, shownOf } from './render';

/** Remarks shown at first and added by "Show more"; pages shown. */
const PAGE_SIZE = 20;
const PAGES_SHOWN = 10;

interface Saved {
  scrollY?: number;
  shown?: number;
}

/** Starts the search page; does nothing on other pages. */
export async function startSearchPage(): Promise<void> {
  const app = document.getElementById('search-app');
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const remarkSection = document.getElementById('search-remarks');
  const remarkList = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const pageSection = document.getElementById('search-pages');
  const pageList = document.getElementById('search-page-results');
  const retry = document.getElementById('search-retry') as HTMLButtonElement | null;
  if (!app || !input || !status || !remarkSection || !remarkList || !more || !pageSection || !pageList || !retry) return;
  const bundle = app.dataset.bundle ?? '/pagefind/';
  const searchPage = app.dataset.searchPage ?? location.pathname;
  const baseTitle = document.title;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter-key]')];
  const keyOf = (box: HTMLInputElement) => box.dataset.filterKey as FilterKey;
  const labelOf = (box: HTMLInputElement) => box.labels?.[0]?.firstChild?.textContent?.trim() ?? box.value;
  const known: Partial<Record<FilterKey, FilterOption[]>> = {};
  for (const box of boxes) (known[keyOf(box)] ??= []).push({ value: box.value, label: labelOf(box) });
  history.scrollRestoration = 'manual';

  // On a phone the filters start folded, so results are on the first screen; the summary says how many are set.
  const panel = document.getElementById('search-filter-panel') as HTMLDetailsElement | null;
  const wide = matchMedia('(min-width: 48rem)');
  if (panel) panel.open = wide.matches;
  wide.addEventListener('change', () => panel && (panel.open = wide.matches));
  document.querySelector('[data-open-filters]')?.addEventListener('click', () => panel && (panel.open = true));
  const filterSummary = document.getElementById('search-filter-summary');

  let engine: SearchEngine | null = null;
  let state: SearchState = { query: '', filters: {} };
  let notice = '';
  /** Reads the URL's state, dropping (and noting) filter values that match none of the page's. */
  function fromUrl() {
    const read = readSearchState(location.href);
    const { filters, unknown } = resolveFilters(read.filters, known);
    state = { query: read.query, filters };
    notice = unknown.length ? ` Ignored unknown filter ${unknown.map((u) => `${u.key}=${u.value}`).join(', ')}.` : '';
    const href = searchStateHref(searchPage, state);
    if (href !== location.pathname + location.search) history.replaceState(history.state, '', href);
  }
  fromUrl();
  const saved = (): Saved => (history.state as Saved | null) ?? {};
  const save = (patch: Saved) => history.replaceState({ ...saved(), ...patch }, '', location.href);
  // Back/forward may come before the index has loaded; the state is read now and searched once it has.
  addEventListener('popstate', () => {
    fromUrl();
    syncForm(true);
    if (engine) schedule(true);
  });

  /** Puts the state into the form; the search box only when the state did not come from it (typing must not lose a trailing space). */
  function syncForm(withInput: boolean) {
    if (withInput) input!.value = state.query;
    for (const box of boxes) box.checked = state.filters[keyOf(box)]?.includes(box.value) ?? false;
    const set = FILTER_KEYS.reduce((n, key) => n + (state.filters[key]?.length ?? 0), 0);
    if (filterSummary) filterSummary.textContent = set ? ` (${set} selected)` : '';
    for (const fieldset of longFilters) showFilterValues(fieldset);
  }

  // A long filter shows its most frequent values (`data-frequent`), every ticked one, and, once asked, all or those matching the box.
  const longFilters = [...document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-long]')];
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
  syncForm(true);

  // ↓ from the field goes to the first result, as Tab does; ↑/↓ then move between results, and ↑ from the first back to the field.
  const resultLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('#search-results a, #search-page-results a')];
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

  /** Loads the engine; on failure says so with a Retry, and resolves to null. */
  async function start(): Promise<SearchEngine | null> {
    status!.textContent = 'Loading the search index…';
    retry!.hidden = true;
    try {
      return await connect(bundle);
    } catch (error) {
      status!.textContent = failureMessage(error);
      retry!.hidden = error instanceof IndexMissing;
      return null;
    }
  }
  retry.addEventListener('click', async () => {
    engine ??= await start();
    if (engine) schedule(false);
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

  let generation = 0;
  let outcome: Outcome | null = null;
  let shown = 0;
  /** Runs the current state when no search is in flight, else once the one in flight ends (the state read then is the newest). */
  const schedule = latestWins((restore: boolean) => run(restore));

  function updateMore() {
    const left = (outcome?.remarks.total ?? 0) - shown;
    more!.hidden = left <= 0;
    more!.textContent = `Show more remarks (${left} more)`;
  }

  async function showMore() {
    if (!outcome) return;
    const hits = await outcome.remarks.load(shown, shown + PAGE_SIZE);
    const items = hits.map(resultItem);
    remarkList!.append(...items);
    shown += hits.length;
    updateMore();
    save({ shown });
    // Focus moves to the first new result, so keyboard readers continue where the list grew.
    items[0]?.querySelector('a')?.focus();
  }

  /** Searches for the current state and renders it; `restore` scrolls back to where the reader was. */
  async function run(restore: boolean) {
    // Before the index has loaded there is nothing to run; the state is searched once it has.
    if (!engine) return;
    const mine = ++generation;
    if (!hasSearch(state) || (state.query && !searchable(state.query) && !Object.keys(state.filters).length)) {
      outcome = null;
      remarkSection!.hidden = pageSection!.hidden = true;
      remarkList!.replaceChildren();
      pageList!.replaceChildren();
      showCounts(null);
      status!.textContent = (state.query ? `Nothing to search for in “${state.query}”: type a word or a name.` : 'Type a word or a name, or pick a speaker, topic or part of the event.') + notice;
      document.title = baseTitle;
      return;
    }
    status!.textContent = 'Searching…';
    retry!.hidden = true;
    let result: Outcome;
    let firstRemarks: Hit[];
    let firstPages: Hit[];
    try {
      result = await engine!.run(state);
      if (mine !== generation) return; // a newer search has started: no data for results nobody will see
      const want = restore ? Math.max(PAGE_SIZE, saved().shown ?? 0) : PAGE_SIZE;
      [firstRemarks, firstPages] = await Promise.all([result.remarks.load(0, want), result.pages.load(0, PAGES_SHOWN)]);
    } catch (error) {
      if (mine !== generation) return;
      status!.textContent = failureMessage(error);
      retry!.hidden = false;
      return;
    }
    if (mine !== generation) return; // a newer search has started
    outcome = result;
    remarkList!.replaceChildren(...firstRemarks.map(resultItem));
    shown = firstRemarks.length;
    updateMore();
    remarkSection!.hidden = result.remarks.total === 0;
    pageList!.replaceChildren(...firstPages.map(resultItem));
    pageSection!.hidden = firstPages.length === 0;
    showCounts(result.counts);
    status!.textContent = describe(result) + notice;
    document.title = `${state.query ? `“${state.query}”` : 'Filtered remarks'} · ${baseTitle}`;
    if (restore) scrollTo(0, saved().scrollY ?? 0);
  }

  function describe(result: Outcome): string {
    const labels = boxes.filter((b) => b.checked).map(labelOf);
    const found = `${plural(result.remarks.total, 'remark')}${result.pages.total ? ` and ${shownOf(result.pages.total, PAGES_SHOWN, 'page')}` : ''} found`;
    const checked = result.truncated ? ' (the phrase was checked in the first 500 matches only)' : '';
    return `${result.near ? nearMatchNote(state.query) : ''}${found}${state.query ? ` for “${state.query}”` : ''}${labels.length ? ` with filters: ${labels.join(', ')}` : ''}${state.query ? '' : ', in event order'}${checked}.`;
  }

  /** Moves to a new state: a new history entry (`push`) or the current one replaced. */
  function go(next: SearchState, push: boolean, withInput = true) {
    state = next;
    notice = '';
    syncForm(withInput);
    const href = searchStateHref(searchPage, state);
    if (push && href !== location.pathname + location.search) history.pushState({}, '', href);
    else history.replaceState({}, '', href);
    schedule(false);
  }

  input.addEventListener('input', () => {
    const query = input.value.trim();
    // Clearing the box (Escape in a search field does) keeps the search one Back away.
    if (!query && state.query) return go({ ...state, query }, true, false);
    // The index chunks for the words typed so far start loading while an earlier search still runs.
    engine?.preload(query);
    go({ ...state, query }, false, false);
  });
  // Enter keeps the search one Back away (a history entry), as submitting a search form would.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    go({ ...state, query: input.value.trim() }, true, false);
  });
  for (const box of boxes) box.addEventListener('change', () => go(toggleFilter(state, keyOf(box), box.value, box.checked), true, false));
  more.addEventListener('click', () => void showMore());
  let scrolling: ReturnType<typeof setTimeout> | undefined;
  addEventListener('scroll', () => {
    clearTimeout(scrolling);
    scrolling = setTimeout(() => save({ scrollY: Math.round(scrollY), shown }), 100);
  });
  // Leaving for a result: remember exactly where the reader was.
  addEventListener('pagehide', () => save({ scrollY: Math.round(scrollY), shown }));

  engine = await start();
  if (!engine) return; // the status says why; Retry tries again
  // Words typed while the index loaded count as the query.
  const typed = input.value.trim();
  if (typed && typed !== state.query) {
    state = { ...state, query: typed };
    history.replaceState(history.state, '', searchStateHref(searchPage, state));
  }
  if (!state.query) input.focus();
  schedule(true);
}
