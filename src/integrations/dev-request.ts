/**
 * The path a browser asked the dev server for. Astro's dev server rewrites `req.url` before an
 * integration's middleware sees it: its base middleware (astro 5 `vite-plugin-astro-server/base.js`,
 * put first in the stack) strips the base, so `/sub/pagefind/pagefind.js` arrives as `/pagefind/pagefind.js`.
 * Connect keeps the request as sent in `req.originalUrl` (https://github.com/senchalabs/connect#appusefn),
 * so a middleware that matches `<base>…` reads that: the same path as in the built site, with no other
 * path (one without the base) answered in dev that a static host would not answer.
 * @returns the path and no query, or '' when the request has no URL
 * @example requestPath({ originalUrl: '/sub/pagefind/pagefind.js?t=1', url: '/pagefind/pagefind.js?t=1' }) // '/sub/pagefind/pagefind.js'
 */
export function requestPath(req: { originalUrl?: string | undefined; url?: string | undefined }): string {
  return (req.originalUrl ?? req.url ?? '').split(/[?#]/)[0]!;
}
