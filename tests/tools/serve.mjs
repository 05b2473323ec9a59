// Serves a built site the way a static host does: files under the base path, directory
// index.html, and the site's 404 page for anything missing. Used by tests and screenshots.
// Two kinds of host, as they differ on `/x` when both `x.html` and a folder `x/` may exist:
// - 'file-first' (the default; Netlify, Cloudflare Pages, `astro preview`): `/x` is `x.html`, else
//   `x/index.html`, both without a redirect (sirv's lookup order);
// - 'folder-first' (Apache's `DirectorySlash`, some CDNs): `/x` naming a folder answers 301 to `/x/`
//   before any `x.html` is looked for; `/x/` is only ever `x/index.html`.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** @param {string} path */
const isFolder = (path) => existsSync(path) && statSync(path).isDirectory();

/**
 * Starts a static server for `dir` mounted at `base`.
 * @param {{ dir: string, base?: string, port?: number, maxAge?: number, host?: 'file-first' | 'folder-first' }} options
 *   port 0 picks a free port; `maxAge` (seconds) lets the browser cache files as a production host
 *   would (the default, `no-cache` with ETags, makes every load revalidate); `host` the kind of
 *   static host to behave as (see above)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends with the base
 */
export async function serveStatic({ dir, base = '/', port = 0, maxAge, host = 'file-first' }) {
  const files = sirv(
    dir,
    maxAge === undefined ? { dev: true, etag: true, extensions: ['html'] } : { etag: true, maxAge, extensions: ['html'] },
  );
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const send404 = () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    const url = req.url ?? '/';
    if (!(url + '/').startsWith(prefix)) return send404();
    req.url = '/' + url.slice(prefix.length);
    if (host === 'folder-first') {
      const [pathname, query = ''] = req.url.split(/\?(.*)/s);
      const onDisk = join(dir, decodeURIComponent(pathname));
      if (!pathname.endsWith('/') && isFolder(onDisk)) {
        res.writeHead(301, { Location: `${prefix}${pathname.slice(1)}/${query ? `?${query}` : ''}` });
        return res.end();
      }
      if (pathname.endsWith('/') && !existsSync(join(onDisk, 'index.html'))) return send404();
    }
    files(req, res, send404);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
