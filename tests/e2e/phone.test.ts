/**
 * A phone, which only a browser can show: at 360 px no page is wider than the screen, and nothing
 * runs off its right edge except inside a labelled scroll region; keyboard hints are for devices
 * with a keyboard (`(hover: hover) and (pointer: fine)`), not touch screens; the bar that names the
 * highlighted words of a search landing never covers them, and the page can scroll clear of it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

const DIST = process.env.SITE_OUT_DIR ?? 'dist';
const PHONE = { width: 360, height: 780 };

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** Every built page's path ("", "speakers/holt/", …), from the HTML files in dist. */
function builtPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(path);
    if (name !== 'index.html') return [];
    const page = relative(DIST, dir);
    return [page ? `${page}/` : ''];
  });
}

/** A fresh context: a phone screen, with touch (which Chromium reports as `pointer: coarse`) when asked. */
async function phone(
  options: { hasTouch?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({
    viewport: PHONE,
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
  });
  return { context, page: await context.newPage() };
}

/**
 * What runs past the viewport's right edge, outside a labelled scroll region: a list of
 * `tag.class "text"` for each such element that is shown. An element is let off when an ancestor
 * clips it within the viewport (overflow hidden or clip), or scrolls it and has an accessible name
 * (`aria-label` or `aria-labelledby`) and can take focus, so a keyboard can scroll it too. A
 * scroll container whose own content is wider than it (text in a <pre>) must be named the same way.
 */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inside = (el: Element) => el.getBoundingClientRect().right <= width + 0.5;
    const letOff = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (!inside(a)) continue;
        if (/hidden|clip/.test(style.overflowX)) return true;
        if (/auto|scroll/.test(style.overflowX)) {
          const named = a.hasAttribute('aria-label') || a.hasAttribute('aria-labelledby');
          return named && (a as HTMLElement).tabIndex >= 0;
        }
      }
      return false;
    };
    const out: string[] = [];
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.body.querySelectorAll('*')) {
      const scrolls = /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1 && el.checkVisibility();
      const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
      if (scrolls && !(named && (el as HTMLElement).tabIndex >= 0)) out.push(`${label(el)} scrolls sideways unlabelled`);
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 0.5) continue;
      if (el.closest('.sr-only') || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (!letOff(el)) out.push(`${label(el)} (right ${Math.round(box.right)})`);
    }
    return { width, pageWidth: document.documentElement.scrollWidth, out };
  });
}

describe('at 360 px', () => {
  const pages = builtPages();

  it('finds the pages to check (the home page, a speaker, a topic, a remark)', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['', 'speakers/holt/', 'topics/lessons-from-cambodia/', 'remarks/holt-lessons-from-early-missions/']),
    );
  });

  it('no page scrolls sideways, and nothing runs off the right edge outside a labelled scroll region', async () => {
    const { context, page } = await phone();
    const found: Record<string, string[]> = {};
    for (const path of pages) {
      await page.goto(session.url + path);
      const { width, pageWidth, out } = await overflowing(page);
      if (pageWidth > width) out.unshift(`the page is ${pageWidth} px wide`);
      if (out.length) found[path || '/'] = out;
    }
    await context.close();
    expect(found).toEqual({});
  });

  it('the check finds content wider than the screen in a scroll region with no name (control)', async () => {
    const { context, page } = await phone();
    await page.goto(session.url);
    await page.evaluate(() => {
      // Styles set through the CSSOM: the site's Content-Security-Policy blocks style attributes in HTML.
      const region = document.createElement('div');
      region.style.overflowX = 'auto';
      region.tabIndex = 0;
      const wide = document.createElement('p');
      wide.style.width = '800px';
      wide.textContent = 'wide';
      region.append(wide);
      document.querySelector('main')!.append(region);
    });
    expect((await overflowing(page)).out).toEqual(['div. "wide" scrolls sideways unlabelled', 'p. "wide" (right 816)']);
    // Named, it passes.
    await page.evaluate(() => document.querySelector('main > div:last-child')!.setAttribute('aria-label', 'Wide'));
    expect((await overflowing(page)).out).toEqual([]);
    await context.close();
  });

  it('prints the speaker × topic grid as a list, every link of the table kept', async () => {
    const { context, page } = await phone();
    await page.goto(session.url);
    const list = page.locator('.speaker-topic-list');
    expect(await list.isVisible()).toBe(true);
    expect(await page.locator('section[aria-labelledby="grid-heading"]').isVisible()).toBe(false);
    // The same remarks are linked from the list as from the table (the table's are all in its cells).
    const hrefsOf = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((a) => a.getAttribute('href')).sort());
    const listed = await hrefsOf('.speaker-topic-list a[href*="#"]');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(await hrefsOf('section[aria-labelledby="grid-heading"] td a'));
    await context.close();
  });

  it('from 640 px the grid is a table in a labelled, focusable scroll region with a visible cue', async () => {
    const { page } = await session.newPage({ width: 640 });
    await page.goto(session.url);
    const region = page.locator('section[aria-labelledby="grid-heading"]');
    expect(await region.isVisible()).toBe(true);
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await page.locator('#grid-heading').innerText()).toMatch(/^Who spoke on what/);
    expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    // The shadows that say "more this way" are backgrounds of the region (see .scroll-cue in global.css).
    expect(await region.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(/radial-gradient.*radial-gradient/);
  });
});

