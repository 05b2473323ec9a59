/**
 * Fidelity: the site publishes the source's text, all of it, once, attributed rightly.
 * The expected attribution below was written by hand from reading content/source/event-summary.txt,
 * not derived from the content files.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, loadPage, normalise, requireBuild } from './site';

type Who = 'hoshino' | 'uesugi' | 'holt' | 'commentator' | 'audience member';

/** Paragraphs after the opening one: how each starts, and who said each sentence (one value = all). */
const EXPECTED: Array<[start: string, who: Who | Who[]]> = [
  ['Hoshino offered a general picture', 'hoshino'],
  ['Hoshino highlighted Japan’s contribution', 'hoshino'],
  ['Uesugi spoke on Japanese efforts', 'uesugi'],
  ['This human resource program began', 'uesugi'],
  ['In terms of US cooperation', 'uesugi'], // continues after the page break
  ['Holt noted that the UN is now asked', 'holt'],
  ['Holt then discussed', 'holt'],
  ['On whether Japan is still pushing', 'hoshino'],
  [
    'One commentator noted',
    ['commentator', 'commentator', 'uesugi', 'uesugi', 'hoshino', 'hoshino', 'holt', 'holt', 'audience member', 'audience member'],
  ],
  ['On Japan’s claim as a peace-loving country', 'holt'],
  ['One audience member asked', ['audience member', 'hoshino', 'hoshino', 'uesugi', 'holt']],
  ['One individual asked', ['audience member', 'uesugi', 'uesugi', 'uesugi']],
  ['To a question on further initiatives', 'holt'],
  ['The audience member responded', ['audience member', 'holt', 'holt', 'hoshino']],
];

/**
 * The source's paragraphs: blank-line separated, lines joined with a space (a line ending in a
 * hyphen is joined without one: "anti-" + "terrorism"), and a paragraph that stops mid-sentence
 * (the PDF page break) joined to the next.
 */
function sourceParagraphs(text: string): string[] {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .reduce((acc, line) => (!acc ? line : acc.endsWith('-') ? acc + line : `${acc} ${line}`), ''),
    )
    .filter(Boolean);
  const joined: string[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    if (last !== undefined && !/[.?!”"]$/.test(last) && joined.length > 1) joined[joined.length - 1] = `${last} ${block}`;
    else joined.push(block);
  }
  return joined.map(normalise);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentences = (paragraph: string) => [...segmenter.segment(paragraph)].map((s) => normalise(s.segment)).filter(Boolean);

interface HomeRemark {
  id: string;
  page: string;
  author: string;
  kind: string;
  label: string;
  /** The remark's text with every correction undone (data-original), i.e. the source's wording. */
  text: string;
}

let remarks: HomeRemark[] = [];
let siteText = '';
let paragraphs: string[] = [];

beforeAll(() => {
  requireBuild();
  paragraphs = sourceParagraphs(readFileSync('content/source/event-summary.txt', 'utf8'));
  for (const file of htmlFiles()) {
    const $ = loadPage(file);
    $('.correction').each((_, el) => {
      $(el).replaceWith($(el).attr('data-original') ?? '');
    });
    siteText += ` ${normalise($('main').text())}`;
    $('[data-remark]').each((_, el) => {
      const node = $(el);
      remarks.push({
        id: node.attr('id') ?? '',
        page: file,
        author: node.attr('data-author') ?? '',
        kind: node.attr('data-author-kind') ?? '',
        label: normalise(node.find('.remark-text').prevAll('p').first().find('.font-semibold').first().text()),
        text: normalise(node.find('.remark-text').text()),
      });
    });
  }
});

describe('the source as parsed by this test', () => {
  it('has the heading, the opening paragraph and one expectation per later paragraph', () => {
    expect(paragraphs[0]).toBe('EXECUTIVE SUMMARY');
    expect(paragraphs[1]).toMatch(/^On April 20, The Stimson Center’s Japan Program hosted/);
    expect(paragraphs.slice(2).map((p, i) => p.startsWith(EXPECTED[i]?.[0] ?? '\u0000'))).toEqual(EXPECTED.map(() => true));
  });
});

describe('the built site', () => {
  it('shows every sentence of the source somewhere (heading and opening paragraph included)', () => {
    const lower = siteText.toLowerCase();
    const all = paragraphs.flatMap(sentences);
    const missing = all.filter((s) => !lower.includes(s.toLowerCase()));
    console.log(`sentence coverage: ${all.length - missing.length}/${all.length} source sentences found on the site`);
    expect(missing).toEqual([]);
  });

  it('puts every sentence after the opening paragraph in exactly one remark, said by the right person', () => {
    const wrong: string[] = [];
    let checked = 0;
    paragraphs.slice(2).forEach((paragraph, p) => {
      const [, who] = EXPECTED[p]!;
      const list = sentences(paragraph);
      if (Array.isArray(who) && who.length !== list.length)
        wrong.push(`paragraph "${EXPECTED[p]![0]}": ${list.length} sentences, ${who.length} expected`);
      list.forEach((sentence, s) => {
        const expected = Array.isArray(who) ? who[s] : who;
        const holders = remarks.filter((r) => r.text.includes(sentence));
        checked++;
        if (holders.length !== 1) {
          wrong.push(`${holders.length} remarks hold: "${sentence.slice(0, 60)}…"`);
          return;
        }
        const r = holders[0]!;
        const ok =
          expected === 'commentator' || expected === 'audience member'
            ? r.kind === 'participant' && r.label.toLowerCase() === expected
            : r.kind === 'speaker' && r.author === expected;
        if (!ok) wrong.push(`"${sentence.slice(0, 50)}…" is attributed to ${r.kind} ${r.author} (${r.label}), expected ${expected}`);
      });
    });
    console.log(
      `remark coverage: ${checked - wrong.length}/${checked} sentences after the opening paragraph in exactly one rightly attributed remark`,
    );
    expect(wrong).toEqual([]);
  });

  it('adds no text of its own to any remark: each is exactly a run of source sentences', () => {
    const all = paragraphs.slice(2).flatMap(sentences);
    const extra = remarks
      .map((r) => ({ id: r.id, rest: normalise(all.reduce((text, s) => text.replace(s, ''), r.text)) }))
      .filter((r) => r.rest !== '');
    expect(extra).toEqual([]);
  });

  it('prints each remark in full exactly once, at its anchor', () => {
    const ids = remarks.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z][a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('marks at least the four evident typos of the source, each recoverable and listed in the edition notes', () => {
    const $ = loadPage('edition-notes/index.html');
    const listed = $('tr[id^="correction-"]')
      .map((_, el) => normalise($(el).find('td').eq(1).text()))
      .get();
    for (const original of ['“r”', '“based”', '“te”', '(nothing)']) expect(listed).toContain(original);
    const home = loadPage('speakers/holt/index.html');
    const mark = home('.correction[data-original="te"]');
    expect(normalise(mark.text())).toBe('[the]');
    expect(mark.find('a').attr('href')).toBe('/edition-notes/#correction-te-us');
  });
});
