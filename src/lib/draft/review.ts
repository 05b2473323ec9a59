/**
 * REVIEW.md: every decision the drafter was unsure of, and every field it left as `TODO:`, each
 * with the sentence it concerns and the file:line where the result landed, most doubtful first, so
 * the editor reads the draft in the order it most likely needs fixing.
 */

/** How much a doubt deserves the editor's time: 1 check first, 2 then, 3 a quick look. */
export type Severity = 1 | 2 | 3;

/** Where a doubt's result landed, resolved to file:line once the folder is written. */
export type Place =
  | { sentence: number } // a source sentence (index into the drafter's sentence list)
  | { file: string; field?: string | undefined } // a file, or a frontmatter field of it
  | { person: string } // a speakers/<id>.mdx file
  | { item: string }; // an element or exchange, by id

/** One thing the editor should check. */
export interface Doubt {
  severity: Severity;
  place: Place;
  /** What was decided and why it is uncertain, in a sentence. */
  message: string;
  /** The source's words the decision rests on, if any. */
  quote?: string | undefined;
}

const HEADINGS: Record<Severity, string> = {
  1: 'Check first',
  2: 'Then check',
  3: 'Quick look',
};

/** Shortens a quote to about `max` characters at a word boundary. */
export function shorten(text: string, max = 140): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}

/**
 * Renders REVIEW.md.
 * @param doubts every doubt, in the order found (source order within a severity is kept)
 * @param locate resolves a place to "file:line"
 * @example reviewMarkdown([{ severity: 1, place: { file: 'event.mdx', field: 'title' }, message: 'No title.' }], () => 'event.mdx:2')
 */
export function reviewMarkdown(doubts: Doubt[], locate: (place: Place) => string): string {
  const lines = [
    '# Review before publishing',
    '',
    'Drafted by `npm run new-event` from `source/event-summary.txt`. Each item names the file and line',
    "where the drafter's decision landed; the most doubtful come first. Fix the content, then tick the item.",
    '',
  ];
  if (doubts.length === 0) lines.push('Nothing was uncertain. Still read every file once.', '');
  for (const severity of [1, 2, 3] as const) {
    const items = doubts.filter((d) => d.severity === severity);
    if (!items.length) continue;
    lines.push(`## ${HEADINGS[severity]}`, '');
    for (const d of items) {
      const quote = d.quote ? ` — “${shorten(d.quote)}”` : '';
      lines.push(`- [ ] \`${locate(d.place)}\` ${d.message}${quote}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