describe('keyboard hints', () => {
  /** Whether the header's "/" badge and the search dialog's "↑ ↓ … Esc" line are displayed. */
  async function hints(page: Page) {
    await page.goto(session.url);
    const badge = await page.locator('header kbd').isVisible();
    await page.locator('header [data-search-open]').click();
    // The dialog's markup is in every page (SearchDialog.astro): wait until the click has opened it.
    await page.locator('dialog[open]').waitFor();
    const help = page.locator('#search-dialog-help');
    return {
      badge,
      help: await help.isVisible(),
      describedBy: await page.locator('#search-dialog-input').getAttribute('aria-describedby'),
    };
  }

  it('are shown with a mouse and keyboard (hover: hover, pointer: fine)', async () => {
    const { page } = await session.newPage();
    expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(true);
    expect(await hints(page)).toEqual({ badge: true, help: true, describedBy: 'search-dialog-help' });
  });

  it('are hidden on a touch screen (pointer: coarse)', async () => {
    const { context, page } = await phone({ hasTouch: true });
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    expect(await hints(page)).toEqual({ badge: false, help: false, describedBy: 'search-dialog-help' });
    await context.close();
  });
});

describe('the search landing’s highlight bar', () => {
  /** The bar's box and every highlighted range's boxes, in viewport coordinates. */
  async function boxes(page: Page) {
    await page.locator('.search-highlight-bar').waitFor();
    return page.evaluate(() => {
      const bar = document.querySelector('.search-highlight-bar')!.getBoundingClientRect();
      const ranges = [...(CSS.highlights.get('search-terms') ?? [])] as Range[];
      const words = ranges.flatMap((r) =>
        [...r.getClientRects()].map((b) => ({ top: b.top, bottom: b.bottom, left: b.left, right: b.right })),
      );
      return { bar: { top: bar.top, bottom: bar.bottom, left: bar.left, right: bar.right }, words, height: innerHeight };
    });
  }
  const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
    a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

  it.each([
    ['a remark result', 'topics/lessons-from-cambodia/?hl=peacekeeping#holt-lessons-from-early-missions'],
    ['a page result', 'edition-notes/?hl=hyphens'],
  ])('covers none of the highlighted words in view on landing (%s)', async (_kind, path) => {
    const { context, page } = await phone({ hasTouch: true });
    await page.goto(session.url + path);
    const { bar, words, height } = await boxes(page);
    const inView = words.filter((w) => w.bottom > 0 && w.top < height);
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.filter((w) => overlaps(w, bar))).toEqual([]);
    await context.close();
  });

  it('stops a highlighted word the browser scrolls into view above the bar, not under it', async () => {
    // The reader brings the remark up from below: its last line, with "reform" in it, ends where the bar begins.
    const { context, page } = await phone();
    await page.goto(session.url + 'topics/lessons-from-cambodia/?hl=reform#holt-lessons-from-early-missions');
    await page.locator('.search-highlight-bar').waitFor();
    await page.evaluate(() => document.getElementById('holt-lessons-from-early-missions')!.scrollIntoView({ block: 'end' }));
    const { bar, words } = await boxes(page);
    expect(words).toHaveLength(1);
    expect(words[0]!.bottom).toBeLessThanOrEqual(bar.top);
    await context.close();
  });

  it('leaves room below the content, so the page’s last line scrolls clear of the bar', async () => {
    const { context, page } = await phone();
    await page.goto(session.url + 'topics/lessons-from-cambodia/?hl=peacekeeping#holt-lessons-from-early-missions');
    await page.locator('.search-highlight-bar').waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const { bar, last } = await page.evaluate(() => ({
      bar: document.querySelector('.search-highlight-bar')!.getBoundingClientRect().top,
      last: document.querySelector('footer p:last-of-type')!.getBoundingClientRect().bottom,
    }));
    expect(last).toBeLessThanOrEqual(bar);
    await context.close();
  });
});
