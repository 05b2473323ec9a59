/**
 * The reader's paths through search: every result is a link (new tab, copy address); from the search
 * field the first result is one key away, however many filters there are; a long filter list shows
 * its most frequent values with "Show all" and a box to find one; and a search whose index never
 * answers says so, with a Retry that works once the network does, in the dialog and on the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_TIMEOUT_MS } from '../../src/lib/search/timeouts';
import { buildSite } from '../tools/build-site';
import { startSession, type Session } from './browser';

let session: Session;
let conference: Session;
beforeAll(async () => {
  session = await startSession();
  // An invented half-day conference with nine speakers and audience members: a speaker filter too long to show whole.
  const build = await buildSite('search-paths-conference', { EVENT_CONTENT_DIR: 'tests/fixtures/events/half-day-conference' });
  if (build.status !== 0) throw new Error(build.output);
  conference = await startSession('/', build.dist);
}, 180_000);
afterAll(async () => {
  await session?.close();
  await conference?.close();
});

/** Presses `key` until the first remark result has focus; the number of presses (at most `limit`). */
async function keysToFirstResult(page: Page, key: string, limit = 40): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press(key);
    const there = await page.evaluate(() => document.activeElement === document.querySelector('#search-results li a'));
    if (there) return n;
  }
  return Infinity;
}

