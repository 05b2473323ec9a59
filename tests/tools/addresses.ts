/**
 * Checks over a built site that every page has one address and that everything naming it names it
 * the same way, byte for byte: its canonical link, `og:url`, `citation_public_url`, its sitemap
 * `<loc>`, every link of the site to it, JSON-LD, copy buttons and event.json. The address of a
 * page is where a static host of either kind serves its file without a redirect (`x/index.html`
 * at `x/`, `x.html` at `x`), worked out here from the file layout alone, not from src/lib/urls.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { htmlFiles } from '../build/site';

/** The path (with base) at which a static host of either kind serves a built HTML file without redirecting. */
export function servedAt(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
}

/** The site's HTML files sorted into pages, redirect pages (a meta refresh) and the 404 page. */
export function siteFiles(dir: string): { pages: string[]; redirects: string[] } {
  const files = htmlFiles(dir).filter((f) => f !== '404.html');
  const isRedirect = (f: string) => cheerio.load(readFileSync(join(dir, f), 'utf8'))('meta[http-equiv="refresh"]').length > 0;
  const redirects = files.filter(isRedirect);
  return { pages: files.filter((f) => !redirects.includes(f)), redirects };
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

/** Every string under a `url` key (or `URL`, CSL-JSON's) anywhere in a JSON value. */
function urlsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => ((k === 'url' || k === 'URL') && typeof v === 'string' ? [v] : urlsIn(v)));
}

/**
 * Every disagreement about a page's address in the site built in `dir` for `base` and `origin`.
 * @returns one message per problem, naming the file; empty when every page has one address everywhere
 */
export function addressProblems(dir: string, base: string, origin = 'https://example.org'): string[] {
  const problems: string[] = [];
  const { pages } = siteFiles(dir);
  const addresses = new Set(pages.map((f) => origin + servedAt(f, base)));
  // A URL naming a page must be exactly a page's address once its #fragment is set aside;
  // other files of the site (event.json, the sitemap) are not pages.
  const checkUrl = (where: string, url: string, from: string) => {
    const absolute = new URL(url, from);
    if (absolute.origin !== origin) {
      problems.push(`${where}: ${url} is not on ${origin}`);
      return;
    }
    const onDisk = join(dir, decodeURIComponent(absolute.pathname).slice(base.length));
    if (absolute.pathname.startsWith(base) && existsSync(onDisk) && statSync(onDisk).isFile()) return;
    const page = absolute.origin + absolute.pathname;
    if (!addresses.has(page)) problems.push(`${where}: ${url} is not a page's address`);
  };

  for (const file of pages) {
    const own = origin + servedAt(file, base);
    const $ = cheerio.load(readFileSync(join(dir, file), 'utf8'));
    const declared = {
      canonical: $('link[rel="canonical"]').attr('href'),
      'og:url': $('meta[property="og:url"]').attr('content'),
      citation_public_url: $('meta[name="citation_public_url"]').attr('content'),
    };
    for (const [what, value] of Object.entries(declared)) if (value !== own) problems.push(`${file}: ${what} is ${value}, not ${own}`);
    $('a[href]').each((_, a) => void checkUrl(`${file} link`, $(a).attr('href')!, own));
    $('script[type="application/ld+json"]').each((_, s) =>
      urlsIn(JSON.parse($(s).text())).forEach((u) => checkUrl(`${file} JSON-LD`, u, own)),
    );
    $('[data-copy]').each((_, b) => {
      const text = $(b).attr('data-copy')!;
      if (/^https?:/.test(text)) checkUrl(`${file} copy button`, text, own);
    });
  }

  const notFound = cheerio.load(readFileSync(join(dir, '404.html'), 'utf8'));
  if (notFound('meta[property="og:url"], link[rel="canonical"]').length) problems.push('404.html declares an address of its own');

  const sitemapFiles = locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'));
  const listed = sitemapFiles.flatMap((url) => locs(readFileSync(join(dir, new URL(url).pathname.slice(base.length)), 'utf8')));
  for (const url of listed) if (!addresses.has(url)) problems.push(`sitemap: <loc>${url}</loc> is not a page's address`);
  for (const url of addresses) if (!listed.includes(url)) problems.push(`sitemap: ${url} is missing`);
  if (new Set(listed).size !== listed.length) problems.push('sitemap: a page is listed twice');

  const eventJson = JSON.parse(readFileSync(join(dir, 'event.json'), 'utf8')) as unknown;
  for (const url of urlsIn(eventJson)) checkUrl('event.json', url, origin + base);
  return problems;
}

/** A redirect page of an old address, as its markup states it. */
export interface Redirect {
  /** The old address (path with base), where the host serves the redirect page. */
  from: string;
  /** The meta refresh's destination. */
  to: string;
}

/**
 * The site's redirect pages, and every way one disagrees with its destination's address: the meta
 * refresh, the canonical link and the plain link must all name the same page address.
 */
export function redirectProblems(dir: string, base: string, origin = 'https://example.org'): { redirects: Redirect[]; problems: string[] } {
  const { pages, redirects: files } = siteFiles(dir);
  const addresses = new Set(pages.map((f) => servedAt(f, base)));
  const problems: string[] = [];
  const redirects = files.map((file) => {
    const $ = cheerio.load(readFileSync(join(dir, file), 'utf8'));
    const to = /^0;url=(.*)$/.exec($('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1] ?? '';
    if (!addresses.has(to)) problems.push(`${file}: refreshes to ${to}, not a page's address`);
    if ($('link[rel="canonical"]').attr('href') !== origin + to) problems.push(`${file}: canonical is not ${origin}${to}`);
    if ($('a[href]').attr('href') !== to) problems.push(`${file}: link is not ${to}`);
    return { from: servedAt(file, base), to };
  });
  return { redirects, problems };
}
