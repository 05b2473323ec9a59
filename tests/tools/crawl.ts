/**
 * Crawls a built site from its home page with linkinator
 * (https://github.com/JustinBeckwith/linkinator), fragments included, served as a static host would.
 */
import { LinkChecker } from 'linkinator';
import { serveStatic } from './serve.mjs';

export interface CrawlResult {
  /** How many distinct URLs linkinator checked. */
  checked: number;
  /** Broken links as `status path (from parent)`, paths relative to the server root, deduplicated. */
  broken: string[];
  /** Paths (with base) that answered 200. */
  reached: Set<string>;
}

/** Serves `dir` at `base` and crawls every internal link and #fragment from the home page. */
export async function crawl(dir: string, base = '/'): Promise<CrawlResult> {
  const server = await serveStatic({ dir, base });
  const origin = new URL(server.url).origin;
  try {
    const result = await new LinkChecker().check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 10,
      linksToSkip: (link: string) => Promise.resolve(!link.startsWith(origin)),
    });
    const strip = (u: string) => u.slice(origin.length);
    return {
      checked: result.links.length,
      broken: [...new Set(result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${strip(l.url)} (from ${strip(l.parent ?? '')})`))],
      reached: new Set(result.links.filter((l) => l.state === 'OK').map((l) => strip(l.url))),
    };
  } finally {
    await server.close();
  }
}
