/**
 * The search UI module, bundled by `src/integrations/search-ui.ts` and loaded on demand by the inline
 * bootstrap (`src/scripts/bootstrap.ts`) as a module script, which then calls it through `window.searchUi`:
 * the header dialog, the search page and the landing highlight.
 */
import { prepareSearch } from './connect';
import { openSearchDialog } from './dialog';
import { highlightLanding } from './landing';
import { startSearchPage } from './page';

export const searchUi = { openSearchDialog, startSearchPage, highlightLanding, prepareSearch };
Object.assign(window, { searchUi });
