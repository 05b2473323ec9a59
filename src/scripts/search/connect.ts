/**
 * One search engine per page, shared by the header dialog and the search page, loaded as early as a
 * search is likely: when the header's search control is hovered or focused, when the dialog opens,
 * when the search page starts. A failed load is forgotten, so the next attempt (Retry) starts afresh.
 */
import { SearchEngine } from './engine';

let engine: Promise<SearchEngine> | undefined;

/**
 * The page's engine, loading it (and readying Pagefind for a first query, `warm`) on the first call.
 * @param bundle the Pagefind bundle folder URL, with the base
 * @throws as `SearchEngine.load` and `warm` do (IndexMissing, SearchTimeout)
 */
export function connect(bundle: string): Promise<SearchEngine> {
  engine ??= SearchEngine.load(bundle).then(async (loaded) => {
    await loaded.warm();
    return loaded;
  });
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Starts loading the engine without waiting for it (hover, focus); errors surface on the next `connect`. */
export function prepareSearch(bundle: string): void {
  connect(bundle).catch(() => {});
}
