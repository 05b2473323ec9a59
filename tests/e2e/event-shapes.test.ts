/**
 * The page templates only another event's shape uses (session pages, people listed by role,
 * narration, joint credits) pass axe as the real event's pages do: the invented conference in
 * tests/fixtures/events/two-panels-moderator, built here, every page with the full rule set in
 * light at 1280 px, the colour and layout rules in dark at 360 px; no console errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../tools/build-site';
import { htmlFiles } from '../build/site';
import { installAxe, runAxe } from './axe';
import { startSession, type Session } from './browser';

let session: Session;
let pages: string[];
beforeAll(async () => {
  // The same build as tests/build/event-shapes.test.ts checks, when that file ran first.
  const build = await sharedBuild('event-shapes', { EVENT_CONTENT_DIR: 'tests/fixtures/events/two-panels-moderator' });
  if (build.status !== 0) throw new Error(build.output);
  const all = htmlFiles(build.dist)
    .filter((f) => f !== '404.html')
    .map((f) => f.replace(/index\.html$/, ''));
  // Every page of this shape's own kinds (sessions, people, topics, lists), but one remark page: remark pages
  // share one template, and the real site's accessibility test already covers them all.
  const remarks = all.filter((p) => p.startsWith('remarks/'));
  pages = [...all.filter((p) => !p.startsWith('remarks/')), ...remarks.slice(0, 1)];
  expect(remarks.length).toBeGreaterThan(1);
  session = await startSession('/', build.dist);
}, 180_000);
afterAll(() => session?.close());

describe('a conference with a moderator and two panels, in a browser', () => {
  it.each([
    { colorScheme: 'light', width: 1280, rules: undefined },
    {
      colorScheme: 'dark',
      width: 360,
      rules: ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'region'],
    },
  ] as const)(
    'axe finds no violations on any page but repeats of the remark page ($colorScheme, $width px), and no page logs an error',
    async ({ colorScheme, width, rules }) => {
      const { page, errors } = await session.newPage({ colorScheme, width });
      await installAxe(page.context());
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(session.url + path);
        for (const v of await runAxe(page, rules ? [...rules] : undefined))
          found.push(`/${path}: ${v.id} ${v.help} at ${v.targets.join(', ')}`);
      }
      expect(pages).toContain('sessions/first-panel/');
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    },
    300_000,
  );
});
