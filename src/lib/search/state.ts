/**
 * Search state in the URL (`/search/?q=…&speaker=…&topic=…&part=…`), so a search can be bookmarked,
 * linked from another site and restored by back/forward. A filter repeats for several values
 * (`?speaker=ada&speaker=ben`), as an HTML form with checkboxes submits them
 * (https://url.spec.whatwg.org/#urlencoded-serializing).
 */

/** The filters a reader can set, in the order the search page shows them. */
export const FILTER_KEYS = ['speaker', 'topic', 'part'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  /** What the reader typed, trimmed; '' for none. */
  query: string;
  /** Selected values per filter; a key is absent when nothing is selected. Values keep URL order, without repeats. */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Reads the state from a URL's query string. Unknown parameters are ignored; empty values dropped. */
export function readSearchState(url: URL | string): SearchState {
  const params = new URL(url, 'http://x').searchParams;
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/**
 * The search page's URL for a state: `searchPage` (already carrying the site's base and trailing
 * slash, from `hrefs.search()`), then `q` and the filters in FILTER_KEYS order.
 * @example searchStateHref('/docs/search/', { query: 'bridge', filters: { speaker: ['ada'] } }) // '/docs/search/?q=bridge&speaker=ada'
 */
export function searchStateHref(searchPage: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `${searchPage}?${query}` : searchPage;
}

/** True when there is something to search for: a query or at least one filter value. */
export const hasSearch = (state: SearchState): boolean =>
  state.query !== '' || FILTER_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0);

/** The state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = (state.filters[key] ?? []).filter((v) => v !== value);
  if (on) current.push(value);
  const filters = { ...state.filters, [key]: current };
  if (!current.length) delete filters[key];
  return { ...state, filters };
}
