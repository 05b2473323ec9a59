/**
 * Paragraphs and sentences of a plain-text event summary, the units the drafter attributes and the
 * scorer compares. Paragraphs come from `sourceParagraphs` (the build's own rule for line breaks,
 * page breaks and hyphenation), so a drafted element can never straddle what the build calls a
 * paragraph. Sentences come from `Intl.Segmenter` (Unicode sentence boundaries, UAX #29,
 * https://unicode.org/reports/tr29/#Sentence_Boundaries) plus one documented fix-up: UAX #29 ends a
 * sentence after any full stop followed by a capital, so it splits "Dr. Toshiya Hoshino" after "Dr.".
 */
import { isHeading, sourceBlocks } from '../source-view';

/** One sentence: where it sits in its paragraph (offsets into the collapsed paragraph text). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A paragraph as the drafter reads it. */
export interface Paragraph {
  /** Position among all paragraphs (headings included), as `sourceParagraphs` returns them. */
  index: number;
  text: string;
  /** Its lines in the file, trimmed (a list is read line by line). */
  lines: string[];
  /**
   * A heading as the build reads one (`isHeading`: "EXECUTIVE SUMMARY", "Panel 1: Water Security"):
   * exempt from the source check, so not prose and never split.
   */
  heading: boolean;
  /**
   * A block of short list lines, as the build reads one ("Dr. Ada Lane, Example Institute" /
   * "Moderator: Cy Kim, Bridge Trust"): its own paragraph, never joined to the next. Not the opening.
   */
  list: boolean;
  sentences: Sentence[];
}

/**
 * Titles that precede a name and never end a sentence. Kept short on purpose: "Jr." and "Inc." can
 * end a sentence, so they are left to the segmenter.
 */
const TITLES = new Set([
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Amb',
  'Rev',
  'Hon',
  'St',
  'Mt',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Fr',
  'Messrs',
]);
/** Abbreviations that never end a sentence when a number follows ("No. 5", "pp. 4–6"). */
const BEFORE_NUMBER = new Set(['No', 'Nos', 'Vol', 'p', 'pp', 'Art', 'Fig']);
/**
 * Capitalised words that usually open a sentence: after "U.S." or "U.N." one of these means a new
 * sentence ("…in the U.S. The next…"), any other capitalised word continues it ("the U.S. Army").
 */
const SENTENCE_OPENERS = new Set(
  'A An The This That These Those It Its He She They We I You His Her Their Our In On At As But And Or So Yet However Then There Still Also After Before During While When Since Because Although Though If For With Without Both One Another Each Many Most Some Such'.split(
    ' ',
  ),
);

/** Whether the segmenter's break after `before` (and before `after`) falls inside an abbreviation. */
function isFalseBreak(before: string, after: string): boolean {
  const last = /(\S+)\.$/u.exec(before.trimEnd())?.[1];
  if (last === undefined) return false;
  const word = last.replace(/^[(“"‘']+/u, '');
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return /^\d/.test(after);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. R. Smith"
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return !SENTENCE_OPENERS.has(/^\p{L}+/u.exec(after)?.[0] ?? ''); // "U.S."
  return false;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits one paragraph (whitespace already collapsed) into sentences.
 * @returns the sentences in order, each trimmed, with offsets into `paragraph`
 * @example splitSentences('Dr. Ada Lane spoke. She left.').map((s) => s.text) // ['Dr. Ada Lane spoke.', 'She left.']
 */
export function splitSentences(paragraph: string): Sentence[] {
  const pieces = [...segmenter.segment(paragraph)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const merged: Array<{ start: number; end: number }> = [];
  for (const piece of pieces) {
    const prev = merged.at(-1);
    if (prev && isFalseBreak(paragraph.slice(prev.start, prev.end), paragraph.slice(piece.start))) prev.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged
    .map(({ start, end }) => {
      const raw = paragraph.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      return { text, start: start + lead, end: start + lead + text.length };
    })
    .filter((s) => s.text);
}

/**
 * Reads a summary into paragraphs and sentences.
 * @param text the summary file, verbatim (LF or CRLF)
 * @example readSource('SUMMARY\n\nLane spoke. Moss too.')[1].sentences.length // 2
 */
export function readSource(text: string): Paragraph[] {
  return sourceBlocks(text).map(({ text: p, lines, list }, index) => {
    const heading = isHeading(p);
    return { index, text: p, lines, heading, list, sentences: heading ? [] : splitSentences(p) };
  });
}
