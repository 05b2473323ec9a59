/**
 * The site works wherever it is deployed: at the root, under a sub-path, and with the other
 * trailing-slash setting (page.html files and clean URLs), each served by a plain static server
 * with directory index files and the site's 404 page. In each: every link and fragment resolves,
 * Pagefind loads and a result lands on its remark, and a missing URL shows the styled 404 page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../build/site';
import { buildSite } from '../tools/build-site';
import { crawl } from '../tools/crawl';
import { startSession, type Session } from './browser';

const variants = [
  { name: 'root, trailing slash', base: '/', env: {} as Record<string, string>, dir: 'dist' },
  { name: 'sub-path', base: '/some/sub/path/', env: { SITE_BASE: '/some/sub/path/' }, dir: '' },
  { name: 'no trailing slash, page files', base: '/', env: { SITE_TRAILING_SLASH: 'never' }, dir: '' },
];

beforeAll(async () => {
  // Build the extra variants one after the other: two builds at once starve a 2-core machine.
  for (const v of variants) {
    if (v.dir) continue;
    const built = await buildSite(`deploy-${v.name.replace(/\W+/g, '-')}`, v.env);
    if (built.status !== 0) throw new Error(`build of ${v.name} failed:\n${built.output}`);
    v.dir = built.dist;
  }
}, 300_000);

describe.each(variants)('deployed at $name', (variant) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(variant.base, variant.dir);
  });
  afterAll(() => session?.close());

  it('has no broken link or fragment, and every page is reachable', async () => {
    const { broken, reached } = await crawl(variant.dir, variant.base);
    expect(broken).toEqual([]);
    const never = variant.env.SITE_TRAILING_SLASH === 'never';
    const pages = htmlFiles(variant.dir)
      .filter((f) => f !== '404.html')
      .map((f) => variant.base + (never ? f.replace(/(^|\/)?index\.html$/, '').replace(/\.html$/, '') : f.replace(/index\.html$/, '')));
    expect(pages.filter((p) => !reached.has(p))).toEqual([]);
  });

  it('gives canonical, Open Graph, sitemap and robots.txt URLs with the site and the base', async () => {
    const never = variant.env.SITE_TRAILING_SLASH === 'never';
    const speakerPage = never ? 'speakers/hoshino.html' : 'speakers/hoshino/index.html';
    const html = readFileSync(join(variant.dir, speakerPage), 'utf8');
    const expected = `https://example.org${variant.base}speakers/hoshino${never ? '' : '/'}`;
    expect(html).toContain(`<link rel="canonical" href="${expected}">`);
    expect(html).toContain(`<meta property="og:url" content="${expected}">`);
    const sitemap = readFileSync(join(variant.dir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(expected);
    // With trailingSlash 'never' the sitemap gives the home page without its slash (the same URL).
    expect(locs.filter((l) => !`${l}/`.startsWith(`https://example.org${variant.base}`))).toEqual([]);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    expect(readFileSync(join(variant.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: https://example.org${variant.base}sitemap-index.xml`);
  });

  it('searches with Pagefind and lands on the remark', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}search/?q=Hiroshima`.replace('/search/?', variant.env.SITE_TRAILING_SLASH === 'never' ? '/search?' : '/search/?'));
    const result = page.locator('#search-results a').first();
    await result.waitFor();
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${variant.base}speakers/uesugi/?\\?hl=hiroshima#uesugi-`));
    await result.click();
    await page.waitForURL(/#uesugi-/);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
    // The landing drops the highlight words from the address, keeping the base and trailing-slash form.
    await expect.poll(() => new URL(page.url()).pathname).toMatch(new RegExp(`^${variant.base}speakers/uesugi${variant.env.SITE_TRAILING_SLASH === 'never' ? '' : '/'}$`));
    expect(new URL(page.url()).search).toBe('');
    // The header dialog loads its code and index from under the base too.
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').fill('Hiroshima');
    await expect.poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    const filtered = `${variant.base}search${variant.env.SITE_TRAILING_SLASH === 'never' ? '' : '/'}?speaker=uesugi&part=qa`;
    await page.goto(new URL(filtered, session.url).href);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.locator('[data-option="speaker:holt"] input').check();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(filtered.replace('speaker=uesugi', 'speaker=uesugi&speaker=holt'));
    expect(errors).toEqual([]);
  });

  it('shows the site’s own 404 page, styled and with working navigation, for a missing URL', async () => {
    const { page } = await session.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const response = await page.goto(`${session.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(failed).toEqual([`404 ${session.url}no/such/page/`]);
    // Styles applied: the header is laid out by the stylesheet (flex), not the browser default.
    expect(await page.locator('header > div').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
    await page.waitForURL(new RegExp(`${variant.base}speakers/?$`));
    expect(await page.locator('h1').innerText()).toBe('Speakers');
  });
});
