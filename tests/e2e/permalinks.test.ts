/**
 * Permanent addresses in a real browser: copy-link copies the absolute URL (with the page's own
 * origin when the build has no SITE_URL) and says so aloud and at the button, a
 * remark permalink lands below the sticky header, and the link contract's aliases keep old
 * addresses working (a redirect page for a moved page, forwarding for a renamed anchor), while a
 * lost address without an alias fails the build, naming it.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../tools/build-site';
import { editFixture } from '../tools/fixture-edit';
import { EDITED_SITE_URL, editedMinimalEvent } from '../tools/fixture-sites';
import { startSession, type Session } from './browser';

describe('on the real site', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(() => session?.close());

  it('lands a remark permalink with its top below the sticky header, at desktop width', async () => {
    const { page } = await session.newPage({ width: 1280 });
    await page.goto(`${session.url}speakers/uesugi/#uesugi-g4-and-rapid-response-partnership`);
    const header = await page
      .locator('header')
      .evaluate((h) => ({ position: getComputedStyle(h).position, bottom: h.getBoundingClientRect().bottom }));
    expect(header.position).toBe('sticky');
    const top = await page.locator('#uesugi-g4-and-rapid-response-partnership').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(header.bottom);
    expect(top).toBeLessThan(header.bottom + 100);
  });

  it.each([
    ['topics/lessons-from-cambodia/', 'they cannot be judged by 100% success', 'holt-lessons-from-early-missions'],
    ['topics/peace-loving-country/', 'Japan has played an important [role] by engaging', 'holt-us-welcomes-japan-on-the-security-council'],
  ])('scrolls a text-fragment link into /%s to the remark (%s)', async (path, text, id) => {
    const { page } = await session.newPage({ width: 360 });
    await page.goto(`${session.url}${path}#:~:text=${encodeURIComponent(text)}`);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const box = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.bottom).toBeGreaterThan(0);
    expect(box.top).toBeLessThan(900);
  });

  it('copies a remark’s absolute URL with the page’s own origin (no SITE_URL), announces it and shows it at the button for a moment', async () => {
    const { page, errors } = await session.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    // A controllable clock (time still flows), so the two seconds can be skipped rather than waited.
    await page.clock.install();
    await page.goto(`${session.url}topics/lessons-from-cambodia/`);
    const button = page.locator('#holt-lessons-from-early-missions').getByRole('button', { name: 'Copy link' });
    const mark = button.locator('[data-copy-status]');
    expect(await mark.isVisible()).toBe(false);
    await button.click();
    const expected = `${session.url}topics/lessons-from-cambodia/#holt-lessons-from-early-missions`;
    expect(expected).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => page.locator('#announcer').innerText()).toBe(`Copied link: ${expected}`);
    // Visible beside the label, kept out of the button's name (the live region speaks), gone after two seconds.
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.innerText()).toContain('Copied');
    expect(await button.getAttribute('aria-label')).toBeNull();
    expect(await page.getByRole('button', { name: 'Copy link', exact: true }).count()).toBeGreaterThan(0);
    await page.clock.fastForward(2100);
    await expect.poll(() => mark.isVisible(), { timeout: 1000 }).toBe(false);
    expect(errors).toEqual([]);
  });

  it('copies a citation with the page’s own origin in place of the build’s stand-in', async () => {
    const { page, errors } = await session.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${session.url}remarks/holt-lessons-from-early-missions/`);
    await page.getByRole('button', { name: 'Copy APA citation' }).first().click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`\\. ${session.url}remarks/holt-lessons-from-early-missions/$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('example.org');
    expect(errors).toEqual([]);
  });

  it('shows the remark’s own page with its context link and citations, without JavaScript', async () => {
    const { page } = await session.newPage({ javaScriptEnabled: false });
    await page.goto(`${session.url}remarks/holt-lessons-from-early-missions/`);
    expect(await page.locator('h1').innerText()).toBe('Victoria Holt: “Holt shared her view that the lessons from…”');
    expect(await page.getByRole('link', { name: 'Read it in context' }).getAttribute('href')).toBe(
      '/topics/lessons-from-cambodia/#holt-lessons-from-early-missions',
    );
    // The text is the summary's report: the host is the (group) author, the year is inferred (APA's
    // "ca."), and the cut title takes no full stop after its ellipsis.
    expect(await page.locator('[data-format="apa"]').innerText()).toMatch(
      /^The Stimson Center’s Japan Program\. \(ca\. 2015, April 20\)\. Victoria Holt: “Holt shared her view that the lessons from…” \[Remarks\]\. The evolution of .* with the US\. https:\/\/example\.org\/remarks\/holt-lessons-from-early-missions\/$/,
    );
    const bibtex = await page.locator('[data-format="bibtex"]').innerText();
    expect(bibtex).toContain('@misc{holt-lessons-from-early-missions,');
    expect(bibtex).toMatch(/author\s+= \{\{The Stimson Center’s Japan Program\}\},/);
    expect(bibtex).toMatch(/note\s+= \{Speaker: Victoria Holt\. Year inferred\},/);
    const csl = JSON.parse(await page.locator('[data-format="csl-json"]').innerText()) as Array<Record<string, unknown>>;
    expect(csl[0]).toMatchObject({
      author: [{ literal: 'The Stimson Center’s Japan Program' }],
      contributor: [{ given: 'Victoria', family: 'Holt' }],
    });
    // Copy buttons need JavaScript, so they are not shown without it.
    expect(await page.getByRole('button', { name: /Copy/ }).count()).toBe(0);
  });
});

describe('the link contract on a fixture event', () => {
  const FIXTURE = 'tests/fixtures/minimal-event';
  const prepare = (name: string) => {
    const content = join('tests', '.tmp', name, 'content');
    rmSync(content, { recursive: true, force: true });
    cpSync(FIXTURE, content, { recursive: true });
    editFixture(content, 'speakers/ada.mdx', 'id="ada-opening"', 'id="ada-first"');
    return content;
  };

  it('fails the build when a published anchor and page disappear, naming both', async () => {
    const built = await buildSite('contract-broken', { EVENT_CONTENT_DIR: prepare('contract-broken') });
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('published anchor /speakers/ada/#ada-opening is gone');
    expect(built.output).toContain('published page /remarks/ada-opening/ is gone');
  });

  describe('with aliases', () => {
    let session: Session;
    let dist = '';
    beforeAll(async () => {
      // The same edit with aliases for the old page and anchor, and SITE_URL (tests/tools/fixture-sites.ts).
      const built = await editedMinimalEvent();
      if (built.status !== 0) throw new Error(built.output);
      dist = built.dist;
      session = await startSession('/', dist);
    }, 300_000);
    afterAll(() => session?.close());

    it('builds, with a redirect page at the old page address', async () => {
      expect(existsSync(join(dist, 'remarks', 'ada-opening', 'index.html'))).toBe(true);
      const { page } = await session.newPage();
      await page.goto(`${session.url}remarks/ada-opening/`);
      await page.waitForURL(/\/remarks\/ada-first\/$/);
      expect(await page.locator('h1').innerText()).toContain('Dr. Ada Lane');
    });

    it('names the new address with SITE_URL in the redirect page’s canonical link', () => {
      const html = readFileSync(join(dist, 'remarks', 'ada-opening', 'index.html'), 'utf8');
      expect(html).toContain(`<link rel="canonical" href="${EDITED_SITE_URL}/remarks/ada-first/">`);
      expect(html).toContain('<meta http-equiv="refresh" content="0;url=/remarks/ada-first/">');
    });

    it('copies links with SITE_URL’s origin, not the page’s, when the build has one', async () => {
      const { page, errors } = await session.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
      await page.goto(`${session.url}speakers/ada/`);
      await page.locator('#ada-first').getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${EDITED_SITE_URL}/speakers/ada/#ada-first`);
      expect(errors).toEqual([]);
    });

    it('forwards the old anchor to the new one in the browser', async () => {
      const { page, errors } = await session.newPage();
      await page.goto(`${session.url}speakers/ada/#ada-opening`);
      await page.waitForURL(/#ada-first$/);
      expect(await page.locator('#ada-first').evaluate((el) => el.matches(':target'))).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});
