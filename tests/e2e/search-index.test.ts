/**
 * What the index holds, seen through the search page: queries with symbols find the remark whose text
 * holds them (the query is read as Pagefind indexes words, src/lib/search/query.ts), and page results
 * show the page's own text, not its breadcrumb, labels or counts (src/integrations/pagefind.ts).
 * Expectations come from the built `/event.json` and from reading the source, not from program output.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventJson } from '../../src/lib/event-json';
import { startSession, type Session } from './browser';

const data = JSON.parse(readFileSync(`${process.env.SITE_OUT_DIR ?? 'dist'}/event.json`, 'utf8')) as EventJson;
const textOf = (id: string) => data.remarks.find((r) => r.id === id)?.text ?? '';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** Opens `/search/?q=…` and resolves to the remark ids of the results, in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${session.url}search/?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/found/);
  return page.locator('#search-results li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
}

describe('the search index', () => {
  // Each query with the remark that holds its text (read in content/source/event-summary.txt) and the text it holds.
  const cases = [
    {
      query: '<100',
      holds: '100%',
      remark: 'holt-lessons-from-early-missions',
      why: 'a symbol Pagefind keeps in a query but never indexes',
    },
    { query: '9,000', holds: '9,000', remark: 'holt-partnerships-with-allies', why: 'a thousands comma' },
    { query: '85%', holds: '85%', remark: 'uesugi-trainees-and-results', why: 'a percent sign' },
    { query: 'G4', holds: 'G4', remark: 'uesugi-g4-and-rapid-response-partnership', why: 'letters and digits' },
  ];

  it.each(cases)('finds the remark holding $holds first for the query $query ($why)', async ({ query, holds, remark }) => {
    expect(textOf(remark)).toContain(holds);
    const { page, errors } = await session.newPage();
    const ids = await search(page, query);
    expect(ids[0]).toBe(remark);
    expect(errors).toEqual([]);
  });

  it('ranks a remark holding “US-Japan” first, and finds every remark that holds it', async () => {
    const holders = data.remarks.filter((r) => r.text.includes('US-Japan')).map((r) => r.id);
    // The summary says "US-Japan" in Hoshino's presentation and in two Q&A exchanges.
    expect(holders.length).toBe(3);
    const { page, errors } = await session.newPage();
    const ids = await search(page, 'US-Japan');
    expect(holders).toContain(ids[0]);
    expect(ids).toEqual(expect.arrayContaining(holders));
    expect(errors).toEqual([]);
  });

  it('shows a page result’s own text, with no breadcrumb, label or count', async () => {
    const { page, errors } = await session.newPage();
    const shown: string[] = [];
    for (const query of ['Charter reform', 'Holt', 'Cambodia']) {
      await search(page, query);
      shown.push(...(await page.locator('#search-page-results li a').allInnerTexts()));
    }
    const topic = data.topics.find((t) => t.id === 'charter-reform')!;
    const speaker = data.speakers.find((s) => s.id === 'holt')!;
    // Both kinds of page with a breadcrumb are among the results, so the check below has something to check.
    expect(shown.some((t) => t.includes(topic.title) && t.includes('Is Japan still pushing for Charter reform?'))).toBe(true);
    expect(shown.some((t) => t.includes(`${speaker.name}`) && t.includes('Expert on UN peacekeeping operations'))).toBe(true);
    for (const text of shown) {
      expect(text).not.toMatch(/›|Q&A topic|\b(?:Speakers|Participants|Spoke on|Topics):|\b\d+ remarks?\b/);
    }
    expect(errors).toEqual([]);
  });
});
