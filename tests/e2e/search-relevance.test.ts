/**
 * The relevance suite: queries written from reading the source, each with the remark that must come
 * first or within the top three, run through the real search page against the built index.
 * It prints the score; every query must pass.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventJson } from '../../src/lib/event-json';
import { startSession, type Session } from './browser';

const data = JSON.parse(readFileSync(`${process.env.SITE_OUT_DIR ?? 'dist'}/event.json`, 'utf8')) as EventJson;

interface Case {
  query: string;
  /** The remark id (or a pattern every id of the top `within` must match) expected. */
  expect: string | RegExp;
  within: 1 | 3;
  why: string;
}

const CASES: Case[] = [
  { query: 'Hiroshima', expect: 'uesugi-trainees-and-results', within: 1, why: 'a place named once' },
  { query: '85%', expect: 'uesugi-trainees-and-results', within: 1, why: 'a percentage' },
  { query: '9,000', expect: 'holt-partnerships-with-allies', within: 1, why: 'a number with a thousands comma' },
  { query: '164 Japanese', expect: 'uesugi-trainees-and-results', within: 1, why: 'a number and a word' },
  { query: 'Akashi', expect: 'uesugi-origins-of-the-program', within: 1, why: 'a person named in passing' },
  { query: 'Taro Aso', expect: 'uesugi-origins-of-the-program', within: 1, why: 'a full name' },
  { query: 'G4 initiative', expect: 'uesugi-g4-and-rapid-response-partnership', within: 1, why: 'a programme' },
  {
    query: '"African Peacekeeping Rapid Response Partnership"',
    expect: 'uesugi-g4-and-rapid-response-partnership',
    within: 1,
    why: 'a quoted programme name',
  },
  {
    query: '"proactive contribution to peace"',
    expect: 'hoshino-contributions-to-the-un',
    within: 3,
    why: 'a quoted phrase used by two speakers',
  },
  { query: 'Standby Arrangements', expect: 'holt-deepening-relations-with-the-us', within: 1, why: 'a UN system' },
  { query: 'genocide tribunal', expect: 'commentator-cambodia-question', within: 1, why: 'a participant’s question' },
  { query: 'poster boy', expect: 'commentator-cambodia-question', within: 1, why: 'a phrase without quotes' },
  { query: 'Germany India Brazil', expect: 'hoshino-charter-reform-and-the-group-of-four', within: 1, why: 'a list of countries' },
  { query: 'Soviet Union', expect: 'hoshino-changing-environment', within: 1, why: 'history' },
  { query: 'remilitarization', expect: 'hoshino-relations-with-china-and-south-korea', within: 1, why: 'a single rare word' },
  { query: 'Canada Sweden Australia', expect: 'uesugi-few-us-linkages', within: 1, why: 'partner countries' },
  { query: 'Vietnam', expect: 'uesugi-vietnam-training-and-civil-society', within: 3, why: 'a question and its answer' },
  { query: 'All-Japan approach', expect: 'uesugi-all-japan-approach', within: 1, why: 'a hyphenated term' },
  { query: 'American president', expect: 'holt-president-hosts-peacekeeping-event', within: 1, why: 'a paraphrase-free lookup' },
  { query: 'Holt mandate', expect: 'holt-mandate-conversation-is-broader', within: 1, why: 'speaker name plus a word others also use' },
  { query: 'Uesugi Cambodia', expect: 'uesugi-cambodia-no-longer-a-failed-state', within: 1, why: 'speaker name plus topic' },
  { query: 'Holt', expect: /^holt-/, within: 3, why: 'a speaker’s name ranks her remarks first' },
  { query: 'commentator', expect: 'commentator-cambodia-question', within: 1, why: 'a participant role' },
  {
    query: 'Cambodia',
    expect: /^(commentator|uesugi|hoshino|holt|audience-member)-.*(cambodia|model|missions|flip-side)/,
    within: 3,
    why: 'the topic title outranks passing mentions',
  },
  {
    query: 'Holt Security Council',
    expect: 'holt-us-welcomes-japan-on-the-security-council',
    within: 1,
    why: 'a speaker named with words of a topic title',
  },
  { query: 'Hoshino China', expect: /^hoshino-/, within: 1, why: 'a speaker named with a word others also use' },
];

/**
 * Queries whose words are also in topic titles ("Japan as a peace-loving country and the Security
 * Council", "US–Japan cooperation", "Human resource development and training", "Lessons from
 * Cambodia", "UN Charter reform") and speaker names: the remarks that say the words must come first.
 */
const PRECISION = [
  'Security Council',
  'peace-loving country',
  'Japan cooperation',
  'human resource development',
  'training',
  'lessons',
  'Charter reform',
  'Cambodia',
  'Uesugi training',
  'Hoshino China',
  'peacekeeping missions',
  'Holt',
];

/**
 * Whether a remark's own text holds a query word, by a rule written for this test: the word less its
 * last three letters (but at least five letters: "cooperation" → "cooperat", "lessons" → "lesso") at the
 * start of a word of the text, ignoring case, so word forms count; hyphenated query words count part by part.
 */
const holds = (text: string, query: string) =>
  query
    .toLowerCase()
    .split(/[\s\-–]+/)
    .filter(Boolean)
    .every((w) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${w.slice(0, Math.max(5, w.length - 3)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(text),
    );

/** The remark ids listed for a query typed into the search page, in order. */
async function resultIds(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await expect.poll(() => page.locator('#search-status').innerText()).toContain(`for “${query}”`);
  return page
    .locator('#search-results li a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('search relevance', () => {
  it(`puts the expected remark first or in the top three for ${CASES.length} queries`, async () => {
    const { page, errors } = await session.newPage();
    const failures: string[] = [];
    await page.goto(`${session.url}search/`);
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^Type a word/);
    for (const c of CASES) {
      // Typed into the page's search box, as a reader would: the same path as a shared /search/?q= link after its first load.
      const ids = await resultIds(page, c.query);
      const top = ids.slice(0, c.within);
      const ok = typeof c.expect === 'string' ? top.includes(c.expect) : top.length > 0 && top.every((id) => (c.expect as RegExp).test(id));
      if (!ok)
        failures.push(`${c.query} (${c.why}): expected ${c.expect} within ${c.within}, got ${ids.slice(0, 5).join(', ') || 'nothing'}`);
    }
    console.log(`search relevance: ${CASES.length - failures.length}/${CASES.length} queries pass`);
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });

  it(`puts the remarks whose own text holds every query word first, for ${PRECISION.length} queries whose words are also topic titles or names`, async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${session.url}search/`);
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^Type a word/);
    const textOf = new Map(data.remarks.map((r) => [r.id, r.text]));
    const failures: string[] = [];
    let checked = 0;
    for (const query of PRECISION) {
      const holding = data.remarks.filter((r) => holds(r.text, query)).length;
      const ids = await resultIds(page, query);
      // The top three, or as many as hold every word when fewer do.
      const top = ids.slice(0, Math.min(3, holding));
      checked += top.length;
      const off = top.filter((id) => !holds(textOf.get(id) ?? '', query));
      if (holding === 0 || off.length)
        failures.push(`${query}: ${holding} remarks hold every word; in the top ${top.length}, ${off.join(', ') || 'none'} do not`);
    }
    console.log(
      `search precision: ${checked - failures.length} of ${checked} top results hold every query word, ${PRECISION.length - failures.length}/${PRECISION.length} queries pass`,
    );
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });
});
