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

/** How to crawl: the kind of static host (see serve.mjs), and whether a redirect counts as broken. */
export interface CrawlOptions {
  host?: 'file-first' | 'folder-first';
  /** `error`: a link that answers with a redirect is broken (linkinator's `redirects` option). */
  redirects?: 'allow' | 'error';
}

/** Serves `dir` at `base` and crawls every internal link and #fragment from the home page. */
export async function crawl(
  dir: string,
  base = '/',
  { host = 'file-first', redirects = 'allow' }: CrawlOptions = {},
): Promise<CrawlResult> {
  const server = await serveStatic({ dir, base, host });
  const origin = new URL(server.url).origin;
  try {
    const result = await new LinkChecker().check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 10,
      redirects,
      // Resolve a slash-less page's relative links (`#id`) against the page itself: by default linkinator
      // takes `/x` for a folder and checks `/x/#id`, which only a host that serves `x.html` at `/x/` answers.
      cleanUrls: true,
      linksToSkip: (link: string) => Promise.resolve(!link.startsWith(origin)),
    });
    const strip = (u: string) => u.slice(origin.length);
    return {
      checked: result.links.length,
      broken: [
        ...new Set(
          result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${strip(l.url)} (from ${strip(l.parent ?? '')})`),
        ),
      ],
      reached: new Set(result.links.filter((l) => l.state === 'OK').map((l) => strip(l.url))),
    };
  } finally {
    await server.close();
  }
}
