// Serves a built site the way a static host does: files under the base path, directory
// index.html, and the site's 404 page for anything missing. Used by tests and screenshots.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Starts a static server for `dir` mounted at `base`.
 * @param {{ dir: string, base?: string, port?: number, maxAge?: number }} options port 0 picks a free port;
 *   `maxAge` (seconds) lets the browser cache files as a production host would (the default,
 *   `no-cache` with ETags, makes every load revalidate)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends with the base
 */
export async function serveStatic({ dir, base = '/', port = 0, maxAge }) {
  const files = sirv(dir, maxAge === undefined ? { dev: true, etag: true, extensions: ['html'] } : { etag: true, maxAge, extensions: ['html'] });
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
