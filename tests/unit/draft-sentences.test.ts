import { describe, expect, it } from 'vitest';
import { readSource, splitSentences } from '../../src/lib/draft/sentences';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps a title such as "Dr." or "Ms." with the name that follows it', () => {
    expect(texts('The panel heard Dr. Ada Lane and Ms. Bea Moss. Lane spoke first.')).toEqual([
      'The panel heard Dr. Ada Lane and Ms. Bea Moss.',
      'Lane spoke first.',
    ]);
  });

  it('keeps initials with the surname they precede', () => {
    expect(texts('J. R. Hale opened the day. He was brief.')).toEqual(['J. R. Hale opened the day.', 'He was brief.']);
  });

  it('keeps "U.S." inside a sentence when a name follows, but ends the sentence when a new one starts', () => {
    expect(texts('The U.S. Army agreed. Lane said so.')).toEqual(['The U.S. Army agreed.', 'Lane said so.']);
    expect(texts('Aid came from the U.S. The rest came later.')).toEqual(['Aid came from the U.S.', 'The rest came later.']);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(texts('He called it “a duty.” While others disagreed, he went on.')).toEqual([
      'He called it “a duty.”',
      'While others disagreed, he went on.',
    ]);
  });

  it('gives offsets that slice each sentence out of the paragraph', () => {
    const paragraph = 'One. Two is here.';
    for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('readSource', () => {
  it('marks an all-capitals line as a heading and splits only prose paragraphs', () => {
    const paragraphs = readSource('EXECUTIVE SUMMARY\r\n\r\nLane spoke. Moss agreed.\r\n');
    expect(paragraphs.map((p) => [p.heading, p.sentences.length])).toEqual([
      [true, 0],
      [false, 2],
    ]);
  });

  it('marks a list of names and affiliations as a list paragraph of its own, with its lines', () => {
    const paragraphs = readSource('Dr. Ada Lane, Harbor College\nBea Moss, Tide Trust\n\nOn May 1, the club held a panel on\nbridges.');
    expect(paragraphs.map((p) => [p.list, p.heading, p.lines])).toEqual([
      [true, false, ['Dr. Ada Lane, Harbor College', 'Bea Moss, Tide Trust']],
      [false, false, ['On May 1, the club held a panel on', 'bridges.']],
    ]);
  });

  it('rejoins a paragraph split by a page break and a word split at a line-end hyphen', () => {
    const [p] = readSource('Lane said the anti-\nflood plan was to\n\n\n\nrepair the wall first.');
    expect(p!.text).toBe('Lane said the anti-flood plan was to repair the wall first.');
    expect(p!.sentences).toHaveLength(1);
  });
});
