/**
 * The search page's state in one object, changed only by `reduce(state, action)`: what is searched (the URL's
 * state), whether the index has loaded, what the status line says, whether Retry is offered, and how many
 * remark results are shown of how many found. `src/scripts/search/page.ts` dispatches actions from the DOM,
 * the history and the engine, and renders from the state; the rules for the words the page says live here.
 */
import { nearMatchNote, plural } from './counts';
import { searchable } from './query';
import { hasSearch, toggleFilter, type FilterKey, type SearchState } from './state';

export interface PageState {
  /** What is searched; the URL holds the same (`searchStateHref`). */
  search: SearchState;
  /** Said after the status: filter values from the URL that match none of the page's ('' for none). */
  notice: string;
  /** The engine: searches wait until it is `ready`. */
  engine: 'loading' | 'ready' | 'failed';
  /** The status line (a live region). */
  status: string;
  /** Whether the Retry button is shown. */
  retry: boolean;
  /** Remark results on show, and found. */
  shown: number;
  total: number;
}

/** What a search found, as the status line needs it. */
export interface Found {
  remarks: number;
  pages: number;
  /** Page results on show (the page lists at most a few). */
  pagesShown: number;
  /** Remark results on show. */
  shown: number;
  /** No remark holds every query word: Pagefind's near spellings only. */
  near: boolean;
  /** A phrase query had more candidates than were checked. */
  truncated: boolean;
  /** Labels of the ticked filter values, in the page's order. */
  labels: string[];
}

export type Action =
  /** The URL's state was read (page start, back/forward); `unknown` are the filter values dropped. */
  | { type: 'url'; search: SearchState; unknown: Array<{ key: string; value: string }> }
  /** The reader typed in the field (each keystroke) or pressed Enter (`submitted`). */
  | { type: 'query'; query: string; submitted?: boolean | undefined }
  /** A filter value was ticked or unticked. */
  | { type: 'filter'; key: FilterKey; value: string; on: boolean }
  | { type: 'engine-loading' }
  | { type: 'engine-ready' }
  /** Loading the engine or a search failed; `retry` whether trying again can help. */
  | { type: 'failed'; message: string; retry: boolean }
  | { type: 'searching' }
  | { type: 'found'; found: Found }
  /** "Show more" added `added` remark results. */
  | { type: 'more'; added: number };

/** The state before the URL has been read. */
export const initialPageState: PageState = {
  search: { query: '', filters: {} },
  notice: '',
  engine: 'loading',
  status: '',
  retry: false,
  shown: 0,
  total: 0,
};

/** Most candidates whose text is checked for a quoted phrase (the engine's limit, named in the status line). */
export const PHRASE_CHECK_LIMIT = 500;

/**
 * True when the state has something Pagefind can search for: a filter, or a query with a searchable word
 * (a query of punctuation alone has none).
 */
export const wantsSearch = (search: SearchState): boolean =>
  hasSearch(search) && (!search.query || searchable(search.query) || Object.keys(search.filters).length > 0);

/** What the status line says when there is nothing to search for. */
export function idleStatus(query: string): string {
  return query
    ? `Nothing to search for in “${query}”: type a word or a name.`
    : 'Type a word or a name, or pick a speaker, topic or part of the event.';
}

/**
 * The status line for a search's results: the counts, the query and filters, the order, and a note when a
 * phrase was checked in part only.
 * @example describeFound('Hiroshima', { remarks: 1, pages: 1, pagesShown: 1, shown: 1, near: false, truncated: false, labels: [] })
 *   // '1 remark and 1 page found for “Hiroshima”.'
 */
export function describeFound(query: string, found: Found): string {
  const pages = found.pages
    ? ` and ${plural(found.pages, 'page')}${found.pages > found.pagesShown ? ` (first ${found.pagesShown} shown)` : ''}`
    : '';
  const checked = found.truncated ? ` (the phrase was checked in the first ${PHRASE_CHECK_LIMIT} matches only)` : '';
  return `${found.near ? nearMatchNote(query) : ''}${plural(found.remarks, 'remark')}${pages} found${query ? ` for “${query}”` : ''}${found.labels.length ? ` with filters: ${found.labels.join(', ')}` : ''}${query ? '' : ', in event order'}${checked}.`;
}

/** The next state. Pure: the DOM layer renders the result and runs the search the state asks for. */
export function reduce(state: PageState, action: Action): PageState {
  switch (action.type) {
    case 'url': {
      const notice = action.unknown.length ? ` Ignored unknown filter ${action.unknown.map((u) => `${u.key}=${u.value}`).join(', ')}.` : '';
      return settle({ ...state, search: action.search, notice });
    }
    case 'query':
      return settle({ ...state, search: { ...state.search, query: action.query }, notice: '' });
    case 'filter':
      return settle({ ...state, search: toggleFilter(state.search, action.key, action.value, action.on), notice: '' });
    case 'engine-loading':
      return { ...state, engine: 'loading', status: 'Loading the search index…', retry: false };
    case 'engine-ready':
      return settle({ ...state, engine: 'ready' });
    case 'failed':
      return { ...state, engine: state.engine === 'ready' ? 'ready' : 'failed', status: action.message, retry: action.retry };
    case 'searching':
      return { ...state, status: 'Searching…', retry: false };
    case 'found':
      return {
        ...state,
        status: describeFound(state.search.query, action.found) + state.notice,
        retry: false,
        shown: action.found.shown,
        total: action.found.remarks,
      };
    case 'more':
      return { ...state, shown: state.shown + action.added };
  }
}

/** With nothing to search for, the page says so at once and shows no results; otherwise the state waits for a search. */
function settle(state: PageState): PageState {
  if (state.engine !== 'ready' || wantsSearch(state.search)) return state;
  return { ...state, status: idleStatus(state.search.query) + state.notice, retry: false, shown: 0, total: 0 };
}

/**
 * Whether moving from `before` to `after` by `action` adds a history entry (`push`) or replaces the current one:
 * typing replaces (no entry per keystroke); Enter, clearing the query (Escape in a search field does) and a
 * filter change add one, so Back returns to the search before.
 */
export function historyEntry(before: PageState, action: Action): 'push' | 'replace' {
  if (action.type === 'filter') return 'push';
  if (action.type === 'query') return action.submitted || (!action.query && before.search.query) ? 'push' : 'replace';
  return 'replace';
}

/** "Show more remarks (12 more)", or null when every remark found is shown. */
export function moreLabel(state: PageState): string | null {
  const left = state.total - state.shown;
  return left > 0 ? `Show more remarks (${left} more)` : null;
}

/** " (2 selected)" after the Filters summary, or '' with none ticked. */
export function filterSummary(search: SearchState): string {
  const set = Object.values(search.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
  return set ? ` (${set} selected)` : '';
}
