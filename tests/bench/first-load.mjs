// The first load of the home page and of one remark page of a built site (`dist`, or the folder given as the
// first argument), each in a fresh browser context: bytes transferred, requests, and the JavaScript V8
// executed before any interaction (Chromium coverage, `firstLoad` in page-load.mjs), plus the inline
// script's size in the page's <head>. Prints a table; run with `npm run bench:first-load [-- <dist>]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tools/chromium.mjs';
import { serveStatic } from '../tools/serve.mjs';
import { firstLoad } from './page-load.mjs';

const dir = resolve(process.argv[2] ?? 'dist');
// The first remark page in file order: any one will do, they share the same shell.
const remark = readdirSync(join(dir, 'remarks')).sort()[0];
const pages = { home: '', remark: `remarks/${remark.replace(/\.html$/, '')}${remark.endsWith('.html') ? '' : '/'}` };

/** Bytes of the inline scripts (no `src`, not JSON-LD) in a built page. */
function inlineScriptBytes(path) {
  const file = path === '' ? 'index.html' : path.endsWith('/') ? `${path}index.html` : `${path}.html`;
  const html = readFileSync(join(dir, file), 'utf8');
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)];
  return scripts.reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
}

const server = await serveStatic({ dir });
const browser = await chromium.launch(launchOptions);
try {
  const rows = [];
  for (const [name, path] of Object.entries(pages)) {
    const load = await firstLoad(browser, server.url + path);
    const total = Object.values(load.kinds).reduce((n, [raw]) => n + raw, 0);
    const gzip = Object.values(load.kinds).reduce((n, [, gz]) => n + gz, 0);
    rows.push({
      page: name,
      requests: load.requests,
      'bytes (raw)': total,
      'bytes (gzip)': gzip,
      'html (raw)': load.kinds.html[0],
      'js files (raw)': load.kinds.js[0],
      'inline script': inlineScriptBytes(path),
      'JS executed': load.jsExecutedBytes,
      scripts: load.scripts,
    });
  }
  console.log(`First load of ${dir} (fresh context each):`);
  console.table(rows);
} finally {
  await browser.close();
  await server.close();
}
