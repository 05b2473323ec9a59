/// <reference types="astro/client" />

/** Astro's `trailingSlash` for this build ('always' | 'never'), defined in astro.config.mjs. */
declare const __SITE_TRAILING_SLASH__: string | undefined;
/** Path of the search UI bundle below the base, defined by src/integrations/search-ui.ts. */
declare const __SEARCH_UI_PATH__: string | undefined;
/** Whether SITE_URL was set for this build, defined in astro.config.mjs. */
declare const __SITE_URL_SET__: boolean | undefined;
