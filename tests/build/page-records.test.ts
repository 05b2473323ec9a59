/**
 * What Pagefind indexes of each reading page: the text of `<main data-pagefind-body>` without the
 * `[data-pagefind-ignore]` subtrees (https://pagefind.app/docs/indexing/). A page record holds what a
 * reader reads there, from its title on: no breadcrumb ("Topics › Q&A topic"), no field label
 * ("Speakers:"), no count ("9 remarks"), which would start every excerpt and match every query for "topics".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventJson } from '../../src/lib/event-json';
import { DIST, loadPage, normalise, requireBuild } from './site';

/** The text Pagefind indexes of a page, as the reader's words run (ignored subtrees dropped). */
function indexedText($: cheerio.CheerioAPI): string {
  const body = $('[data-pagefind-body]').clone();
  body.find('[data-pagefind-ignore]').remove();
  // Block elements end a word: Pagefind does not run "Holt" and "Panelist" into one.
  body.find('p, h1, h2, h3, li, dt, dd, div, section').after(' ');
  return normalise(body.text());
}

/** Navigation text in an indexed text: each finding names what it is and quotes it. */
function navigationText(text: string): string[] {
  const checks: Array<[string, RegExp]> = [
    ['breadcrumb', /\S+ › \S+/],
    ['page-kind label', /\bQ&A topic\b/],
    ['field label', /\b(?:Speakers|Participants|Spoke on|Topics|Panelists?|Hosts?|Date):/],
    ['count', /\b\d+ (?:remarks?|exchanges?|topics?|sessions?|speakers?)\b/],
  ];
  return checks.flatMap(([what, pattern]) => {
    const found = pattern.exec(text);
    return found ? [`${what}: “${found[0]}”`] : [];
  });
}

/** The reading pages the Pagefind integration indexes (src/integrations/pagefind.ts), as built files. */
function readingPages(): string[] {
  const data = JSON.parse(readFileSync(join(DIST, 'event.json'), 'utf8')) as EventJson;
  const urls = [
    data.event.url,
    ...data.speakers.flatMap((s) => (s.url ? [s.url] : [])),
    ...data.sessions.map((s) => s.url),
    ...data.topics.map((t) => t.url),
    '/edition-notes/',
    '/a-z/',
  ];
  return urls.map((url) => `${url.slice(1)}index.html`);
}

beforeAll(() => requireBuild());

describe('page records', () => {
  it('index each reading page from its title on, with no breadcrumb, label or count', () => {
    const pages = readingPages();
    // The real event has a home page, three speakers, five topics, edition notes and the A–Z index.
    expect(pages.length).toBe(11);
    for (const file of pages) {
      const $ = loadPage(file);
      const text = indexedText($);
      const title = normalise($('main h1').first().text());
      expect(title, file).not.toBe('');
      expect(text.startsWith(title), `${file} starts “${text.slice(0, 60)}”`).toBe(true);
      expect(navigationText(text), file).toEqual([]);
    }
  });

  it('keep what a reader reads on a topic page: the people who spoke and the questions asked', () => {
    const text = indexedText(loadPage('topics/charter-reform/index.html'));
    expect(text).toContain('Dr. Toshiya Hoshino, Victoria Holt');
    expect(text).toContain('Is Japan still pushing for Charter reform?');
  });

  it('would be caught with a breadcrumb, a label or a count left in (planted control)', () => {
    const page = (ignore: string) =>
      cheerio.load(`<main data-pagefind-body><p${ignore}><a href="/topics/">Topics</a> › Q&amp;A topic</p><h1>Charter reform</h1>
        <p><span${ignore}>Speakers:</span> Holt</p><p>Holt<span${ignore}>: 3 remarks</span></p></main>`);
    expect(navigationText(indexedText(page('')))).toEqual([
      'breadcrumb: “Topics › Q&A”',
      'page-kind label: “Q&A topic”',
      'field label: “Speakers:”',
      'count: “3 remarks”',
    ]);
    expect(indexedText(page(' data-pagefind-ignore'))).toBe('Charter reform Holt Holt');
  });
});
