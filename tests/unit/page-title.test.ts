import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle, siteTitle } from '../../src/lib/page-title';

describe('pageTitle', () => {
  const site = 'Japan’s engagement in UN peacekeeping';
  const event = { shortTitle: site };
  it('puts the page first and the site second', () => {
    expect(pageTitle('Speakers', event)).toBe('Speakers · Japan’s engagement in UN peacekeeping');
  });
  it('uses the site’s name, saying what the site is, on the home page', () => {
    expect(pageTitle(undefined, event)).toBe('Japan’s engagement in UN peacekeeping: event summary');
    expect(pageTitle(undefined, event)).toBe(siteTitle(event));
  });
  it('drops the site title rather than exceed the limit', () => {
    const long = 'Japan as a peace-loving country and the Security Council';
    expect(`${long} · ${site}`.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    expect(pageTitle(long, event)).toBe(long);
  });
  it('shortens an over-long page title at a word boundary', () => {
    const title = pageTitle('Dr. Toshiya Hoshino on Japan as a peace-loving country and the Security Council (presentation)', event);
    expect(title).toBe('Dr. Toshiya Hoshino on Japan as a peace-loving country and the…');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
  it('cuts a title of exactly one character too many at its last word', () => {
    const page = `${'word '.repeat(14)}words`; // 75 characters
    expect(pageTitle(page, event)).toBe(`${'word '.repeat(13)}word…`);
  });
});
