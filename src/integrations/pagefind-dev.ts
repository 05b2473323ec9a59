/**
 * Search under `astro dev`: the last build's index (`<outDir>/pagefind/`), served at `<base>pagefind/` as in
 * the built site. Whether the index exists is checked on every request, so a build made while the dev
 * server runs is served at once, without a restart. Until then `<base>pagefind/pagefind.js` is a stand-in
 * module (`indexMissingModule`) rather than a 404: the browser logs every 404 as a console error, which on a
 * fresh clone would be the first thing a reader sees; the stand-in's `init()` rejects with a message instead,
 * and the search UI reports the index as missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import type { Connect } from 'vite';
import { requestPath } from './dev-request';

/** What the stand-in module says, and the dev server's log when it starts without an index. */
export const INDEX_MISSING_MESSAGE =
  'No search index yet: run `npm run build`. The running dev server serves the index as soon as the build has written it: reload the page then.';

/**
 * The stand-in for Pagefind's `pagefind.js` while there is no index: the same exports
 * (https://pagefind.app/docs/api/), with `init()`, `search()` and the others rejecting with `message`.
 * `indexMissing` and `message` let the search UI tell this case from a network failure.
 */
export function indexMissingModule(message = INDEX_MISSING_MESSAGE): string {
  return [
    '// Served by `astro dev` while there is no search index (src/integrations/pagefind-dev.ts).',
    'export const indexMissing = true;',
    `export const message = ${JSON.stringify(message)};`,
    'const missing = async () => { throw new Error(message); };',
    'export const init = missing, search = missing, debouncedSearch = missing, filters = missing, preload = missing, mergeIndex = missing, createInstance = missing;',
    'export async function options() {}',
    'export async function destroy() {}',
    '',
  ].join('\n');
}

export interface PagefindDevOptions {
  /** The index folder, `<outDir>/pagefind/` as a file path. */
  bundle: string;
  /** The site's base, normalised (`/` or `/sub/`). */
  base: string;
  /** Called once when the index is first served after the server started without one. */
  onFound?: (() => void) | undefined;
}

/**
 * The dev-server middleware for `<base>pagefind/…` (any other path goes to `next`).
 * Answers from the index when `<bundle>/pagefind.js` exists, else `pagefind.js` with the stand-in module
 * (never cached, so a reload after a build gets the real one) and anything else with `next` (a 404).
 */
export function pagefindDevMiddleware({ bundle, base, onFound }: PagefindDevOptions): Connect.NextHandleFunction {
  const prefix = `${base}pagefind/`;
  const serve = sirv(bundle, { dev: true });
  let missing = !existsSync(join(bundle, 'pagefind.js'));
  return (req, res, next) => {
    const path = requestPath(req);
    if (!path.startsWith(prefix)) return next();
    const file = path.slice(prefix.length);
    if (!existsSync(join(bundle, 'pagefind.js'))) {
      missing = true;
      if (file !== 'pagefind.js') return next();
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(indexMissingModule());
      return;
    }
    if (missing) {
      missing = false;
      onFound?.();
    }
    // sirv resolves the path below the folder it serves; the query (a cache-buster) stays.
    req.url = `/${(req.originalUrl ?? req.url ?? '').slice(prefix.length)}`;
    serve(req, res, next);
  };
}
