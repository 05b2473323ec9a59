/**
 * The element ids and data attributes that the search markup (`src/components/search/SearchDialog.astro`,
 * `src/pages/search.astro`, `src/components/layout/SiteHeader.astro`, `src/layouts/BaseLayout.astro`) and the
 * browser scripts (`src/scripts/site.ts`, `src/scripts/search/`) both name: written once here, so a renamed id
 * cannot leave a script looking for an element that is no longer there. Ids must be unique in a page
 * (https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute): the dialog's start with `search-dialog`,
 * the search page's with `search-`.
 */

/** The header's search dialog (printed on every page, closed). */
export const DIALOG_IDS = {
  dialog: 'search-dialog',
  title: 'search-dialog-title',
  input: 'search-dialog-input',
  help: 'search-dialog-help',
  status: 'search-dialog-status',
  retry: 'search-dialog-retry',
  list: 'search-dialog-list',
  all: 'search-dialog-all',
  /** Prefix of each option's id, followed by its position (`search-dialog-option-0`). */
  optionPrefix: 'search-dialog-option-',
} as const;

/** The search page (`/search/`). */
export const PAGE_IDS = {
  app: 'search-app',
  input: 'search-input',
  hint: 'search-hint',
  status: 'search-status',
  retry: 'search-retry',
  remarks: 'search-remarks',
  remarksHeading: 'search-remarks-heading',
  results: 'search-results',
  more: 'search-more',
  pages: 'search-pages',
  pagesHeading: 'search-pages-heading',
  pageResults: 'search-page-results',
  filterPanel: 'search-filter-panel',
  filterSummary: 'search-filter-summary',
} as const;

/**
 * Data attributes, as their `dataset` keys: `data-search-open` marks the header's Search link (a plain link to
 * the search page, which scripts turn into the dialog's opener); `<body data-search-bundle data-search-page>`
 * carry the Pagefind bundle's and the search page's URLs, with the base.
 */
export const SEARCH_DATA = {
  open: 'searchOpen',
  bundle: 'searchBundle',
  page: 'searchPage',
} as const;

/** `searchOpen` → `data-search-open`, for markup and selectors. */
export const dataAttribute = (key: string): string => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
