/**
 * The one door for hrefs. Astro prefixes nothing written by hand (and no Markdown/MDX link)
 * with `base`, so every internal URL of the site is built here.
 * See https://docs.astro.build/en/reference/configuration-reference/#base
 */

/**
 * Normalises a configured base to `/` or `/a/b/` (leading and trailing slash, no doubles).
 * @example normaliseBase('/sub') // '/sub/'
 * @example normaliseBase('') // '/'
 */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Joins `base` and a site path with exactly one slash between them.
 * @param path a path within the site, with or without a leading slash; may carry `?query` or `#fragment`
 * @param base Astro's `base`; defaults to `import.meta.env.BASE_URL`
 * @example withBase('speakers/holt/', '/sub') // '/sub/speakers/holt/'
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** Where a remark lives: the speaker page (presentations) or the topic page (Q&A). */
export interface RemarkHome {
  collection: 'speakers' | 'topics';
  id: string;
}

/** Hrefs for every page kind of the site; each takes the base as its last argument. */
export const hrefs = {
  home: (base?: string) => withBase('', base),
  speakers: (base?: string) => withBase('speakers/', base),
  speaker: (id: string, base?: string) => withBase(`speakers/${id}/`, base),
  topics: (base?: string) => withBase('topics/', base),
  topic: (id: string, base?: string) => withBase(`topics/${id}/`, base),
  editionNotes: (base?: string) => withBase('edition-notes/', base),
  /** The search page, optionally with a query (`?q=`), encoded per the URL Standard. */
  search: (query?: string, base?: string) =>
    withBase(query ? `search/?${new URLSearchParams({ q: query })}` : 'search/', base),
  /** The Pagefind bundle folder written by `src/integrations/pagefind.ts`. */
  pagefindBundle: (base?: string) => withBase('pagefind/', base),
  /**
   * An anchor on a speaker or topic page: a remark in context (`#<remark-id>`) or an exchange.
   * @example hrefs.onPage({ collection: 'topics', id: 'cambodia' }, 'holt-x', '/') // '/topics/cambodia/#holt-x'
   */
  onPage: (page: RemarkHome, anchor: string, base?: string) =>
    withBase(`${page.collection}/${page.id}/#${anchor}`, base),
  /** An anchor on the edition-notes page (a correction note). */
  editionNote: (anchor: string, base?: string) => withBase(`edition-notes/#${anchor}`, base),
};
