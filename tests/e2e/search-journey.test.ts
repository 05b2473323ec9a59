/**
 * The journey a reader takes: from the home page, search from the header, open a result and
 * land on the remark. Also checks Pagefind's own answer for "Hiroshima" against the built pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('search in the browser', () => {
  it('finds a Uesugi remark for "Hiroshima" through Pagefind, at an anchor that exists', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}search/`);
    // A string, so the test runner does not rewrite the dynamic import() meant for the browser.
    const hits = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${session.url}pagefind/pagefind.js`)});
      await pagefind.init();
      const search = await pagefind.search('Hiroshima');
      return Promise.all(search.results.map(async (r) => {
        const d = await r.data();
        return { url: d.url, speaker: d.meta.speaker };
      }));
    })()`)) as Array<{ url: string; speaker: string }>;
    expect(hits.length).toBeGreaterThan(0);
    const hit = hits.find((h) => h.speaker === 'Dr. Yuji Uesugi');
    expect(hit, JSON.stringify(hits)).toBeDefined();
    const [path, anchor] = hit!.url.split('#');
    expect(anchor).toMatch(/^uesugi-/);
    await page.goto(new URL(path!, session.url).href);
    const remark = page.locator(`[id="${anchor}"]`);
    expect(await remark.getAttribute('data-author')).toBe('uesugi');
    expect(await remark.innerText()).toContain('Hiroshima');
    expect(errors).toEqual([]);
  });

  it('takes a reader from the home page through a search to the remark, and back again', async () => {
    const { page, errors } = await session.newPage({ width: 360 });
    await page.goto(session.url);
    await page.getByRole('searchbox', { name: 'Search remarks' }).fill('Hiroshima');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Hiroshima$/);
    const result = page.locator('#search-results a').first();
    await result.waitFor();
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^1 remark found for “Hiroshima”/);
    expect(await page.locator('#search-results li').first().innerText()).toContain('Dr. Yuji Uesugi');
    await result.click();
    await page.waitForURL(/\/speakers\/uesugi\/#uesugi-/);
    const anchor = new URL(page.url()).hash.slice(1);
    const remark = page.locator(`[id="${anchor}"]`);
    expect(await remark.evaluate((el) => el.matches(':target'))).toBe(true);
    // The remark's top is visible, below the sticky header.
    const headerBottom = await page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom);
    const box = await remark.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(headerBottom - 1);
    expect(box.top).toBeLessThan(900);
    // Back returns to the search with its query.
    await page.goBack();
    await page.waitForURL(/\/search\/\?q=Hiroshima$/);
    await expect.poll(() => page.locator('#search-input').inputValue()).toBe('Hiroshima');
    expect(errors).toEqual([]);
  });

  it('filters by speaker, keeps the filter in the URL, and restores it on back/forward', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}search/?q=Cambodia`);
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/remarks? found/);
    const all = await page.locator('#search-results li').count();
    await page.getByLabel('Victoria Holt').check();
    await expect.poll(() => page.url()).toContain('speaker=Victoria+Holt');
    await expect.poll(async () => (await page.locator('#search-results li').allInnerTexts()).every((t) => t.startsWith('Victoria Holt'))).toBe(true);
    const filtered = await page.locator('#search-results li').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    await page.goBack();
    await expect.poll(() => page.locator('#search-results li').count()).toBe(all);
    expect(await page.getByLabel('Victoria Holt').isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => page.locator('#search-results li').count()).toBe(filtered);
    expect(errors).toEqual([]);
  });

  it('combines several values of one filter as any-of, and different filters as all-of', async () => {
    const { page } = await session.newPage();
    const count = async (query: string) => {
      await page.goto(`${session.url}search/?${query}`);
      await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/found/);
      return page.locator('#search-results li').count();
    };
    const holt = await count('q=mandate&speaker=Victoria+Holt');
    const hoshino = await count('q=mandate&speaker=Dr.+Toshiya+Hoshino');
    expect(holt).toBeGreaterThan(0);
    expect(hoshino).toBeGreaterThan(0);
    expect(await count('q=mandate&speaker=Victoria+Holt&speaker=Dr.+Toshiya+Hoshino')).toBe(holt + hoshino);
    // An empty query with a filter lists that speaker's remarks; adding a part narrows them.
    const allHolt = await count('speaker=Victoria+Holt');
    const holtQa = await count('speaker=Victoria+Holt&part=Q%26A');
    expect(holtQa).toBeGreaterThan(0);
    expect(holtQa).toBeLessThan(allHolt);
    expect(await page.locator('#search-status').innerText()).toContain('with filters: Victoria Holt, Q&A');
  });
});
