/**
 * Bundles the search UI (`src/scripts/search/index.ts`: header dialog, search page, landing highlight)
 * with esbuild (https://esbuild.github.io/api/#build) into one ES module that pages never load up front:
 * the inline bootstrap script imports it on the first search interaction, so pages without a search
 * open load no search JavaScript. Astro's own `<script>` processing would load it on every page.
 * - build: one file, `<outDir>/_astro/search-ui.<hash>.js` (the hash of its bytes, so it can be cached for good);
 * - dev: bundled afresh on each request at `<base>_search-ui.js` (matched as the browser asked for it: `dev-request.ts`).
 * Pages learn the path through the `__SEARCH_UI_PATH__` global (below the base; see `hrefs.searchUi`).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { normaliseBase } from '../lib/urls';
import { requestPath } from './dev-request';

/** Bundles the entry into ES module text. Throws esbuild's error (file, line) if the code does not compile. */
async function bundle(entry: string, dev: boolean): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The Astro integration. */
export function searchUi(): AstroIntegration {
  let entry = '';
  let code = '';
  let path = '';
  let base = '/';
  return {
    name: 'search-ui',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        entry = fileURLToPath(new URL('src/scripts/search/index.ts', config.root));
        if (command === 'build') {
          code = await bundle(entry, false);
          path = `_astro/search-ui.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
        } else {
          path = '_search-ui.js';
        }
        updateConfig({ vite: { define: { __SEARCH_UI_PATH__: JSON.stringify(path) } } });
      },
      'astro:config:done': ({ config }) => {
        // Astro's base, not Vite's: Astro serves the base itself and leaves Vite's `server.config.base` at '/'.
        base = normaliseBase(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((req, res, next) => {
          if (requestPath(req) !== `${base}${path}`) return next();
          bundle(entry, true).then(
            (text) => {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              res.end(text);
            },
            (error: Error) => {
              logger.error(`search UI does not compile: ${error.message}`);
              res.statusCode = 500;
              res.end();
            },
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        const file = new URL(path, dir);
        await mkdir(new URL('.', file), { recursive: true });
        await writeFile(file, code);
      },
    },
  };
}
