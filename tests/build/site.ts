/** Helpers for tests over a built site: where it is, and its pages parsed with cheerio. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = process.env.SITE_OUT_DIR ?? 'dist';

/** Fails with a helpful message when the site has not been built. */
export function requireBuild(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run \`npm run build\` (npm test does) first`);
}

/** Every HTML file of the build, as site paths (`speakers/holt/index.html`). */
export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** A built page parsed with cheerio. */
export function loadPage(file: string, dir = DIST): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(dir, file), 'utf8'));
}

/** Whitespace collapsed and trimmed, as a reader sees text. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
