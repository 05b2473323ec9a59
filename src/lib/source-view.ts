/**
 * The source view: the original summary (`content/source/event-summary.txt`) in its original
 * order, each paragraph linked to the remarks it was split into, so a reader can check that
 * nothing was lost, added or reordered. Remarks are placed by finding their source wording
 * (`sourceText(segments)`, every correction undone) in the paragraphs, never by hand.
 */
import { collapseWhitespace } from './text';
import type { ContentProblem } from './content-error';

/** A paragraph of the source and the remarks placed in it. */
export interface SourceParagraph {
  /** The paragraph, whitespace collapsed. */
  text: string;
  /** Ids of the remarks whose source text lies within it, in the order they occur there. */
  remarkIds: string[];
  /** Stretches of the paragraph that no remark covers (trimmed; whitespace-only gaps omitted). */
  uncovered: string[];
}

/** Sentence-final characters: a paragraph ending otherwise stops mid-sentence. */
const SENTENCE_END = /[.?!…”"]$/;

/** Longest line (characters) of a list block: PDF text lines of running prose are longer. */
const LIST_LINE = 80;

/**
 * A line of a list of people or a label: short, starting with a capital or digit, ending no
 * sentence and no word, and either holding a comma or colon ("Ada Lane, Example Institute",
 * "Moderator: Cy Kim") or made of capitalised words, as a name is ("Dr. Ada Lane").
 */
function isListLine(line: string): boolean {
  if (line.length > LIST_LINE || !/^[\p{Lu}\d]/u.test(line) || SENTENCE_END.test(line) || /-$/.test(line)) return false;
  return /[,:]/.test(line) || line.split(/\s+/).every((w) => !/^\p{L}{4,}/u.test(w) || /^\p{Lu}/u.test(w));
}

/**
 * Whether a paragraph is a heading, not a sentence: letters but none lower-case ("EXECUTIVE
 * SUMMARY"), or a short title-case line with no sentence end and no comma ("Summary of
 * Proceedings", "Panel 1: Water Security"; every word of four letters or more capitalised). A
 * comma keeps "Dr. Ada Lane, Example Institute" a line of text.
 */
export function isHeading(block: string): boolean {
  if (!/\p{L}/u.test(block)) return false;
  if (!/\p{Ll}/u.test(block)) return true;
  const long = block.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return (
    block.length <= 80 && !SENTENCE_END.test(block) && !block.includes(',') && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w))
  );
}

/**
 * The source's paragraphs as the site understands them.
 * @param text the source file's text, verbatim (LF or CRLF line ends)
 * @returns the paragraphs in order, each whitespace-collapsed; for the real source the first is
 *   the document heading "EXECUTIVE SUMMARY" and the second the opening paragraph
 *
 * Rules, from how the summary was extracted from its PDF:
 * - paragraphs are separated by blank (or whitespace-only) lines;
 * - a paragraph's lines are joined with a space, except that a line ending in a hyphen right
 *   after a non-space character is joined without one ("anti-" + "terrorism"). The hyphen is
 *   kept: the summary breaks lines only at real hyphens, and we cannot tell a soft one apart;
 * - a paragraph that does not end a sentence (its last character is none of . ? ! … ” ") is
 *   joined to the next with a space: that is a PDF page break ("… the plan was to" / "repair
 *   the bridge first."). A heading (see `isHeading`) is never joined to or onto, nor is a list:
 *   a block whose every line is a list line (see `isListLine`: "Ada Lane, Example Institute" /
 *   "Ben Moss, Other Trust").
 *   The last line before a page break runs the width of the page, so it is longer.
 */
export function sourceParagraphs(text: string): string[] {
  return sourceBlocks(text).map((p) => p.text);
}

/** A paragraph of the source (see `sourceParagraphs`) with the lines it was read from. */
export interface SourceBlock {
  /** The paragraph, whitespace collapsed: an entry of `sourceParagraphs`. */
  text: string;
  /** Its lines in the file, trimmed (those of every block a page break joined into it). */
  lines: string[];
  /** Whether it is a list block (every line a list line, see `isListLine`), never joined to a neighbour. */
  list: boolean;
}

