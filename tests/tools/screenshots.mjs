// Takes screenshots of the built site (light, dark, 360 px) into screenshots/ for a human to look at.
// Usage: [SITE_OUT_DIR=dist] node tests/tools/screenshots.mjs [path ...]   (after npm run build)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';
import { launchOptions } from './chromium.mjs';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['', 'speakers/hoshino/', 'topics/lessons-from-cambodia/', 'search/?q=Hiroshima', 'edition-notes/', 'nope/'];
// SITE_OUT_DIR picks another build (e.g. another event's), as for astro build.
const server = await serveStatic({ dir: process.env.SITE_OUT_DIR ?? 'dist' });
const browser = await chromium.launch(launchOptions);
mkdirSync('screenshots', { recursive: true });
const variants = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone', viewport: { width: 360, height: 780 }, colorScheme: 'light' },
];
for (const v of variants) {
  const context = await browser.newContext({ viewport: v.viewport, colorScheme: v.colorScheme });
  const page = await context.newPage();
  for (const p of paths) {
    await page.goto(server.url + p);
    if (p.startsWith('search')) await page.waitForSelector('#search-results li', { timeout: 5000 }).catch(() => {});
    const file = `screenshots/${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${v.name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
await server.close();
