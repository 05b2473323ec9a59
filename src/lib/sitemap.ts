/**
 * Sitemap XML (https://www.sitemaps.org/protocol.html): a `<urlset>` per file of at most
 * `SITEMAP_LIMIT` URLs, and a `<sitemapindex>` naming the files. The URLs come in finished, from
 * the URL door (`pageHref` → `absoluteUrl`), so the sitemap gives each page exactly the address
 * its canonical link gives.
 */

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * Escapes text for XML character data; the protocol requires it of `&`, `'`, `"`, `<` and `>` in a URL.
 * @example escapeXml('https://a.org/?a=1&b=2') // 'https://a.org/?a=1&amp;b=2'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** One sitemap file: a `<urlset>` with a `<url><loc>` per URL, in the order given. */
export function urlsetXml(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>\n`).join('')}</urlset>\n`;
}

/** The sitemap index: a `<sitemap><loc>` per sitemap file. */
export function sitemapIndexXml(sitemapUrls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${sitemapUrls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>\n`).join('')}</sitemapindex>\n`;
}

/**
 * Splits URLs into sitemap files of at most `limit` each.
 * @example chunkUrls(['a', 'b', 'c'], 2) // [['a', 'b'], ['c']]
 */
export function chunkUrls(urls: string[], limit = SITEMAP_LIMIT): string[][] {
  const chunks: string[][] = [];
  for (let at = 0; at < urls.length; at += limit) chunks.push(urls.slice(at, at + limit));
  return chunks.length ? chunks : [[]];
}