/**
 * The source's paragraphs as `sourceParagraphs` reads them, each with its lines and whether it is
 * a list, for readers that need the lines (the drafter reads a list of speakers line by line).
 * @example sourceBlocks('Ada Lane, Example Institute\n\nThe panel met.').map((b) => b.list) // [true, false]
 */
export function sourceBlocks(text: string): SourceBlock[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      lines,
      text: collapseWhitespace(lines.reduce((acc, line) => (!acc ? line : /\S-$/.test(acc) ? acc + line : `${acc} ${line}`), '')),
      // Short lines that each start with a capital and end no sentence or word: a list of speakers
      // and affiliations, or a label ("Moderator: Cy Kim, Bridge Trust"), never half a page-broken sentence.
      list: lines.every(isListLine),
    }));

  const paragraphs: SourceBlock[] = [];
  for (const block of blocks) {
    const last = paragraphs.at(-1);
    const joins = last && !last.list && !block.list && !SENTENCE_END.test(last.text) && !isHeading(last.text) && !isHeading(block.text);
    if (last && joins) Object.assign(last, { text: `${last.text} ${block.text}`, lines: [...last.lines, ...block.lines] });
    else paragraphs.push({ ...block });
  }
  return paragraphs;
}

/**
 * Places each remark in the paragraph that holds its source wording.
 * @param paragraphs the source's paragraphs (see `sourceParagraphs`); collapsed again here
 * @param remarks each remark's id and source text (`sourceText(segments)`); compared whitespace-collapsed
 * @returns one entry per paragraph, in order, with the remarks found in it (ordered by where
 *   they occur) and the text no remark covers. A remark whose text is in no paragraph (or only
 *   straddles two) is placed nowhere: see `unplaced`.
 *
 * Longer remarks are placed first, and a stretch of paragraph holds one remark only, so a
 * short remark cannot be "found" inside a longer one's text. When a remark's text occurs more
 * than once, the first free occurrence in paragraph order is taken.
 */
export function mapParagraphsToRemarks(paragraphs: string[], remarks: Array<{ id: string; sourceText: string }>): SourceParagraph[] {
  const texts = paragraphs.map(collapseWhitespace);
  const spans: Array<Array<{ start: number; end: number; id: string }>> = texts.map(() => []);
  const free = (p: number, start: number, end: number) => spans[p]!.every((s) => end <= s.start || start >= s.end);

  const bySize = remarks
    .map((r) => ({ id: r.id, needle: collapseWhitespace(r.sourceText) }))
    .sort((a, b) => b.needle.length - a.needle.length);
  for (const { id, needle } of bySize) {
    if (!needle) continue;
    search: for (let p = 0; p < texts.length; p++) {
      for (let at = texts[p]!.indexOf(needle); at >= 0; at = texts[p]!.indexOf(needle, at + 1)) {
        if (free(p, at, at + needle.length)) {
          spans[p]!.push({ start: at, end: at + needle.length, id });
          break search;
        }
      }
    }
  }

  return texts.map((text, p) => {
    const placed = spans[p]!.sort((a, b) => a.start - b.start);
    const uncovered: string[] = [];
    let from = 0;
    for (const s of [...placed, { start: text.length, end: text.length }]) {
      const gap = text.slice(from, s.start).trim();
      if (gap) uncovered.push(gap);
      from = s.end;
    }
    return { text, remarkIds: placed.map((s) => s.id), uncovered };
  });
}

/**
 * Remarks not placed exactly once in the source view.
 * @returns their ids, in the order of `remarks`: empty when every remark was found in the source
 */
export function unplaced(view: Array<{ remarkIds: string[] }>, remarks: Array<{ id: string }>): string[] {
  const count = new Map<string, number>();
  for (const id of view.flatMap((p) => p.remarkIds)) count.set(id, (count.get(id) ?? 0) + 1);
  return remarks.filter((r) => count.get(r.id) !== 1).map((r) => r.id);
}

