/**
 * axe-core (https://github.com/dequelabs/axe-core) finds no violations on the built pages, in the
 * light and dark themes, at desktop and phone (360 px) widths; and no page logs an error.
 *
 * The full rule set runs once (light, 1280 px) on every page but the remark pages, which share one
 * template and differ only in their text: of those, each that prints a correction (extra markup) and
 * one plain one. The other three variants re-run the rules whose outcome can change with colours or
 * width, on one page of each kind (home, each index, one speaker, one topic, one remark page, …): a
 * theme changes only colours, and a width changes layout, target sizes and scrolling, both through
 * the page's template, which all pages of a kind share. In dark at 360 px only the colour rules run:
 * the layout is the light theme's at that width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../build/site';
import { installAxe, runAxe } from './axe';
import { startSession, type Session } from './browser';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const files = htmlFiles();
const pathOf = (f: string) => (f === '404.html' ? 'no-such-page/' : f.replace(/index\.html$/, ''));
const remarkPages = files.filter((f) => f.startsWith('remarks/'));
const corrected = remarkPages.filter((f) => readFileSync(join(DIST, f), 'utf8').includes('class="correction"'));
/** Every page but the remark pages, of which those with a correction and one without. */
const fullCheck = [
  ...files.filter((f) => !f.startsWith('remarks/')),
  ...corrected,
  ...remarkPages.filter((f) => !corrected.includes(f)).slice(0, 1),
].map(pathOf);
/** One page per template: `speakers/x/` stands for every speaker page, `speakers/` for itself. */
const onePerKind = [...new Map(files.map(pathOf).map((p) => [p.split('/').filter(Boolean).length > 1 ? p.split('/')[0] : p, p])).values()];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const LAYOUT_RULES = [...COLOUR_RULES, 'target-size', 'scrollable-region-focusable', 'meta-viewport', 'region'];
const variants = [
  { colorScheme: 'light', width: 1280, rules: 'all' },
  { colorScheme: 'dark', width: 1280, rules: 'colour' },
  { colorScheme: 'light', width: 360, rules: 'layout' },
  { colorScheme: 'dark', width: 360, rules: 'colour' },
] as const;

describe.each(variants)('accessibility ($colorScheme, $width px, $rules rules)', (variant) => {
  it(
    variant.rules === 'all'
      ? 'axe finds no violations on any page but repeats of the remark page, and no page logs an error'
      : 'axe finds no violations on one page of each kind, and no page logs an error',
    async () => {
      // Two tabs at a time: Chromium renders each in its own process, so both cores work.
      const tabs = [await session.newPage(variant), await session.newPage(variant)];
      for (const tab of tabs) await installAxe(tab.page.context());
      const found: string[] = [];
      const check = async (tab: (typeof tabs)[number], path: string) => {
        await tab.page.goto(session.url + path + (path === 'search/' ? '?q=Cambodia' : ''));
        if (path === 'search/') await tab.page.locator('#search-results li').first().waitFor();
        const violations = await runAxe(
          tab.page,
          variant.rules === 'all' ? undefined : variant.rules === 'colour' ? COLOUR_RULES : LAYOUT_RULES,
        );
        for (const v of violations) found.push(`/${path}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
      };
      const checked = variant.rules === 'all' ? fullCheck : onePerKind;
      expect(corrected.length, 'the real event prints corrections on some remark pages').toBeGreaterThan(0);
      for (let i = 0; i < checked.length; i += 2) {
        await Promise.all(checked.slice(i, i + 2).map((path, n) => check(tabs[n]!, path)));
      }
      expect(found).toEqual([]);
      // The 404 response itself is the only failed request a reader's console may show.
      expect(tabs.flatMap((t) => t.errors).filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
    },
    300_000,
  );
});

describe.each(variants.filter((v) => v.colorScheme === 'light' || v.width === 1280))(
  'search UI states ($colorScheme, $width px)',
  (variant) => {
    it('axe finds no violations in the open search dialog with results, or on a landing with its highlight bar', async () => {
      const { page, errors } = await session.newPage(variant);
      await installAxe(page.context());
      await page.goto(`${session.url}speakers/holt/`);
      await page.keyboard.press('/');
      await page.locator('dialog[open] [role="combobox"]').fill('Cambodia');
      await page.locator('[role="option"]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const rules = variant.rules === 'all' ? undefined : variant.rules === 'colour' ? COLOUR_RULES : LAYOUT_RULES;
      const found = (await runAxe(page, rules)).map((v) => `dialog: ${v.id} ${v.help} at ${v.targets.join(', ')}`);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Clear highlight' }).waitFor();
      found.push(...(await runAxe(page, rules)).map((v) => `landing: ${v.id} ${v.help} at ${v.targets.join(', ')}`));
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    });
  },
);

describe('the axe check itself', () => {
  it('reports violations planted in a page (so a clean result means something)', async () => {
    const { page } = await session.newPage();
    await installAxe(page.context());
    await page.goto(session.url);
    await page.evaluate(() => {
      document
        .querySelector('main')!
        .insertAdjacentHTML('beforeend', '<img src="favicon.svg"><a href="#main"></a><input type="text"><button></button>');
    });
    const ids = (await runAxe(page)).map((v) => v.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'label', 'link-name']));
  });
});
