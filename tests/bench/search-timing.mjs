// Search cost as a reader meets it, in Chromium: from the first keystroke of a search (the `/` that
// opens the header dialog and loads the search code) to the first result on screen, and the bytes
// transferred meanwhile (Playwright's request sizes: body as transferred plus headers; they include
// the requests of Pagefind's Web Worker, which a page-level CDP session does not see).
// "Cold": a fresh browser profile. "Warm": the same profile on another page, with the search code and
// Pagefind files in the HTTP cache (the server must send cache headers: serveStatic({ maxAge })).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total bytes and file count of a folder, recursively (the Pagefind index: `dist/pagefind`). */
export function folderSize(dir) {
  const files = readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))).filter((f) => statSync(f).isFile());
  return { bytes: files.reduce((n, f) => n + statSync(f).size, 0), files: files.length };
}

/**
 * One timed search on `url`: opens the dialog with `/`, types `query`, waits for the first option.
 * @returns {{ ms: number, bytes: number, requests: number }} ms from the `/` key to the first result rendered
 */
async function timedSearch(page, url, query) {
  await page.goto(url, { waitUntil: 'networkidle' });
  const sizes = [];
  const onFinished = (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
  page.context().on('requestfinished', onFinished);
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('/');
  await page.locator('dialog[open] [role="combobox"]').waitFor();
  await page.keyboard.type(query);
  await page.locator('[role="option"]').first().waitFor();
  const end = await page.evaluate(() => performance.now());
  page.context().off('requestfinished', onFinished);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  return { ms: Math.round(end - start), bytes, requests: sizes.length };
}

/**
 * Cold and warm searches on a built site.
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl served site root (with base), ending in '/'
 * @param {{ pages: [string, string], queries: [string, string] }} plan two page paths and two queries (cold, warm)
 */
export async function measureSearch(browser, siteUrl, { pages, queries }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cold = await timedSearch(page, siteUrl + pages[0], queries[0]);
  const warm = await timedSearch(page, siteUrl + pages[1], queries[1]);
  await context.close();
  return { cold, warm };
}
