/**
 * Search under `astro dev`: it answers from the last build's index (served by the Pagefind
 * integration). Without a build the index URL is a 404, the case that tests/e2e/search-journey.test.ts
 * checks ("says that a build is needed"); one dev server here keeps the suite short.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../tools/build-site';
import { launchOptions } from '../tools/chromium.mjs';

/** Starts `astro dev` on a free port; resolves to its URL once it listens. */
function startDev(): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn('node_modules/.bin/astro', ['dev', '--port', '0'], { env: childEnv() });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
      const url = /Local\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, server });
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(launchOptions);
});
afterAll(() => browser?.close());

describe('search in astro dev', () => {
  it('answers from the last build’s index', async () => {
    const { url, server } = await startDev();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${url}search/?q=Hiroshima`);
      await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 30_000 }).toMatch(/^1 remark and 1 page found for “Hiroshima”/);
      expect(errors).toEqual([]);
    } finally {
      server.kill();
    }
  });
});
