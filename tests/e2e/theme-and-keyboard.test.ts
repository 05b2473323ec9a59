/**
 * Theme and keyboard behaviour that only a browser can show: dark mode applied before the first
 * paint (no flash), a theme choice that persists across pages, and a skip link with visible focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** In the page: the body background's relative lightness, 0 (black) to 1 (white), whatever the colour syntax. */
const BODY_LIGHTNESS = `(() => {
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
})()`;

describe('theme', () => {
  it('follows a dark system preference before the first paint', async () => {
    const { page } = await session.newPage({ colorScheme: 'dark' });
    // Record the theme and body colour at the first animation frame, i.e. the first paint.
    await page.addInitScript(`requestAnimationFrame(() => {
      window.firstPaint = { theme: document.documentElement.dataset.theme, lightness: ${BODY_LIGHTNESS} };
    })`);
    await page.goto(`${session.url}speakers/holt/`);
    await page.waitForFunction(() => 'firstPaint' in window);
    const firstPaint = (await page.evaluate('window.firstPaint')) as { theme: string; lightness: number };
    expect(firstPaint.theme).toBe('dark');
    expect(firstPaint.lightness).toBeLessThan(0.2);
  });

  it('remembers the reader’s choice across pages, over the system preference', async () => {
    const { page, errors } = await session.newPage({ colorScheme: 'light' });
    await page.goto(session.url);
    expect(await page.evaluate(BODY_LIGHTNESS)).toBeGreaterThan(0.9);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' }).click();
    await page.waitForURL(/\/topics\/$/);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(BODY_LIGHTNESS)).toBeLessThan(0.2);
    expect(errors).toEqual([]);
  });

  it('sets the theme without the shared module, and shows the theme button only once the module has made it work', async () => {
    const { page } = await session.newPage({ colorScheme: 'dark' });
    // The shared module never arrives, as on a connection that drops after the page.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${session.url}topics/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.count()).toBe(1);
    expect(await toggle.isVisible()).toBe(false);
    // With the module, the button shows and says which theme is on.
    await page.unroute('**/_astro/*.js');
    await page.reload();
    await toggle.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('keyboard', () => {
  it('offers a skip link first, with a visible focus ring, that moves focus to the main content', async () => {
    const { page } = await session.newPage();
    await page.goto(`${session.url}topics/lessons-from-cambodia/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('Skip to content');
    expect(await focused.isVisible()).toBe(true);
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands inside the main content, on a visibly focused link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    expect(await page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  });
});
