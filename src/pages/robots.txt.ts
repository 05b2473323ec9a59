import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls';

/** `/robots.txt`: everything may be crawled; points to the sitemap (with `site` and `base`). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `Sitemap: ${absoluteUrl(withBase('sitemap-index.xml'), site)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
