/**
 * Security and robustness in a real browser: the Content-Security-Policy is never violated (Pagefind's
 * WebAssembly included), nothing is fetched from another origin, and hostile text in content is
 * printed as text, on pages and in search results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../build/site';
import { editedMinimalEvent } from '../tools/fixture-sites';
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
  beforeAll(async () => {
    // The minimal event with one remark's text made hostile (tests/tools/fixture-sites.ts).
    const built = await editedMinimalEvent();
    if (built.status !== 0) throw new Error(built.output);
    session = await startSession('/', built.dist);
  }, 300_000);
  afterAll(() => session?.close());

  const SHOWN = 'Lane wrote <script>window.pwned = 1</script> and <img src=x onerror="window.pwned = 2"> and {braces} here.';

  it('is printed as text on the page, and nothing runs', async () => {
    const { page } = await session.newPage();
    await page.goto(`${session.url}speakers/ada/`);
    expect(await page.locator('#ada-first .remark-text').innerText()).toBe(SHOWN);
    expect(await page.locator('#ada-first img, #ada-first .remark-text script').count()).toBe(0);
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
