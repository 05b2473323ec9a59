// Search cost as a reader meets it, in Chromium: from the first keystroke of a search (the `/` that
// opens the header dialog, loads the search code and starts on the index), through typing the query at
// a reader's pace, to the first result on screen; the wait after the query's last key; and the bytes
// transferred meanwhile. Bytes come from Playwright's request sizes, which also
// see the requests of Pagefind's Web Worker (a page-level CDP session does not). The test server does
// not compress, so `gzipBytes` also gives what a host that gzips text (JS, JSON, CSS, HTML) would send;
// Pagefind's own index, fragment and wasm files are compressed already.
// "Cold": a fresh browser profile. "Warm": the same profile on another page, with the search code and
// Pagefind files in the HTTP cache (the server must send cache headers: serveStatic({ maxAge })).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Total bytes and file count of a folder, recursively (the Pagefind index: `dist/pagefind`). */
export function folderSize(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
  return { bytes: files.reduce((n, f) => n + statSync(f).size, 0), files: files.length };
}

/** Bytes of one finished request: as sent, and as a gzipping host would send it; 0 when served from the cache. */
async function transferred(request) {
  const sizes = await request.sizes();
  // Chromium reports a negative body size for a response taken from the cache.
  if (sizes.responseBodySize < 0) return { bytes: 0, gzipBytes: 0, cached: 1, pagefind: 0 };
  const response = await request.response();
  const text = /javascript|json|css|html|text\//.test(response?.headers()['content-type'] ?? '');
  const body = text ? gzipSync(await response.body()).length : sizes.responseBodySize;
  const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
  return { bytes, gzipBytes: body + sizes.responseHeadersSize, cached: 0, pagefind: request.url().includes('/pagefind/') ? bytes : 0 };
}

/** Milliseconds between keys: a steady reader's pace (about 80 words a minute). */
const TYPING_DELAY_MS = 150;

/**
 * One timed search on `url`: opens the dialog with `/`, types `query` at a reader's pace, waits for the first option.
 * @returns {Promise<{ ms: number, afterTypingMs: number, bytes: number, gzipBytes: number, pagefindBytes: number, requests: number, fromCache: number }>}
 *   ms from the `/` key to the first result rendered, afterTypingMs from the query's last key; byte counts in bytes
 */
async function timedSearch(page, url, query) {
  await page.goto(url, { waitUntil: 'networkidle' });
  const pending = [];
  const onFinished = (request) => pending.push(transferred(request).catch(() => ({ bytes: 0, gzipBytes: 0, cached: 0, pagefind: 0 })));
  page.context().on('requestfinished', onFinished);
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('/');
  await page.locator('dialog[open] [role="combobox"]').waitFor();
  // The moment of the query's last keystroke, as the page saw it (Playwright's `delay` also holds each key down).
  await page.evaluate(() =>
    document.querySelector('dialog[open] [role="combobox"]').addEventListener('input', () => (window.lastInputAt = performance.now())),
  );
  await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
  // Results for earlier prefixes of the query appear while typing; the listbox says which query its options answer.
  await page.locator(`[role="listbox"][data-query="${query}"] [role="option"]`).first().waitFor({ timeout: 60_000 });
  const [end, typed] = await page.evaluate(() => [performance.now(), window.lastInputAt]);
  page.context().off('requestfinished', onFinished);
  const all = await Promise.all(pending);
  const sum = (key) => all.reduce((n, r) => n + r[key], 0);
  return {
    ms: Math.round(end - start),
    afterTypingMs: Math.round(end - typed),
    bytes: sum('bytes'),
    gzipBytes: sum('gzipBytes'),
    pagefindBytes: sum('pagefind'),
    requests: all.length,
    fromCache: sum('cached'),
  };
}

/** Warm searches timed; the median is reported, since one sample swings with where the last key falls in a search already running. */
const WARM_RUNS = 5;

/**
 * Cold and warm searches on a built site: one cold search in a fresh profile, then WARM_RUNS warm
 * ones (each a fresh load of the second page, the HTTP cache kept); the warm figures are those of
 * the run with the median time after the last key, with every run's time in `warm.runsMs`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl served site root (with base), ending in '/'
 * @param {{ pages: [string, string], queries: [string, string] }} plan two page paths and two queries (cold, warm)
 */
export async function measureSearch(browser, siteUrl, { pages, queries }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cold = await timedSearch(page, siteUrl + pages[0], queries[0]);
  const runs = [];
  for (let i = 0; i < WARM_RUNS; i++) runs.push(await timedSearch(page, siteUrl + pages[1], queries[1]));
  await context.close();
  const sorted = [...runs].sort((a, b) => a.afterTypingMs - b.afterTypingMs);
  const warm = { ...sorted[Math.floor(sorted.length / 2)], runsMs: runs.map((r) => r.afterTypingMs) };
  return { cold, warm };
}