describe('search results are links', () => {
  it('in the dialog, each option is a link a reader can open in a new tab, and the dialog stays open', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}speakers/holt/`);
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').fill('Cambodia');
    const first = page.locator('[role="listbox"] a[role="option"][href]').first();
    await first.waitFor();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/#[a-z0-9-]+$/);
    const opened = page.context().waitForEvent('page');
    await first.click({ modifiers: ['Control'] });
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).hash).toBe(new URL(href!, session.url).hash);
    expect(await page.locator('dialog[open]').count()).toBe(1);
    expect(page.url()).toBe(`${session.url}speakers/holt/`);
    expect(errors).toEqual([]);
  });

  it('in the dialog, Ctrl+Enter opens the chosen result in a new tab and keeps the dialog', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}a-z/`);
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').fill('Hiroshima');
    await page.locator('[role="listbox"] a[role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const opened = page.context().waitForEvent('page');
    await page.keyboard.press('Control+Enter');
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toMatch(/\/speakers\/uesugi\/$/);
    expect(await page.locator('dialog[open]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps the keys typed after / while the search code loads', async () => {
    const { page, errors } = await session.newPage();
    // The search code arrives late, as on a slow connection.
    await page.route('**/_astro/search-ui*', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.goto(`${session.url}speakers/holt/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Cambodia');
    const box = page.locator('dialog[open] [role="combobox"]');
    await box.waitFor();
    expect(await box.inputValue()).toBe('Cambodia');
    await expect.poll(() => page.locator('[role="listbox"]').getAttribute('data-query')).toBe('Cambodia');
    expect(errors).toEqual([]);
  });

  it('on the search page, each result is a link', async () => {
    const { page } = await session.newPage();
    await page.goto(`${session.url}search/?q=Cambodia`);
    await page.locator('#search-results li').first().waitFor();
    const items = await page.locator('#search-results li').count();
    expect(await page.locator('#search-results li > a[href]').count()).toBe(items);
  });
});

describe('keyboard paths', () => {
  it('reaches the first result from the search field with one Tab or one ↓, before any filter', async () => {
    const { page, errors } = await session.newPage();
    const counts: Record<string, number> = {};
    for (const key of ['Tab', 'ArrowDown']) {
      await page.goto(`${session.url}search/?q=Cambodia`);
      await page.locator('#search-results li').first().waitFor();
      await page.locator('#search-input').focus();
      counts[key] = await keysToFirstResult(page, key);
    }
    console.log(`keys from the search field to the first result: Tab ${counts.Tab}, ↓ ${counts.ArrowDown}`);
    expect(counts).toEqual({ Tab: 1, ArrowDown: 1 });
    expect(errors).toEqual([]);
  });

  it('moves between results with ↑ and ↓, and from the first result back to the field', async () => {
    const { page } = await session.newPage();
    await page.goto(`${session.url}search/?q=Cambodia`);
    await page.locator('#search-results li').nth(1).waitFor();
    await page.locator('#search-input').focus();
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLAnchorElement).id || (document.activeElement as HTMLAnchorElement).href);
    const links = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-input');
  });

  it('folds a long speaker list to its most frequent values, with Show all and a box to find one, and keeps the path to the results short', async () => {
    const { page, errors } = await conference.newPage();
    await page.goto(`${conference.url}search/?q=the`);
    await page.locator('#search-results li').first().waitFor();
    const speakers = page.locator('fieldset[data-filter="speaker"]');
    const rows = speakers.locator('[data-option]');
    const total = await rows.count();
    expect(total).toBeGreaterThan(8);
    expect(await speakers.locator('[data-option]:visible').count()).toBe(6);
    await speakers.getByRole('button', { name: `Show all ${total}` }).click();
    expect(await speakers.locator('[data-option]:visible').count()).toBe(total);
    await speakers.getByRole('button', { name: 'Show the most frequent' }).click();
    // The box finds a value that is folded away.
    const folded = await speakers
      .locator('[data-option]:not(:visible) label')
      .first()
      .evaluate((label) => label.firstChild!.textContent!.trim());
    const surname = folded.split(' ').at(-1)!;
    await speakers.getByRole('searchbox').fill(surname);
    const shown = await speakers.locator('[data-option]:visible label').allInnerTexts();
    expect(shown.some((l) => l.includes(folded))).toBe(true);
    expect(shown.every((l) => l.toLowerCase().includes(surname.toLowerCase()))).toBe(true);
    await page.locator('#search-input').focus();
    expect(await keysToFirstResult(page, 'Tab')).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('a search that never answers', () => {
  it('says "Search did not answer" with a Retry on the page and in the dialog, and Retry works once the index answers', async () => {
    const { page, errors } = await session.newPage();
    // The page's clock, so the test jumps over the 8 s wait instead of sitting it out (time still flows between jumps).
    await page.clock.install();
    // Every request for the index hangs, as on a stalled connection; `stalled` resolves once one has been asked for.
    let asked = () => {};
    let stalled = new Promise<void>((resolve) => (asked = resolve));
    const stall = () => asked();
    const noAnswer = 'Search did not answer. Check the connection and retry.';
    await page.route('**/pagefind/**', stall);
    await page.goto(`${session.url}search/?q=Hiroshima`);
    await stalled;
    // Half the wait: a slow answer is not a hang (real time also passes meanwhile, so not to the millisecond).
    await page.clock.fastForward(SEARCH_TIMEOUT_MS / 2);
    expect(await page.locator('#search-status').innerText()).toBe('Loading the search index…');
    await page.clock.fastForward(SEARCH_TIMEOUT_MS / 2);
    await expect.poll(() => page.locator('#search-status').innerText()).toBe(noAnswer);
    await page.unroute('**/pagefind/**', stall);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^1 remark and \d+ pages? found for “Hiroshima”/);

    stalled = new Promise<void>((resolve) => (asked = resolve));
    const other = await page.context().newPage();
    await other.route('**/pagefind/**', stall);
    await other.goto(`${session.url}a-z/`);
    await other.keyboard.press('/');
    await other.locator('dialog[open] [role="combobox"]').fill('Hiroshima');
    const status = other.locator('dialog[open] [role="status"]');
    await stalled;
    await other.clock.fastForward(SEARCH_TIMEOUT_MS);
    await expect.poll(() => status.innerText()).toBe(noAnswer);
    await other.unroute('**/pagefind/**', stall);
    await other.locator('dialog[open]').getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => status.innerText()).toMatch(/^1 remark/);
    expect(await other.locator('[role="option"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe('a query no remark says', () => {
  it('calls Pagefind’s near spellings near matches, and says nothing of the kind for a word the remarks hold', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}search/?q=qwertyuiop+asdf`);
    await expect
      .poll(() => page.locator('#search-status').innerText())
      .toMatch(/^No remark holds every word of “qwertyuiop asdf”\. Near matches: \d+ remarks?/);
    await page.goto(`${session.url}search/?q=Hiroshima`);
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^1 remark/);
    await page.keyboard.press('Escape');
    await page.goto(`${session.url}a-z/`);
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').fill('qwertyuiop asdf');
    await expect
      .poll(() => page.locator('dialog[open] [role="status"]').innerText())
      .toMatch(/^No remark holds every word of “qwertyuiop asdf”\. Near matches: \d+ remarks?/);
    expect(errors).toEqual([]);
  });
});
