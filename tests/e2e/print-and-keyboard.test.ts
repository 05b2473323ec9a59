/**
 * Print and keyboard-only use, which only a browser can show: a printed speaker or topic page
 * is the content alone (no header, navigation or footer) with link addresses, a remark's own link
 * printing the absolute address of the page and anchor where the remark lives; and a reader with no mouse can go from the skip link
 * through the navigation to a speaker, a remark permalink, a search and a result, focus always visible.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('print', () => {
  it.each(['speakers/holt/', 'topics/lessons-from-cambodia/'])(
    'prints /%s as content alone, black on white, with link addresses',
    async (path) => {
      const { page } = await session.newPage({ colorScheme: 'dark' });
      await page.goto(session.url + path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header', 'nav', 'form', 'button', 'footer']) {
        const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
        expect(shown, selector).toBe(0);
      }
      const speaker = page.locator('[data-remark] .font-semibold').first();
      expect(await speaker.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
      expect(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
      const topicLink = page.locator('main [data-remark] a[href*="/topics/"]').first();
      expect(await topicLink.evaluate((el) => getComputedStyle(el, '::after').content)).toMatch(/^" <\/topics\/.+\/>"$/);
      // A remark at home prints this page's address and its anchor, not "#id" alone.
      const permalink = page.locator('main .permalink[href^="#"]').first();
      const anchor = (await permalink.getAttribute('href'))!;
      expect(await permalink.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" <https://example.org/${path}${anchor}>"`);
      // Paper has no address bar and no header: a line names the event and this page's address.
      const masthead = page.locator('.print-only');
      expect(await masthead.evaluate((el) => getComputedStyle(el).display)).toBe('block');
      expect(await masthead.innerText()).toContain(`https://example.org/${path}`);
      expect(await masthead.innerText()).toContain('The Stimson Center’s Japan Program, April 20 [2015]');
    },
  );

  it('prints no address inside the summary’s own text (a correction mark stays a bracketed word)', async () => {
    const { page } = await session.newPage();
    await page.goto(session.url + 'speakers/holt/');
    const correction = page.locator('main .remark-text a[href*="edition-notes"]').first();
    expect(await correction.count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await correction.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    // On screen the masthead is not shown.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  });

  it('prints a quoted remark’s “Read in context” link as the address of the page and anchor it leads to', async () => {
    const { page } = await session.newPage();
    await page.goto(session.url + 'speakers/holt/');
    await page.emulateMedia({ media: 'print' });
    // Holt's answers in the Q&A live on topic pages: her page quotes them and links there.
    const away = page.locator('main .permalink:not([href^="#"])');
    expect(await away.count()).toBeGreaterThan(0);
    for (const link of await away.all()) {
      expect(await link.innerText()).toMatch(/^Read in context/);
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^\/topics\/[a-z0-9-]+\/#holt-[a-z0-9-]+$/);
      expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" <https://example.org${href}>"`);
    }
  });
});

/** Presses Tab until the focused element matches, checking each stop has a visible focus indicator. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; text: string; href: string | null; role: string | null }) => boolean,
  limit = 120,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a) return null;
      const style = getComputedStyle(a);
      return {
        tag: a.tagName,
        text: (a.innerText || a.getAttribute('aria-label') || '').trim(),
        href: a.getAttribute('href'),
        role: a.getAttribute('role') ?? a.getAttribute('type'),
        outline: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    if (!el || el.tag === 'BODY') continue;
    expect(el.outline === 'none' || el.width === '0px', `no visible focus on ${el.tag} "${el.text}"`).toBe(false);
    if (matches(el)) return;
  }
  throw new Error('focus never reached the target');
}

describe('keyboard only', () => {
  it('goes skip link → navigation → a speaker → a remark permalink → search → a result', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(session.url);
    await tabTo(page, (el) => el.text === 'Skip to content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab'); // back up into the header
    await tabTo(page, (el) => el.text === 'Speakers' && el.href !== null);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/speakers\/$/);
    await tabTo(page, (el) => el.text === 'Dr. Yuji Uesugi');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/speakers\/uesugi\/$/);
    await tabTo(page, (el) => el.text.startsWith('Permalink') && (el.href ?? '').startsWith('#'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/speakers\/uesugi\/#uesugi-/);
    expect(await page.evaluate(() => document.querySelector(':target')?.hasAttribute('data-remark'))).toBe(true);
    // The header's search entry opens the search dialog; Enter on a typed query opens the full results.
    await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith('Search'));
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] [role="combobox"]').waitFor();
    await page.keyboard.type('Cambodia');
    await expect.poll(() => page.locator('dialog[open] [role="status"]').innerText()).toMatch(/remarks/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Cambodia$/);
    await page.locator('#search-results li').first().waitFor();
    await tabTo(page, (el) => el.tag === 'A' && /^[^#]+#/.test(el.href ?? ''));
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href')?.replace(/\?hl=[^#]*/, ''));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.endsWith(target ?? '\u0000'));
    expect(await page.evaluate(() => document.querySelector(':target')?.hasAttribute('data-remark'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
