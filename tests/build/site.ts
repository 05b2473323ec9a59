/** Helpers for tests over a built site: where it is, and its pages parsed with cheerio. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = process.env.SITE_OUT_DIR ?? 'dist';

/** Fails with a helpful message when the site has not been built. */
export function requireBuild(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run \`npm run build\` (npm test does) first`);
}

/** Every HTML file of the build, as site paths (`speakers/holt/index.html`). */
export function htmlFiles(dir = DIST): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

/** A built page parsed with cheerio. */
export function loadPage(file: string, dir = DIST): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(dir, file), 'utf8'));
}

/** Whitespace collapsed and trimmed, as a reader sees text. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
