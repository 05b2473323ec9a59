// What a first visit to one page costs in Chromium: bytes of each kind (raw and gzip), requests,
// and the JavaScript executed before any interaction (V8 coverage). Shared by bench:site and bench.
import { gzipSync } from 'node:zlib';

/**
 * Loads `url` in a fresh browser context (empty HTTP cache) and waits for the network to go idle.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url absolute URL of the page
 * @returns {Promise<{ kinds: Record<'html'|'css'|'js'|'other', [number, number]>, requests: number, jsExecutedBytes: number, scripts: number }>}
 *   `kinds` holds [raw bytes, gzip bytes] per kind; `scripts` counts scripts V8 ran (inline ones included)
 */
export async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const kinds = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
  let requests = 0;
  const pending = [];
  page.on('response', (response) => {
    requests++;
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
          kinds[kind][0] += body.length;
          kinds[kind][1] += gzipSync(body).length;
        },
        () => {},
      ),
    );
  });
  await page.coverage.startJSCoverage({ reportAnonymousScripts: true });
  await page.goto(url, { waitUntil: 'networkidle' });
  const coverage = await page.coverage.stopJSCoverage();
  await Promise.all(pending);
  const executed = coverage.reduce((sum, entry) => {
    const used = entry.functions
      .filter((f) => f.ranges.some((r) => r.count > 0))
      .reduce((n, f) => n + (f.ranges[0].endOffset - f.ranges[0].startOffset), 0);
    return sum + Math.min(used, entry.source?.length ?? used);
  }, 0);
  await context.close();
  return { kinds, requests, jsExecutedBytes: executed, scripts: coverage.length };
}
