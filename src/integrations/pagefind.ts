/**
 * The search index, written after the build through Pagefind's Node API (https://pagefind.app/docs/node-api/):
 * - one record per remark (`kind: remark`), built by `src/lib/search/records.ts` from `/event.json`, with
 *   speaker, topic and part filters and an event-order sort key: filters apply per record, so a search
 *   narrows to remarks and links to each remark's anchor;
 * - one record per reading page (`kind: page`: home, speakers, topics, edition notes, A–Z) from its built
 *   HTML, where `<main data-pagefind-body>` is indexed and remarks are `data-pagefind-ignore`d, so a page
 *   never repeats a remark that is already its own result.
 * In `astro dev` it serves the last build's index at `<base>pagefind/` (`pagefind-dev.ts`), so search works
 * while writing; a build made while the dev server runs is picked up, and without one the search UI says
 * that one is needed.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { EventJson } from '../lib/event-json';
import { contractPath, pagePathFromFile } from '../lib/link-contract';
import { remarkRecordHtml } from '../lib/search/records';
import { normaliseBase, pageHref, type TrailingSlash } from '../lib/urls';
import { INDEX_MISSING_MESSAGE, pagefindDevMiddleware } from './pagefind-dev';

/** The Astro integration; writes `<outDir>/pagefind/`. Fails the build if Pagefind reports errors. */
export function pagefindRemarks(): AstroIntegration {
  let base = '/';
  let trailingSlash: TrailingSlash = 'always';
  let outDir: URL | undefined;
  let command: string | undefined;
  return {
    name: 'pagefind-remarks',
    hooks: {
      'astro:config:setup': ({ command: c }) => {
        command = c;
      },
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        trailingSlash = config.trailingSlash === 'never' ? 'never' : 'always';
        outDir = config.outDir;
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro build` starts a server too (to sync content): only the dev server serves the index.
        if (command !== 'dev' || !outDir) return;
        const bundle = fileURLToPath(new URL('pagefind/', outDir));
        if (!existsSync(join(bundle, 'pagefind.js'))) logger.warn(INDEX_MISSING_MESSAGE);
        server.middlewares.use(
          pagefindDevMiddleware({ bundle, base, onFound: () => logger.info(`serving the search index from ${bundle}`) }),
        );
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
          await Promise.all(
            data.remarks.slice(at, at + 64).map((remark, i) => add(belowBase(remark.url), remarkRecordHtml(remark, at + i))),
          );
        }

        // The reading pages, found among the built files by the link contract's file-to-path mapping (either build format).
        const pageUrls = [
          data.event.url,
          ...data.speakers.flatMap((s) => (s.url ? [s.url] : [])),
          ...data.sessions.map((s) => s.url),
          ...data.topics.map((t) => t.url),
          pageHref('edition-notes/', base, trailingSlash),
          pageHref('a-z/', base, trailingSlash),
        ];
        const wanted = new Map(pageUrls.map((url) => [contractPath(url, base), url]));
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' })).filter(
          (f) => wanted.has(pagePathFromFile(f)) && f.endsWith('.html'),
        );
        for (const file of files) await add(belowBase(wanted.get(pagePathFromFile(file))!), await readFile(join(outDir, file), 'utf8'));
        if (files.length !== wanted.size)
          throw new Error(`Pagefind page records: found ${files.length} of ${wanted.size} reading pages in ${outDir}`);
        // The bundle is written here, not by Pagefind's `writeFiles`: its service answered before its own writes
        // had finished, and `close()` kills the service, so a build could publish a cut-off `pagefind.js`
        // (seen: 32,768 of 45,555 bytes, and every search on that site failed).
        const bundle = await index.getFiles();
        if (bundle.errors.length) throw new Error(`Pagefind could not build its index: ${bundle.errors.join('; ')}`);
        await pagefind.close();
        const bundleDir = fileURLToPath(new URL('pagefind/', dir));
        for (const file of bundle.files) {
          await mkdir(dirname(join(bundleDir, file.path)), { recursive: true });
          await writeFile(join(bundleDir, file.path), file.content);
        }
        logger.info(`indexed ${data.remarks.length} remarks and ${files.length} pages`);
      },
    },
  };
}
