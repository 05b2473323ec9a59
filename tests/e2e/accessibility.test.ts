/**
 * axe-core (https://github.com/dequelabs/axe-core) finds no violations on any built page, in the
 * light and dark themes, at desktop and phone (360 px) widths; and no page logs an error.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../build/site';
import { startSession, type Session } from './browser';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const pages = htmlFiles().map((f) => (f === '404.html' ? 'no-such-page/' : f.replace(/index\.html$/, '')));
const variants = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 360 },
  { colorScheme: 'dark', width: 360 },
] as const;

describe.each(variants)('accessibility ($colorScheme, $width px)', (variant) => {
  let tab: Awaited<ReturnType<Session['newPage']>>;
  beforeAll(async () => {
    tab = await session.newPage(variant);
  });

  it.each(pages)('axe finds no violations on /%s', async (path) => {
    const { page } = tab;
    await page.goto(session.url + path + (path === 'search/' ? '?q=Cambodia' : ''));
    if (path === 'search/') await page.locator('#search-results li').first().waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });

  it('logged no console errors on those pages but the 404 response itself', () => {
    expect(tab.errors.filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
  });
});
