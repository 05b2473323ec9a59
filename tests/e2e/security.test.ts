/**
 * Security and robustness in a real browser: the Content-Security-Policy is never violated (Pagefind's
 * WebAssembly included), nothing is fetched from another origin, and hostile text in content is
 * printed as text, on pages and in search results.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../build/site';
import { buildSite } from '../tools/build-site';
import { startSession, type Session } from './browser';

/** Records CSP violations in the page, from before any script runs. */
const RECORD_VIOLATIONS = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('on the built site', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(() => session?.close());

  it('violates no Content-Security-Policy directive and requests nothing from another origin, on any page', async () => {
    const { page, errors } = await session.newPage();
    await page.addInitScript(RECORD_VIOLATIONS);
    const origin = new URL(session.url).origin;
    const foreign: string[] = [];
    page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && foreign.push(r.url()));
    const violations: string[] = [];
    for (const file of htmlFiles().filter((f) => f !== '404.html')) {
      const path = file.replace(/index\.html$/, '');
      await page.goto(session.url + path + (path === 'search/' ? '?q=Hiroshima' : ''));
      if (path === 'search/') await page.locator('#search-results li').first().waitFor();
      violations.push(...((await page.evaluate('window.cspViolations')) as string[]).map((v) => `/${path}: ${v}`));
    }
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('really enforces the policy: an injected inline script is blocked and reported', async () => {
    const { page } = await session.newPage();
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(session.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    expect(await page.evaluate('window.injected === true')).toBe(false);
    expect(await page.evaluate('window.cspViolations.length')).toBeGreaterThan(0);
  });
});

describe('hostile text in content', () => {
  let session: Session;
  const HOSTILE = 'Lane wrote \\<script>window.pwned = 1\\</script> and \\<img src=x onerror="window.pwned = 2"> and \\{braces} here.';
  beforeAll(async () => {
    const content = join('tests', '.tmp', 'hostile', 'content');
    rmSync(content, { recursive: true, force: true });
    cpSync('tests/fixtures/minimal-event', content, { recursive: true });
    const file = join(content, 'speakers', 'ada.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Lane said bridges need care.', HOSTILE));
    // The source text must hold every remark's wording, so the hostile text goes there too (unescaped, as MDX reads it).
    const source = join(content, 'source', 'event-summary.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('Lane said bridges need care.', HOSTILE.replaceAll('\\', '')));
    const built = await buildSite('hostile', { EVENT_CONTENT_DIR: content });
    if (built.status !== 0) throw new Error(built.output);
    session = await startSession('/', built.dist);
  }, 120_000);
  afterAll(() => session?.close());

  const SHOWN = 'Lane wrote <script>window.pwned = 1</script> and <img src=x onerror="window.pwned = 2"> and {braces} here.';

  it('is printed as text on the page, and nothing runs', async () => {
    const { page } = await session.newPage();
    await page.goto(`${session.url}speakers/ada/`);
    expect(await page.locator('#ada-opening .remark-text').innerText()).toBe(SHOWN);
    expect(await page.locator('#ada-opening img, #ada-opening .remark-text script').count()).toBe(0);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
  });

  it('is printed as text in search results, and nothing runs', async () => {
    const { page } = await session.newPage();
    await page.goto(`${session.url}search/?q=braces`);
    const result = page.locator('#search-results li').first();
    await result.waitFor();
    expect(await result.innerText()).toContain('<img src=x onerror="window.pwned = 2"> and {braces}');
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
  });
});
