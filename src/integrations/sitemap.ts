/**
 * Writes `sitemap-index.xml` and `sitemap-0.xml` (…`-1.xml` past 50,000 pages) after the build: every
 * page but the 404 page and the redirect pages of old addresses (link-aliases.json "pages"), each
 * by the address its canonical link gives (src/lib/urls.ts). It replaces @astrojs/sitemap, which
 * rewrites the home page's URL without its slash under `trailingSlash: 'never'`
 * (its write-sitemap.js), where the page, its canonical link and every link to it keep the slash.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { contractPath } from '../lib/link-contract';
import { absoluteUrl, normaliseBase, pageHref, withBase, type TrailingSlash } from '../lib/urls';
import { chunkUrls, sitemapIndexXml, urlsetXml } from '../lib/sitemap';
import { readLinkAliases } from '../data/link-aliases';

/** The Astro integration. */
export function sitemap(): AstroIntegration {
  let base = '/';
  let trailingSlash: TrailingSlash = 'always';
  let site: string | undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        trailingSlash = config.trailingSlash === 'never' ? 'never' : 'always';
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) return logger.warn('no `site`: no sitemap written');
        const moved = readLinkAliases().pages;
        const paths = [...new Set(pages.map((p) => contractPath(`/${p.pathname}`, '/')))]
          .filter((path) => path !== '/404/' && !(path in moved))
          .sort();
        const files = chunkUrls(paths.map((path) => absoluteUrl(pageHref(path, base, trailingSlash), site!)));
        await Promise.all(files.map((urls, i) => writeFile(new URL(`sitemap-${i}.xml`, dir), urlsetXml(urls))));
        await writeFile(
          new URL('sitemap-index.xml', dir),
          sitemapIndexXml(files.map((_, i) => absoluteUrl(withBase(`sitemap-${i}.xml`, base), site!))),
        );
        logger.info(`sitemap: ${paths.length} pages in ${files.length} file(s)`);
      },
    },
  };
}
