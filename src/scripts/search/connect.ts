/**
 * One search engine per page, shared by the header dialog and the search page, loaded as early as a
 * search is likely: when the header's search control is hovered or focused, when the dialog opens,
 * when the search page starts. A failed load is forgotten, so the next attempt (Retry) starts afresh.
 */
import { SEARCH_DATA } from '../../lib/search/dom-ids';
import { SearchEngine } from './engine';

let engine: Promise<SearchEngine> | undefined;

/** The Pagefind bundle folder's URL, with the base, as BaseLayout puts it on <body> (`data-search-bundle`). */
export const searchBundle = (): string => document.body.dataset[SEARCH_DATA.bundle] ?? '/pagefind/';

/** The search page's URL, with the base and the build's trailing slash (`data-search-page` on <body>). */
export const searchPage = (): string => document.body.dataset[SEARCH_DATA.page] ?? location.pathname;

/**
 * The page's engine, loading it (and readying Pagefind for a first query, `warm`) on the first call.
 * @param bundle the Pagefind bundle folder URL, with the base
 * @throws as `SearchEngine.load` and `warm` do (IndexMissing, SearchTimeout)
 */
export function connect(bundle = searchBundle()): Promise<SearchEngine> {
  engine ??= SearchEngine.load(bundle).then(async (loaded) => {
    await loaded.warm();
    return loaded;
  });
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Starts loading the engine without waiting for it (hover, focus); errors surface on the next `connect`. */
export function prepareSearch(): void {
  connect().catch(() => {});
}
