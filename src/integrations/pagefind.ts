/**
 * The search index, written after the build through Pagefind's Node API (https://pagefind.app/docs/node-api/):
 * - one record per remark (`kind: remark`), built by `src/lib/search/records.ts` from `/event.json`, with
 *   speaker, topic and part filters and an event-order sort key: filters apply per record, so a search
 *   narrows to remarks and links to each remark's anchor;
 * - one record per reading page (`kind: page`: home, speakers, topics, edition notes, A–Z) from its built
 *   HTML, where `<main data-pagefind-body>` is indexed and remarks are `data-pagefind-ignore`d, so a page
 *   never repeats a remark that is already its own result.
 * In `astro dev` it serves the last build's index at `<base>pagefind/`, so search works while writing;
 * without a build the search UI says that one is needed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import type { EventJson } from '../lib/event-json';
import { remarkRecordHtml } from '../lib/search/records';
import { normaliseBase, pageHref, type TrailingSlash } from '../lib/urls';

/** The built HTML file of a page URL below the base: `x/` → `x/index.html` (directory format), `x` → `x.html` (file format). */
export function htmlFileOf(path: string): string {
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return `${path}.html`;
}

/** The Astro integration; writes `<outDir>/pagefind/`. Fails the build if Pagefind reports errors. */
export function pagefindRemarks(): AstroIntegration {
  let base = '/';
  let trailingSlash: TrailingSlash = 'always';
  let outDir: URL | undefined;
  return {
    name: 'pagefind-remarks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        trailingSlash = config.trailingSlash === 'never' ? 'never' : 'always';
        outDir = config.outDir;
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = outDir && fileURLToPath(new URL('pagefind/', outDir));
        if (!bundle || !existsSync(bundle)) {
          logger.warn('no search index yet: search in dev needs one build first (npm run build)');
          return;
        }
        const serve = sirv(bundle, { dev: true });
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(prefix)) return next();
          req.url = `/${req.url.slice(prefix.length)}`;
          serve(req, res, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const data = JSON.parse(await readFile(new URL('event.json', dir), 'utf8')) as EventJson;
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const add = async (url: string, content: string) => {
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length) throw new Error(`Pagefind rejected ${url}: ${added.errors.join('; ')}`);
        };
        // Pagefind prefixes record URLs with the site's base (taken from the bundle's path), so a record holds the URL below it.
        const belowBase = (url: string) => url.slice(base.length - 1);
        // Records go to Pagefind's indexing service in batches: one awaited call at a time leaves it idle between calls.
        for (let at = 0; at < data.remarks.length; at += 64) {
          await Promise.all(data.remarks.slice(at, at + 64).map((remark, i) => add(belowBase(remark.url), remarkRecordHtml(remark, at + i))));
        }

        const pages = [
          data.event.url,
          ...data.speakers.map((s) => s.url),
          ...data.topics.map((t) => t.url),
          pageHref('edition-notes/', base, trailingSlash),
          pageHref('a-z/', base, trailingSlash),
        ];
        for (const url of pages) {
          const file = new URL(htmlFileOf(url.slice(base.length)), dir);
          await add(belowBase(url), await readFile(file, 'utf8'));
        }
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${data.remarks.length} remarks and ${pages.length} pages`);
      },
    },
  };
}