/** A passage (remark or narration) as the source check needs it: where it is written and its source wording. */
export interface PlacedPassage {
  id: string;
  file: string;
  line: number;
  sourceText: string;
}

/**
 * Where a passage's wording first departs from the source: the longest opening of it found in some
 * paragraph, cut back to the start of the word where they part, then the next words of each.
 * @example firstDifference('Ada opened up.', ['Ada opened. Ada went on.'])
 *   // 'after “Ada” (paragraph 1) the source reads “opened. Ada went on.” but the text here reads “opened up.”'
 */
export function firstDifference(needle: string, paragraphs: string[]): string {
  const text = collapseWhitespace(needle);
  const holds = (n: number) => paragraphs.findIndex((p) => p.includes(text.slice(0, n)));
  // Every opening of a found opening is found too, so the longest found one can be bisected.
  let [lo, hi] = [0, text.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (holds(mid) >= 0) lo = mid;
    else hi = mid - 1;
  }
  const common = text.slice(0, lo);
  const wordStart = common.lastIndexOf(' ') + 1;
  const before = text.slice(0, wordStart).trim();
  const p = holds(wordStart);
  const next = (s: string) => s.trim().split(' ').slice(0, 6).join(' ');
  if (!before || p < 0) return `no paragraph of the source holds its opening “${next(text)}”`;
  const paragraph = paragraphs[p]!;
  const source = next(paragraph.slice(paragraph.indexOf(text.slice(0, wordStart)) + wordStart)) || '(end of paragraph)';
  return `after “${before.split(' ').slice(-5).join(' ')}” (paragraph ${p + 1}) the source reads “${source}” but the text here reads “${next(text.slice(wordStart)) || '(end)'}”`;
}

/**
 * Everything the build should refuse about the source view, as content problems.
 * @param view the result of `mapParagraphsToRemarks`
 * @param passages every remark and narration passage of the event (the opening included)
 * @param file path of the source, e.g. `content/source/event-summary.txt`
 * @returns a problem at the passage's own file and line for each passage not placed exactly once
 *   (with where its wording first differs from the source), and at the source file for each
 *   paragraph, or stretch of one, that no passage covers (text lost from the site). Headings
 *   (paragraphs without lower-case letters, see `isHeading`) are the only paragraphs exempt.
 */
export function sourceViewProblems(view: SourceParagraph[], passages: PlacedPassage[], file: string): ContentProblem[] {
  const paragraphs = view.map((p) => p.text);
  const problems: ContentProblem[] = [];
  const missing = new Set(unplaced(view, passages));
  for (const r of passages) {
    if (!missing.has(r.id)) continue;
    problems.push({
      file: r.file,
      line: r.line,
      field: '(body)',
      message: `the text of "${r.id}" is not found in ${file} (corrections undone, within one paragraph, not already taken by another passage): ${firstDifference(r.sourceText, paragraphs)}`,
    });
  }
  // A passage whose wording differs leaves its paragraph uncovered too: say so, or the editor adds a duplicate.
  const cause = missing.size ? ', or it is there but differs from the source (see above)' : '';
  view.forEach((p, i) => {
    if (isHeading(p.text)) return;
    const start = `paragraph ${i + 1} ("${p.text.slice(0, 40)}…")`;
    if (p.remarkIds.length === 0)
      problems.push({ file, field: '(body)', message: `${start} is in no remark or narration: add it to a content file${cause}` });
    else
      for (const gap of p.uncovered)
        problems.push({ file, field: '(body)', message: `${start}: "${gap.slice(0, 80)}" is in no remark or narration${cause}` });
  });
  return problems;
}

/**
 * Splits off the headings that open the source ("EXECUTIVE SUMMARY"): the source view prints them
 * above the paragraphs and numbers paragraphs (`#paragraph-<n>`) from the first one after them.
 */
export function splitLeadingHeadings<T extends { text: string }>(source: T[]): { headings: T[]; paragraphs: T[] } {
  const lead = source.findIndex((p) => !isHeading(p.text));
  const cut = lead < 0 ? source.length : lead;
  return { headings: source.slice(0, cut), paragraphs: source.slice(cut) };
}
