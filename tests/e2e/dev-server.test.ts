/**
 * Search under `astro dev` (src/integrations/pagefind-dev.ts): a dev server started before any build (a fresh
 * clone) logs no error and no 404, says that a build is needed, and answers from an index a build writes while
 * it runs, without a restart, at the site's base. Needs the suite's build (`dist`, or SITE_OUT_DIR) for the index. (That the dev server reads the index on every request, from any
 * build, is what serving a build made while it runs shows; pagefind-dev.test.ts covers the middleware.)
 * Each dev server gets its own cache folder, so none writes into the shared node_modules/.astro.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, withAstro } from '../tools/build-site';
import { testLaunchOptions } from '../tools/chromium.mjs';

interface Dev {
  /** The site's address in dev, ending with the base. */
  url: string;
  /** Everything the server has printed so far, colours stripped. */
  output(): string;
  stop(): void;
}

/** Starts `astro dev` on a free port with `env`; resolves once it listens. */
function startDev(name: string, env: Record<string, string>, base = '/'): Promise<Dev> {
  const server: ChildProcess = spawn('node_modules/.bin/astro', ['dev', '--port', '0'], {
    env: { ...childEnv(), SITE_CACHE_DIR: join('tests', '.tmp', name, 'dev-cache'), ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
      const local = /Local\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (local) {
        clearTimeout(timer);
        resolve({ url: new URL(base, local).href, output: () => output, stop: () => server.kill() });
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
  });
}

/** A fresh page that collects console errors and every failed response (status 400 and up). */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  return { page, problems };
}

const status = (page: Page) => page.locator('#search-status').innerText();

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(testLaunchOptions);
});
afterAll(() => browser?.close());

describe('search in astro dev', () => {
  // One dev server for the whole file (each start costs seconds of compiling on a 2-core machine): under a base
  // path, started before any build, then answering from a build made while it runs.
  it(
    'starts without a build with no error or 404, says a build is needed, and answers from an index written while it runs, under a base path',
    { timeout: 300_000 },
    // Astro's lock for the whole test: the dev server writes the project's .astro/ folder as a build does.
    () =>
      withAstro(async () => {
        const name = 'dev-fresh';
        const outDir = join('tests', '.tmp', name, 'dist');
        rmSync(outDir, { recursive: true, force: true });
        const dev = await startDev(name, { SITE_OUT_DIR: outDir, SITE_BASE: '/sub/' }, '/sub/');
        try {
          expect(dev.output()).toContain('No search index yet: run `npm run build`');
          const { page, problems } = await watchedPage();
          // Generous waits: the dev server compiles each module on its first request (the search code too).
          await page.goto(`${dev.url}search/?q=Hiroshima`);
          await expect.poll(() => status(page), { timeout: 60_000 }).toContain('the search index has not been built');
          // The header dialog on another page, as a reader on a fresh clone would try it.
          await page.goto(dev.url);
          await page.keyboard.press('/');
          await page.locator('dialog[open] [role="combobox"]').fill('Hiroshima');
          await expect
            .poll(() => page.locator('dialog[open] [role="status"]').innerText(), { timeout: 60_000 })
            .toContain('the search index has not been built');
          expect(problems).toEqual([]);

          // What a build writes last, as the dev server sees it: the index folder appears in its outDir. Copied from the
          // suite's build rather than built again (a minute on 2 cores); Pagefind puts the base of the folder it is
          // served from before each result's URL, so the links still lead below /sub/.
          cpSync(join(process.env.SITE_OUT_DIR ?? 'dist', 'pagefind'), join(outDir, 'pagefind'), { recursive: true });
          await page.goto(`${dev.url}search/?q=Hiroshima`);
          await expect.poll(() => status(page), { timeout: 60_000 }).toMatch(/^1 remark and 1 page found for “Hiroshima”/);
          expect(dev.output()).toContain('serving the search index from');
          // Result links lead below the base, as in the built site.
          const links = await page
            .locator('#search-results li a')
            .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          expect(links.length).toBeGreaterThan(0);
          for (const path of links) expect(path).toMatch(/^\/sub\/speakers\//);
          expect(problems).toEqual([]);
        } finally {
          dev.stop();
        }
      }),
  );
});
