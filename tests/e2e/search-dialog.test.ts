/**
 * The header search dialog and the landing highlight in a browser: search code loads only once a
 * search starts (before that, a page loads one small shared module); `/` and Ctrl+K open the dialog; arrows, Enter and Escape work as the combobox
 * pattern says, with focus returned; the result count is announced; a result lands on the remark,
 * marked and with the words highlighted, without changing the page's text.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

const combobox = (page: Page) => page.locator('dialog[open] [role="combobox"]');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());

describe('search dialog', () => {
  it('loads no search code until a search starts', async () => {
    const { page, errors } = await session.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${session.url}topics/lessons-from-cambodia/`);
    await page.waitForLoadState('networkidle');
    // One small module that every page shares (theme button, copy buttons, the search link), and nothing of search.
    const scripts = requested.filter((p) => p.endsWith('.js') || p.includes('pagefind'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/[^/]+\.js$/);
    expect(scripts[0]).not.toContain('search-ui');
    await page.keyboard.press('/');
    await combobox(page).waitFor();
    // Opening the dialog loads the search code and starts on the index while the reader types.
    expect(requested.filter((p) => p.includes('search-ui'))).toHaveLength(1);
    await combobox(page).fill('Hiroshima');
    await page.locator('[role="option"]').first().waitFor();
    expect(requested.filter((p) => p.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
    // The dialog has no filters: of Pagefind's filter files it loads only the one telling remarks from pages.
    expect(requested.filter((p) => p.includes('/pagefind/filter/'))).toHaveLength(1);
    expect(readdirSync(`${process.env.SITE_OUT_DIR ?? 'dist'}/pagefind/filter`).length).toBe(4);
    expect(errors).toEqual([]);
  });

  it('opens with / and Ctrl+K, moves with the arrows, announces the count, and closes with Escape back to where focus was', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}speakers/holt/`);
    const topics = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' });
    await topics.focus();
    await page.keyboard.press('/');
    await combobox(page).waitFor();
    expect(await focusedId(page)).toBe('search-dialog-input');
    await page.keyboard.type('mandate');
    const expected = data.remarks.filter((r) => /mandate/i.test(r.text)).length;
    await expect.poll(() => page.locator('dialog[open] [role="status"]').innerText()).toBe(`${expected} remarks.`);
    expect(await combobox(page).getAttribute('aria-expanded')).toBe('true');
    const options = page.locator('[role="listbox"] [role="option"]');
    expect(await options.count()).toBe(expected);
    await page.keyboard.press('ArrowDown');
    const firstId = await options.nth(0).getAttribute('id');
    expect(await combobox(page).getAttribute('aria-activedescendant')).toBe(firstId);
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await combobox(page).getAttribute('aria-activedescendant')).toBe(await options.nth(expected - 2).getAttribute('id'));
    expect(await focusedId(page)).toBe('search-dialog-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await focusedId(page)).toBe('Topics');
    // Ctrl+K opens it again; a click on the header's search link too, instead of leaving the page.
    await page.keyboard.press('Control+k');
    await combobox(page).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.locator('header a[data-search-open]').click();
    await combobox(page).waitFor();
    expect(page.url()).toBe(`${session.url}speakers/holt/`);
    // Keys pressed before a new query's results arrive never open a result of the old query.
    await combobox(page).fill('Holt');
    await expect.poll(() => page.locator('dialog[open] [role="status"]').innerText()).toMatch(/^7 remarks/);
    // Typed and pressed in one task, so no search can answer in between (searches start with no pause).
    await combobox(page).evaluate((input: HTMLInputElement) => {
      input.value = 'Holt mandate';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (const key of ['ArrowDown', 'Enter']) input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    });
    await page.waitForURL(`${session.url}search/?q=Holt+mandate`);
    await page.goBack();
    await page.locator('header a[data-search-open]').click();
    // Enter with no option chosen goes to the full search page with the query.
    await combobox(page).fill('Cambodia');
    await expect.poll(() => page.locator('[role="option"]').first().innerText()).toContain('Cambodia');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.url}search/?q=Cambodia`);
    // On the search page, / focuses its own box, and / typed in a box is just a slash.
    await page.locator('#search-results li').first().waitFor();
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('/');
    expect(await focusedId(page)).toBe('search-input');
    await page.keyboard.type('/');
    expect(await page.locator('#search-input').inputValue()).toBe('Cambodia/');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lands on the remark, marked and with the words highlighted, the text unchanged and the highlight dismissable', async () => {
    const { page, errors } = await session.newPage();
    const target = data.remarks.find((r) => r.text.includes('Hiroshima'))!;
    await page.goto(new URL(target.url, session.url).href);
    const plainHtml = await page.locator(`[id="${target.id}"]`).innerHTML();

    await page.goto(`${session.url}a-z/`);
    await page.keyboard.press('Control+k');
    await combobox(page).fill('hiroshima training');
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === `#${target.id}`);
    // The highlight words leave the address, which stays the remark's permalink.
    await expect.poll(() => page.url()).toBe(new URL(target.url, session.url).href);
    const remark = page.locator(`[id="${target.id}"]`);
    expect(await remark.evaluate((el) => el.matches(':target'))).toBe(true);
    // The cue is a bar (a shape), not only a colour.
    expect(await remark.evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/inset/);
    const box = await remark.boundingBox();
    const headerBottom = await page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom);
    expect(box!.y).toBeGreaterThanOrEqual(headerBottom - 1);
    expect(box!.y).toBeLessThan(400);
    const highlighted = await page.evaluate((id) => {
      const h = CSS.highlights.get('search-terms');
      const el = document.getElementById(id)!;
      return h ? [...h].map((r) => ({ text: (r as Range).toString(), inside: el.contains((r as Range).commonAncestorContainer) })) : [];
    }, target.id);
    const words = highlighted.map((h) => h.text.toLowerCase());
    expect(words).toContain('hiroshima');
    expect(words).toContain('training');
    expect(words.every((w) => w.startsWith('hiroshima') || w.startsWith('training'))).toBe(true);
    expect(highlighted.every((h) => h.inside)).toBe(true);
    // Nothing was added to the remark: copying it copies the same text as without a highlight.
    expect(await remark.innerHTML()).toBe(plainHtml);
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    expect(await page.evaluate(() => CSS.highlights.has('search-terms'))).toBe(false);
    expect(await page.getByRole('region', { name: 'Search highlight' }).count()).toBe(0);
    // Back returns to the page the search started from.
    await page.goBack();
    await page.waitForURL(`${session.url}a-z/`);
    expect(errors).toEqual([]);
  });
});
