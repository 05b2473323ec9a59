import { describe, expect, it } from 'vitest';
import { chunkUrls, escapeXml, sitemapIndexXml, urlsetXml } from '../../src/lib/sitemap';

describe('sitemap XML', () => {
  it('writes each URL as given, in order, escaping what XML requires', () => {
    const xml = urlsetXml(['https://example.org/sub/', 'https://example.org/sub/search?q=a&b']);
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://example.org/sub/',
      'https://example.org/sub/search?q=a&amp;b',
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });

  it('escapes the five characters the protocol names', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  it('names every sitemap file in the index', () => {
    const xml = sitemapIndexXml(['https://example.org/sitemap-0.xml', 'https://example.org/sitemap-1.xml']);
    expect(xml.match(/<sitemap><loc>https:\/\/example\.org\/sitemap-\d\.xml<\/loc><\/sitemap>/g)).toHaveLength(2);
  });

  it('splits at the limit, and writes one empty file for no pages', () => {
    expect(chunkUrls(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(chunkUrls([], 2)).toEqual([[]]);
  });
});
