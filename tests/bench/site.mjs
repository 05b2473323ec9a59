// npm run bench:site: builds the site, then prints per page kind what a first visit costs
// (HTML/CSS/JS bytes raw and gzip, requests, JS executed before any interaction) and Lighthouse
// scores. Figures, not asserts: it writes tests/bench/results/site.{json,md} and exits 0.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { launchOptions } from '../tools/chromium.mjs';
import { serveStatic } from '../tools/serve.mjs';
import { firstLoad } from './page-load.mjs';

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
const server = await serveStatic({ dir: 'dist' });

const browser = await chromium.launch(launchOptions);
const loads = {};
for (const [kind, path] of PAGES) loads[kind] = await firstLoad(browser, server.url + path);
await browser.close();

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: ['--headless=new', ...launchOptions.args] });
const scores = {};
for (const [kind, path] of PAGES.filter(([k]) => LIGHTHOUSE_PAGES.includes(k))) {
  const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  scores[kind] = Object.fromEntries(Object.entries(result.lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
}
await chrome.kill();
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
  '| Lighthouse 12.2.3 | performance | accessibility | best practices | SEO |',
  '|---|---|---|---|---|',
  ...Object.entries(scores).map(([kind, s]) => `| ${kind} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`),
  '',
];
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync('tests/bench/results/site.json', JSON.stringify({ date: new Date().toISOString(), buildSeconds, loads, scores }, null, 2));
writeFileSync('tests/bench/results/site.md', lines.join('\n'));
console.log(lines.join('\n'));
