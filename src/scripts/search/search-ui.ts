/**
 * The search code, loaded by `src/scripts/site.ts` with a dynamic `import()` only when a search starts or
 * looks likely, so Vite puts it (engine, dialog, search page, landing highlight) in a chunk of its own that
 * pages without a search never fetch.
 */
export { prepareSearch } from './connect';
export { openSearchDialog } from './dialog';
export { highlightLanding } from './landing';
export { startSearchPage } from './page';
