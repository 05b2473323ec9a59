/**
 * The source view: the original summary (`content/source/event-summary.txt`) in its original
 * order, each paragraph linked to the remarks it was split into, so a reader can check that
 * nothing was lost, added or reordered. Remarks are placed by finding their source wording
 * (`sourceText(segments)`, every correction undone) in the paragraphs, never by hand.
 */
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

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Sentence-final characters: a paragraph ending otherwise stops mid-sentence. */
const SENTENCE_END = /[.?!…”"]$/;

/** A block with letters but none lower-case, such as "EXECUTIVE SUMMARY", is a heading. */
const isHeading = (block: string) => /\p{L}/u.test(block) && !/\p{Ll}/u.test(block);

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
 *   the bridge first."). A heading is never joined to or onto.
 */
export function sourceParagraphs(text: string): string[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .reduce((acc, line) => (!acc ? line : /\S-$/.test(acc) ? acc + line : `${acc} ${line}`), ''),
    )
    .map(collapse)
    .filter(Boolean);

  const paragraphs: string[] = [];
  for (const block of blocks) {
    const last = paragraphs.at(-1);
    if (last !== undefined && !SENTENCE_END.test(last) && !isHeading(last) && !isHeading(block)) {
      paragraphs[paragraphs.length - 1] = `${last} ${block}`;
    } else {
      paragraphs.push(block);
    }
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
  const texts = paragraphs.map(collapse);
  const spans: Array<Array<{ start: number; end: number; id: string }>> = texts.map(() => []);
  const free = (p: number, start: number, end: number) => spans[p]!.every((s) => end <= s.start || start >= s.end);

  const bySize = remarks.map((r) => ({ id: r.id, needle: collapse(r.sourceText) })).sort((a, b) => b.needle.length - a.needle.length);
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

/**
 * Everything the build should refuse about the source view, as content problems.
 * @param view the result of `mapParagraphsToRemarks`
 * @param remarks all remarks of the event
 * @param file path of the source, e.g. `content/source/event-summary.txt`
 * @param unsplit how many leading paragraphs are not split into remarks (the heading and the
 *   opening paragraph, which is the event page's own text): 2 for the real source
 * @returns a problem for each remark not placed exactly once (its wording differs from the
 *   source, or it straddles paragraphs), each later paragraph with no remark, and each stretch
 *   of a later paragraph that no remark covers (text lost from the site)
 */
export function sourceViewProblems(view: SourceParagraph[], remarks: Array<{ id: string }>, file: string, unsplit = 2): ContentProblem[] {
  const problems: ContentProblem[] = unplaced(view, remarks).map((id) => ({
    file,
    field: '(body)',
    message: `remark "${id}" is not found exactly once in the source: its wording (corrections undone) differs from the source, or it straddles two paragraphs`,
  }));
  view.forEach((p, i) => {
    if (i < unsplit) return;
    const start = `paragraph ${i + 1} ("${p.text.slice(0, 40)}…")`;
    if (p.remarkIds.length === 0) problems.push({ file, field: '(body)', message: `${start} is in no remark` });
    else for (const gap of p.uncovered) problems.push({ file, field: '(body)', message: `${start}: "${gap.slice(0, 80)}" is in no remark` });
  });
  return problems;
}
