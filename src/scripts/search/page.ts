/**
 * The search page (`/search/`, markup in `src/pages/search.astro`): runs the URL's search state,
 * keeps it in the URL as the reader types and filters, shows remarks then pages, updates the filter
 * counts, and restores the query, filters, shown results and scroll on back/forward.
 * History: typing replaces the current entry (no entry per keystroke); a submitted query or a
 * filter change adds one. Scroll and shown-result count ride in `history.state`.
 */
import { FILTER_KEYS, hasSearch, readSearchState, searchStateHref, toggleFilter, type FilterKey, type SearchState } from '../../lib/search/state';
import { IndexMissing, SearchEngine, type Hit, type Outcome } from './engine';
import { el, excerptFragment, hitContext, plural } from './render';

/** Remarks shown at first and added by "Show more". */
const PAGE_SIZE = 20;

interface Saved {
  scrollY?: number;
  shown?: number;
}

/** Starts the search page; does nothing on other pages. */
export async function startSearchPage(): Promise<void> {
  const app = document.getElementById('search-app');
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const remarkSection = document.getElementById('search-remarks');
  const remarkList = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const pageSection = document.getElementById('search-pages');
  const pageList = document.getElementById('search-page-results');
  if (!app || !form || !input || !status || !remarkSection || !remarkList || !more || !pageSection || !pageList) return;
  const searchPage = app.dataset.searchPage ?? location.pathname;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter-key]')];
  const keyOf = (box: HTMLInputElement) => box.dataset.filterKey as FilterKey;
  history.scrollRestoration = 'manual';

  const panel = document.getElementById('search-filter-panel') as HTMLDetailsElement | null;
  // On a phone the filters start folded, so results are on the first screen; the summary says how many are set.
  let state = readSearchState(location.href);
  if (panel) panel.open = matchMedia('(min-width: 48rem)').matches;
  const filterSummary = document.getElementById('search-filter-summary');

  status.textContent = 'Loading the search index…';
  let engine: SearchEngine;
  try {
    engine = await SearchEngine.load(app.dataset.bundle ?? '/pagefind/');
  } catch (error) {
    status.textContent =
      error instanceof IndexMissing
        ? 'Search is not available: the search index has not been built. Run the build (npm start) and open the built site.'
        : 'Search could not start.';
    return;
  }

  const saved = (): Saved => (history.state as Saved | null) ?? {};
  const save = (patch: Saved) => history.replaceState({ ...saved(), ...patch }, '', location.href);

  function syncForm() {
    input!.value = state.query;
    for (const box of boxes) box.checked = state.filters[keyOf(box)]?.includes(box.value) ?? false;
    const set = FILTER_KEYS.reduce((n, key) => n + (state.filters[key]?.length ?? 0), 0);
    if (filterSummary) filterSummary.textContent = set ? ` (${set} selected)` : '';
  }

  function showCounts(counts: Outcome['counts'] | null) {
    for (const box of boxes) {
      const n = counts?.[keyOf(box)]?.[box.value] ?? 0;
      const label = box.labels?.[0];
      const slot = label?.querySelector('[data-count]');
      if (slot) slot.textContent = counts ? `(${n})` : '';
    }
  }

  function resultItem(hit: Hit): HTMLLIElement {
    const item = el('li', 'rounded border border-zinc-200 p-3 dark:border-zinc-700');
    const context = el('p', 'text-sm text-zinc-700 dark:text-zinc-300');
    context.append(hitContext(hit));
    const link = el('a', 'mt-1 block text-zinc-900 underline-offset-2 hover:underline dark:text-zinc-100');
    link.href = hit.href;
    link.append(excerptFragment(hit.excerpt));
    item.append(context, link);
    return item;
  }

  let generation = 0;
  let outcome: Outcome | null = null;
  let shown = 0;

  async function showMore(upTo: number) {
    if (!outcome) return;
    const hits = await outcome.remarks.load(shown, upTo);
    remarkList!.append(...hits.map(resultItem));
    shown += hits.length;
    more!.hidden = shown >= outcome.remarks.total;
    more!.textContent = `Show more remarks (${outcome.remarks.total - shown} more)`;
  }

  /** Searches for the current state and renders it; `restore` scrolls back to where the reader was. */
  async function run(restore: boolean) {
    const mine = ++generation;
    syncForm();
    if (!hasSearch(state)) {
      outcome = null;
      remarkSection!.hidden = pageSection!.hidden = true;
      remarkList!.replaceChildren();
      pageList!.replaceChildren();
      showCounts(null);
      status!.textContent = 'Type a word or a name, or pick a speaker, topic or part of the event.';
      document.title = baseTitle;
      return;
    }
    status!.textContent = 'Searching…';
    const result = await engine.run(state);
    const firstPages = await result.pages.load(0, 10);
    const want = restore ? Math.max(PAGE_SIZE, saved().shown ?? 0) : PAGE_SIZE;
    const firstRemarks = await result.remarks.load(0, want);
    if (mine !== generation) return; // a newer search has started
    outcome = result;
    remarkList!.replaceChildren(...firstRemarks.map(resultItem));
    shown = firstRemarks.length;
    more!.hidden = shown >= result.remarks.total;
    more!.textContent = `Show more remarks (${result.remarks.total - shown} more)`;
    remarkSection!.hidden = result.remarks.total === 0;
    pageList!.replaceChildren(...firstPages.map(resultItem));
    pageSection!.hidden = firstPages.length === 0;
    showCounts(result.counts);
    status!.textContent = describe(state, result);
    document.title = `${state.query ? `“${state.query}”` : 'Filtered remarks'} · ${baseTitle}`;
    if (restore) scrollTo(0, saved().scrollY ?? 0);
  }

  function describe(s: SearchState, result: Outcome): string {
    const labels = boxes.filter((b) => b.checked).map((b) => b.labels?.[0]?.firstChild?.textContent?.trim() ?? b.value);
    const found = `${plural(result.remarks.total, 'remark')}${result.pages.total ? ` and ${plural(result.pages.total, 'page')}` : ''} found`;
    const order = s.query ? '' : ', in event order';
    return `${found}${s.query ? ` for “${s.query}”` : ''}${labels.length ? ` with filters: ${labels.join(', ')}` : ''}${order}.`;
  }

  /** Moves to a new state: a new history entry (`push`) or the current one replaced. */
  function go(next: SearchState, push: boolean) {
    state = next;
    const href = searchStateHref(searchPage, state);
    if (push && href !== location.pathname + location.search) history.pushState({}, '', href);
    else history.replaceState({}, '', href);
    void run(false);
  }

  const baseTitle = document.title;
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go({ ...state, query: input.value.trim() }, false), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go({ ...state, query: input.value.trim() }, true);
  });
  for (const box of boxes) box.addEventListener('change', () => go(toggleFilter(state, keyOf(box), box.value, box.checked), true));
  more.addEventListener('click', () => void showMore(shown + PAGE_SIZE).then(() => save({ shown })));
  let scrolling: ReturnType<typeof setTimeout> | undefined;
  addEventListener('scroll', () => {
    clearTimeout(scrolling);
    scrolling = setTimeout(() => save({ scrollY: Math.round(scrollY), shown }), 100);
  });
  // Leaving for a result: remember exactly where the reader was.
  addEventListener('pagehide', () => save({ scrollY: Math.round(scrollY), shown }));
  addEventListener('popstate', () => {
    state = readSearchState(location.href);
    void run(true);
  });
  // Words typed while the index loaded count as the query.
  const typed = input.value.trim();
  if (typed && typed !== state.query) {
    state = { ...state, query: typed };
    history.replaceState(history.state, '', searchStateHref(searchPage, state));
  }
  if (!state.query) input.focus();
  await run(true);
}
