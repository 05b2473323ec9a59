/**
 * The one door for hrefs. Astro prefixes nothing written by hand (and no Markdown/MDX link)
 * with `base`, so every internal URL of the site is built here.
 * See https://docs.astro.build/en/reference/configuration-reference/#base
 */
import { searchStateHref } from './search/state';

/**
 * Normalises a configured base to `/` or `/a/b/` (leading and trailing slash, no doubles).
 * @example normaliseBase('/sub') // '/sub/'
 * @example normaliseBase('') // '/'
 */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** How page URLs end, as Astro's `trailingSlash` option: https://docs.astro.build/en/reference/configuration-reference/#trailingslash */
export type TrailingSlash = 'always' | 'never';

/** The build's setting, injected by astro.config.mjs (`vite.define`); `always` when absent (unit tests). */
export const TRAILING_SLASH: TrailingSlash =
  typeof __SITE_TRAILING_SLASH__ !== 'undefined' && __SITE_TRAILING_SLASH__ === 'never' ? 'never' : 'always';

/**
 * Whether the build was given the public origin (`SITE_URL`, injected by astro.config.mjs); `true` when
 * absent (unit tests). Without it, absolute URLs carry the stand-in origin `https://example.org`, which
 * copy buttons replace with the page's own origin at run time (BaseLayout's `data-stand-in-origin`).
 */
export const SITE_URL_SET: boolean = typeof __SITE_URL_SET__ === 'boolean' ? __SITE_URL_SET__ : true;

/**
 * Joins `base` and a site path with exactly one slash between them. For files and folders of
 * files (assets, the Pagefind bundle); pages go through `pageHref`, which also applies `trailingSlash`.
 * @param path a path within the site, with or without a leading slash; may carry `?query` or `#fragment`
 * @param base Astro's `base`; defaults to `import.meta.env.BASE_URL`
 * @example withBase('speakers/ada/', '/sub') // '/sub/speakers/ada/'
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/**
 * Pages that have pages below them (`/speakers/` above `/speakers/ada/`): the `index.astro` of a
 * folder of `src/pages`. With `trailingSlash: 'never'` the build writes these as `<name>/index.html`
 * (Astro's `build.format: 'preserve'`) and their address keeps its slash, because a `<name>.html`
 * beside a `<name>/` folder is unreachable on hosts that answer an existing folder with a redirect to
 * its slash form before looking for `<name>.html` (Apache's `DirectorySlash`, some CDNs). Every
 * other page is a `<name>.html` file with a slash-less address. Keep in step with `src/pages`:
 * the deployment test fails on a folder page missing here (its link would redirect).
 */
export const FOLDER_PAGES: ReadonlySet<string> = new Set(['speakers', 'topics', 'a-z', 'source']);

/**
 * The href of a page: `base` + path, ending with a slash or not as `trailingSlash` says. The home
 * page is always the base itself, with its slash, and so is every page in `FOLDER_PAGES` (both are
 * folders on the host). A `?query` or `#fragment` is kept after the path.
 * @param path page path within the site, written with a trailing slash (`speakers/ada/`)
 * @example pageHref('speakers/ada/#ada-opening', '/sub/', 'never') // '/sub/speakers/ada#ada-opening'
 * @example pageHref('speakers/', '/sub/', 'never') // '/sub/speakers/'
 */
export function pageHref(path: string, base: string = import.meta.env.BASE_URL, trailingSlash: TrailingSlash = TRAILING_SLASH): string {
  const cut = path.search(/[?#]/);
  const [pathname, suffix] = cut < 0 ? [path, ''] : [path.slice(0, cut), path.slice(cut)];
  const clean = pathname.replace(/^\/+|\/+$/g, '');
  if (!clean) return normaliseBase(base) + suffix;
  const slash = trailingSlash === 'always' || FOLDER_PAGES.has(clean);
  return withBase(slash ? `${clean}/` : clean, base) + suffix;
}

/**
 * An absolute URL for citations, canonical links and copy-link: `site` (origin, from Astro's
 * `site` option) joined with an href that already carries the base.
 * @throws TypeError if `site` is not an absolute URL
 * @example absoluteUrl('/sub/speakers/ada/', 'https://example.org') // 'https://example.org/sub/speakers/ada/'
 */
export function absoluteUrl(href: string, site: string | URL): string {
  return new URL(href, new URL(site).origin).href;
}

/**
 * Where a remark or narration passage lives: a speaker page (a presentation), a session page, a
 * topic page (Q&A filed by topic), or the home page (`event`, id '': the summary's opening).
 */
export interface RemarkHome {
  collection: 'speakers' | 'topics' | 'sessions' | 'event';
  id: string;
}

/** Hrefs for every page kind of the site; each takes the base as its last argument. */
export const hrefs = {
  home: (base?: string) => pageHref('', base),
  speakers: (base?: string) => pageHref('speakers/', base),
  speaker: (id: string, base?: string) => pageHref(`speakers/${id}/`, base),
  topics: (base?: string) => pageHref('topics/', base),
  topic: (id: string, base?: string) => pageHref(`topics/${id}/`, base),
  session: (id: string, base?: string) => pageHref(`sessions/${id}/`, base),
  editionNotes: (base?: string) => pageHref('edition-notes/', base),
  azIndex: (base?: string) => pageHref('a-z/', base),
  /** An A–Z entry's own page, listing every remark that mentions it (for entries too long for the A–Z page). */
  azEntry: (id: string, base?: string) => pageHref(`a-z/${id}/`, base),
  source: (base?: string) => pageHref('source/', base),
  /** Page `n` of the source view (1 is `/source/` itself); see SOURCE_PARAGRAPHS_PER_PAGE. */
  sourcePage: (n: number, base?: string) => pageHref(n <= 1 ? 'source/' : `source/${n}/`, base),
  eventJson: (base?: string) => withBase('event.json', base),
  /** The search page, optionally with a query (`?q=`); the query string is written by `searchStateHref`, as every search URL is. */
  search: (query?: string, base?: string) => searchStateHref(pageHref('search/', base), { query: query ?? '', filters: {} }),
  /** The Pagefind bundle folder written by `src/integrations/pagefind.ts`. */
  pagefindBundle: (base?: string) => withBase('pagefind/', base),
  /**
   * An anchor on a remark's home page: a remark or narration in context (`#<id>`) or an exchange.
   * @example hrefs.onPage({ collection: 'topics', id: 'bridges' }, 'ada-answers', '/') // '/topics/bridges/#ada-answers'
   */
  onPage: (page: RemarkHome, anchor: string, base?: string) =>
    pageHref(page.collection === 'event' ? `#${anchor}` : `${page.collection}/${page.id}/#${anchor}`, base),
  /** The page a remark, narration or exchange lives on (see `RemarkHome`). */
  page: (page: RemarkHome, base?: string) => pageHref(page.collection === 'event' ? '' : `${page.collection}/${page.id}/`, base),
  /** A remark's own page: the remark alone, its citation and its neighbours. */
  remarkPage: (id: string, base?: string) => pageHref(`remarks/${id}/`, base),
  /** An anchor on the edition-notes page (a correction note). */
  editionNote: (anchor: string, base?: string) => pageHref(`edition-notes/#${anchor}`, base),
};
