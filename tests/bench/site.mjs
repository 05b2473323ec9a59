// npm run bench:site: builds the site, then prints per page kind what a first visit costs
// (HTML/CSS/JS bytes raw and gzip, requests, JS executed before any interaction) and Lighthouse
// scores. Figures, not asserts: it writes tests/bench/results/site.{json,md} and exits 0.
// Lighthouse (about 160 packages) runs through `npx`, so only this benchmark ever installs it.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tools/chromium.mjs';
import { serveStatic } from '../tools/serve.mjs';
import { firstLoad } from './page-load.mjs';
import { folderSize, measureSearch } from './search-timing.mjs';

const PAGES = [
  ['home', ''],
  ['speaker', 'speakers/hoshino/'],
  ['topic', 'topics/lessons-from-cambodia/'],
  ['search', 'search/'],
  ['edition notes', 'edition-notes/'],
  ['404', 'no-such-page/'],
];
const LIGHTHOUSE_PAGES = ['home', 'speaker', 'topic', 'search'];

const started = Date.now();
execFileSync('node_modules/.bin/astro', ['build'], { stdio: 'ignore' });
const buildSeconds = (Date.now() - started) / 1000;
// Cache headers as a production host sends them, so the warm search runs from the HTTP cache.
const server = await serveStatic({ dir: 'dist', maxAge: 3600 });

const browser = await chromium.launch(launchOptions);
const loads = {};
for (const [kind, path] of PAGES) loads[kind] = await firstLoad(browser, server.url + path);
const searches = [];
for (let run = 0; run < 5; run++) {
  searches.push(
    await measureSearch(browser, server.url, {
      pages: ['topics/lessons-from-cambodia/', 'speakers/holt/'],
      queries: ['Hiroshima', 'mandate'],
    }),
  );
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const search = Object.fromEntries(
  ['cold', 'warm'].map((k) => [
    k,
    Object.fromEntries(
      ['ms', 'afterTypingMs', 'bytes', 'gzipBytes', 'requests', 'fromCache'].map((f) => [f, median(searches.map((s) => s[k][f]))]),
    ),
  ]),
);
const index = folderSize('dist/pagefind');

const LIGHTHOUSE = 'lighthouse@12.2.3';
const scores = {};
for (const [kind, path] of PAGES.filter(([k]) => LIGHTHOUSE_PAGES.includes(k))) {
  // The CLI launches its own Chromium (CHROME_PATH) with the flags a root container needs.
  // Not execFileSync: the static server runs in this process and must keep answering.
  const { stdout: json } = await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      server.url + path,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${launchOptions.args.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, maxBuffer: 64 * 2 ** 20 },
  );
  scores[kind] = Object.fromEntries(Object.entries(JSON.parse(json).categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
}
await server.close();

const kb = (n) => (n / 1024).toFixed(1);
const lines = [
  `# Site benchmark`,
  '',
  `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · build ${buildSeconds.toFixed(1)} s`,
  '',
  '| page | HTML KiB (gzip) | CSS KiB (gzip) | JS KiB (gzip) | requests | JS executed before interaction |',
  '|---|---|---|---|---|---|',
  ...PAGES.map(([kind]) => {
    const l = loads[kind];
    const cell = ([raw, gz]) => `${kb(raw)} (${kb(gz)})`;
    return `| ${kind} | ${cell(l.kinds.html)} | ${cell(l.kinds.css)} | ${cell(l.kinds.js)} | ${l.requests} | ${kb(l.jsExecutedBytes)} KiB in ${l.scripts} scripts |`;
  }),
  '',
  `Search in the header dialog, typed at a reader's pace (median of 5): cold ${search.cold.afterTypingMs} ms from the query's last key to the first result (${search.cold.ms} ms from the \`/\` key), ${kb(search.cold.gzipBytes)} KiB as a gzipping host sends it (${kb(search.cold.bytes)} KiB uncompressed) in ${search.cold.requests} requests; warm ${search.warm.afterTypingMs} ms (${search.warm.ms} ms), ${kb(search.warm.bytes)} KiB (${search.warm.fromCache} of ${search.warm.requests} responses from the cache). Pagefind index: ${kb(index.bytes)} KiB in ${index.files} files.`,
  '',
  `| ${LIGHTHOUSE} | performance | accessibility | best practices | SEO |`,
  '|---|---|---|---|---|',
  ...Object.entries(scores).map(([kind, s]) => `| ${kind} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`),
  '',
];
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync(
  'tests/bench/results/site.json',
  JSON.stringify({ date: new Date().toISOString(), buildSeconds, loads, search, searches, index, scores }, null, 2),
);
writeFileSync('tests/bench/results/site.md', lines.join('\n'));
console.log(lines.join('\n'));
