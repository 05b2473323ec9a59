/// <reference types="astro/client" />

/** Astro's `trailingSlash` for this build ('always' | 'never'), defined in astro.config.mjs. */
declare const __SITE_TRAILING_SLASH__: string | undefined;
/** Whether SITE_URL was set for this build, defined in astro.config.mjs. */
declare const __SITE_URL_SET__: boolean | undefined;
