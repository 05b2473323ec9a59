import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from '../../src/lib/page-title';

describe('pageTitle', () => {
  const site = 'Japan’s engagement in UN peacekeeping';
  it('puts the page first and the site second', () => {
    expect(pageTitle('Speakers', site)).toBe('Speakers · Japan’s engagement in UN peacekeeping');
  });
  it('uses the site title alone on the home page', () => {
    expect(pageTitle(undefined, site)).toBe(site);
  });
  it('drops the site title rather than exceed the limit', () => {
    const long = 'Japan as a peace-loving country and the Security Council';
    expect(`${long} · ${site}`.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    expect(pageTitle(long, site)).toBe(long);
  });
  it('shortens an over-long page title at a word boundary', () => {
    const title = pageTitle('Dr. Toshiya Hoshino on Japan as a peace-loving country and the Security Council (presentation)', site);
    expect(title).toBe('Dr. Toshiya Hoshino on Japan as a peace-loving country and the…');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});
