/**
 * The search page in a browser: results (remarks, then pages), filters with counts, URL state with
 * back/forward and scroll, phrases, event order for filter-only searches, and the no-JS fallback.
 * Expectations come from the built `/event.json`, not from copies of the program's output.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventJson } from '../../src/lib/event-json';
import { startSession, type Session } from './browser';

const data = JSON.parse(readFileSync(`${process.env.SITE_OUT_DIR ?? 'dist'}/event.json`, 'utf8')) as EventJson;
let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** Opens a search URL and waits for its results to be rendered. */
async function open(page: Page, query: string) {
  await page.goto(`${session.url}search/?${query}`);
  await settled(page);
}
const settled = (page: Page) => expect.poll(() => page.locator('#search-status').innerText()).toMatch(/found\.?|No /);
const remarkIds = (page: Page) =>
  page.locator('#search-results li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
const count = (page: Page, key: string, value: string) =>
  page
    .locator(`[data-option="${key}:${value}"] [data-count]`)
    .innerText()
    .then((t) => Number(/\((\d+)\)/.exec(t)?.[1] ?? NaN));

describe('search page', () => {
  it('finds the Uesugi remark for "Hiroshima" through the raw Pagefind index, at an anchor that exists', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}search/`);
    // A string, so the test runner does not rewrite the dynamic import() meant for the browser.
    const hits = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${session.url}pagefind/pagefind.js`)});
      await pagefind.init();
      const search = await pagefind.search('Hiroshima', { filters: { kind: 'remark' } });
      return Promise.all(search.results.map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(hits).toHaveLength(1);
    const [path, anchor] = hits[0]!.split('#');
    await page.goto(new URL(path!, session.url).href);
    expect(await page.locator(`[id="${anchor}"]`).getAttribute('data-author')).toBe('uesugi');
    expect(await page.locator(`[id="${anchor}"]`).innerText()).toContain('Hiroshima');
    expect(errors).toEqual([]);
  });

  it('lists remarks with speaker, topic, part and a marked excerpt, then pages, never the same remark twice', async () => {
    const { page, errors } = await session.newPage();
    await open(page, 'q=Cambodia');
    const ids = await remarkIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = data.remarks.filter((r) => /Cambodia/.test(r.text) || r.topics.some((t) => /Cambodia/.test(t.title))).map((r) => r.id);
    expect([...ids].sort()).toEqual(expected.sort());
    const first = page.locator('#search-results li').first();
    const remark = data.remarks.find((r) => r.id === ids[0])!;
    expect(await first.locator('a > span').first().innerText()).toBe(
      `${remark.authors.map((a) => a.label).join(' and ')} · ${remark.topics.map((t) => t.title).join(' · ')} · ${remark.partLabel}`,
    );
    expect(await first.locator('mark').first().innerText()).toBe('Cambodia');
    // Pages come after the remarks, and hold no remark anchors.
    const order = await page.evaluate(() => {
      const r = document.getElementById('search-remarks')!;
      const p = document.getElementById('search-pages')!;
      return !r.hidden && !p.hidden && Boolean(r.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    const pages = await page
      .locator('#search-page-results a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(pages).toContain(new URL(data.topics.find((t) => t.id === 'lessons-from-cambodia')!.url, session.url).pathname);
    expect(await page.locator('#search-page-results a[href*="#"]').count()).toBe(0);
    // A page result's excerpt is the page's own text, not a remark's.
    const pageExcerpts = await page.locator('#search-page-results li a').allInnerTexts();
    for (const r of data.remarks) for (const e of pageExcerpts) expect(e.includes(r.text.slice(0, 60))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('shows filter counts that follow the query and match what ticking the value gives', async () => {
    const { page, errors } = await session.newPage();
    for (const query of ['Cambodia', 'mandate']) {
      await open(page, `q=${query}`);
      const counts = Object.fromEntries(await Promise.all(data.speakers.map(async (s) => [s.id, await count(page, 'speaker', s.id)])));
      for (const s of data.speakers) {
        await open(page, `q=${query}&speaker=${s.id}`);
        expect((await remarkIds(page)).length, `${query} by ${s.id}`).toBe(counts[s.id]);
        // With Holt ticked, the other speakers' counts still say what adding them would give (any-of).
        for (const other of data.speakers) if (other.id !== s.id) expect(await count(page, 'speaker', other.id)).toBe(counts[other.id]);
      }
    }
    await open(page, 'q=Cambodia');
    const cambodia = await count(page, 'topic', 'lessons-from-cambodia');
    await open(page, 'q=mandate');
    expect(await count(page, 'topic', 'lessons-from-cambodia')).not.toBe(cambodia);
    expect(errors).toEqual([]);
  });

  it('combines several values of one filter as any-of, and different filters as all-of', async () => {
    const { page } = await session.newPage();
    const n = async (query: string) => {
      await open(page, query);
      return (await remarkIds(page)).length;
    };
    const holt = await n('q=mandate&speaker=holt');
    const hoshino = await n('q=mandate&speaker=hoshino');
    expect(holt).toBeGreaterThan(0);
    expect(hoshino).toBeGreaterThan(0);
    expect(await n('q=mandate&speaker=holt&speaker=hoshino')).toBe(holt + hoshino);
    const holtAll = await n('speaker=holt');
    const holtQa = await n('speaker=holt&part=qa');
    expect(holtQa).toBe(data.remarks.filter((r) => r.authors.some((a) => a.id === 'holt') && r.part === 'qa').length);
    expect(holtQa).toBeLessThan(holtAll);
    expect(await page.locator('#search-status').innerText()).toContain('with filters: Victoria Holt, Q&A');
  });

  it('lists every remark of a filter in event order when the query is empty', async () => {
    const { page, errors } = await session.newPage();
    await open(page, 'speaker=holt');
    expect(await remarkIds(page)).toEqual(data.remarks.filter((r) => r.authors.some((a) => a.id === 'holt')).map((r) => r.id));
    expect(await page.locator('#search-status').innerText()).toContain('in event order');
    // Participants are grouped apart from the panelists, all audience members under one value.
    const groups = await page.locator('fieldset[data-filter="speaker"] p').allInnerTexts();
    expect(groups.map((g) => g.toLowerCase())).toEqual(['panelists', 'participants']);
    await open(page, 'speaker=audience-member');
    expect(await remarkIds(page)).toEqual(data.remarks.filter((r) => r.authors.some((a) => a.role === 'audience-member')).map((r) => r.id));
    expect(await page.locator('#search-pages').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('searches a quoted phrase exactly, alone or mixed with words', async () => {
    const { page } = await session.newPage();
    const withPhrase = data.remarks.filter((r) => r.text.toLowerCase().includes('rapid response')).map((r) => r.id);
    await open(page, `q=${encodeURIComponent('"rapid response"')}`);
    expect(await remarkIds(page)).toEqual(withPhrase);
    await open(page, `q=${encodeURIComponent('"response rapid"')}`);
    expect(await remarkIds(page)).toEqual([]);
    await open(page, `q=${encodeURIComponent('Japan "rapid response"')}`);
    expect(await remarkIds(page)).toEqual(withPhrase);
  });

  it('keeps query and filters in the URL and restores them, and the scroll position, on back/forward', async () => {
    const { page, errors } = await session.newPage({ width: 360 });
    await open(page, 'q=Cambodia');
    const all = (await remarkIds(page)).length;
    await page.locator('#search-filter-panel summary').click();
    await page.locator('[data-option="speaker:holt"] input').check();
    await expect.poll(() => page.url()).toBe(`${session.url}search/?q=Cambodia&speaker=holt`);
    await expect
      .poll(() => remarkIds(page))
      .toEqual(
        data.remarks
          .filter((r) => r.authors.some((a) => a.id === 'holt') && /Cambodia/.test(r.text + r.topics.map((t) => t.title)))
          .map((r) => r.id),
      );
    await page.goBack();
    await expect.poll(() => remarkIds(page).then((ids) => ids.length)).toBe(all);
    expect(await page.locator('[data-option="speaker:holt"] input').isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => page.locator('[data-option="speaker:holt"] input').isChecked()).toBe(true);

    // Scroll down a long list, open a result, come back: the list is where the reader left it.
    await open(page, 'part=qa');
    const last = page.locator('#search-results li a').last();
    await last.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(1000);
    await last.click();
    await page.waitForURL(/#/);
    await page.goBack();
    await settled(page);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y - 50);
    expect(await page.evaluate(() => scrollY)).toBeLessThan(y + 50);
    expect(errors).toEqual([]);
  });

  it('keeps what is typed, spaces included, however slowly', async () => {
    const { page } = await session.newPage();
    await page.goto(`${session.url}search/`);
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^Type a word/);
    await page.locator('#search-input').pressSequentially('Holt ', { delay: 50 });
    await page.waitForTimeout(400); // longer than the search's typing pause
    await page.locator('#search-input').pressSequentially('mandate', { delay: 50 });
    await expect.poll(() => page.url()).toBe(`${session.url}search/?q=Holt+mandate`);
    expect(await page.locator('#search-input').inputValue()).toBe('Holt mandate');
    // Clearing the box is one Back away from the search it cleared.
    await page.locator('#search-input').fill('');
    await expect.poll(() => page.url()).toBe(`${session.url}search/`);
    await page.goBack();
    await expect.poll(() => page.locator('#search-input').inputValue()).toBe('Holt mandate');
  });

  it('counts and lists only remarks whose own text holds a quoted phrase', async () => {
    const { page } = await session.newPage();
    for (const query of ['"Security Council"', '"human development" Japan']) {
      await open(page, `q=${encodeURIComponent(query)}`);
      const phrase = /"([^"]+)"/.exec(query)![1]!.toLowerCase();
      const expected = data.remarks.filter(
        (r) => r.text.toLowerCase().includes(phrase) && (query === `"${phrase}"` || /japan/i.test(r.text)),
      );
      expect(await remarkIds(page)).toEqual(expect.arrayContaining(expected.map((r) => r.id)));
      expect((await remarkIds(page)).length).toBe(expected.length);
      for (const s of data.speakers)
        expect(await count(page, 'speaker', s.id), `${query}: ${s.id}`).toBe(
          expected.filter((r) => r.authors.some((a) => a.id === s.id)).length,
        );
    }
  });

  it('maps filter values written by hand to the real ones, and says which it ignored', async () => {
    const { page } = await session.newPage();
    await open(page, 'speaker=Victoria+Holt');
    expect(page.url()).toBe(`${session.url}search/?speaker=holt`);
    expect(await page.locator('[data-option="speaker:holt"] input').isChecked()).toBe(true);
    await open(page, 'q=Japan&speaker=nobody');
    expect(await page.locator('#search-status').innerText()).toContain('Ignored unknown filter speaker=nobody.');
    expect(page.url()).toBe(`${session.url}search/?q=Japan`);
    expect((await remarkIds(page)).length).toBeGreaterThan(0);
    await page.goto(`${session.url}search/?q=%22`);
    await expect.poll(() => page.locator('#search-status').innerText()).toContain('Nothing to search for');
  });

  it('moves focus to the first new result when more are shown', async () => {
    const { page } = await session.newPage();
    await open(page, 'q=the');
    const total = (await page.locator('#search-status').innerText()).match(/^(\d+) remarks/)![1];
    expect(Number(total)).toBeGreaterThan(20);
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(Math.min(40, Number(total)));
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#search-results li a')[20])).toBe(true);
  });

  it('ends up showing what the URL says after rapid back and forward', async () => {
    const { page } = await session.newPage();
    await open(page, 'q=Japan');
    await page.locator('[data-option="speaker:hoshino"] input').check();
    await settled(page);
    await page.locator('[data-option="part:qa"] input').check();
    await settled(page);
    // Back twice and forward twice within the page, faster than a search completes (Playwright's own
    // goBack/goForward wait for each navigation, and race with Chromium's page swaps across documents).
    await page.evaluate(async () => {
      for (const step of [-1, -1, 1, 1]) {
        history.go(step);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    });
    await expect.poll(() => page.url()).toBe(`${session.url}search/?q=Japan&speaker=hoshino&part=qa`);
    await expect.poll(() => page.locator('[data-option="part:qa"] input').isChecked()).toBe(true);
    expect(await page.locator('[data-option="speaker:hoshino"] input').isChecked()).toBe(true);
    // The same results as a fresh visit to that URL.
    const { page: fresh } = await session.newPage();
    await fresh.goto(page.url());
    await settled(fresh);
    const expected = await remarkIds(fresh);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => remarkIds(page)).toEqual(expected);
  });

  it('says what to do without JavaScript, and the header search is a plain link', async () => {
    const { page } = await session.newPage({ javaScriptEnabled: false });
    await page.goto(`${session.url}search/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    // The form and filters, which cannot work without JavaScript, are not shown.
    expect(await page.locator('#search-app').isVisible()).toBe(false);
    for (const name of ['speaker', 'topic', 'A–Z index'])
      expect(await page.locator('main a', { hasText: name }).count()).toBeGreaterThan(0);
    await page.goto(`${session.url}topics/`);
    const entry = page.locator('header a[data-search-open]');
    expect(await entry.getAttribute('href')).toBe('/search/');
    await entry.click();
    await page.waitForURL(`${session.url}search/`);
  });

  it('says that a build is needed, instead of hanging, when the index is missing', async () => {
    const { page } = await session.newPage();
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${session.url}search/?q=Hiroshima`);
    await expect.poll(() => page.locator('#search-status').innerText()).toContain('the search index has not been built');
  });
});
