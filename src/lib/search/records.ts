/**
 * The Pagefind records of the event: one per remark, built as a small HTML document so Pagefind's
 * weighting applies (https://pagefind.app/docs/weighting/). A record holds the remark's text, then a
 * block with its speaker's name and its topics' titles at a higher weight: a remark by Lane, or on the
 * Bridges topic, outranks one that mentions Lane or bridges in passing. The block comes last, so the
 * text keeps word positions 0…n-1 and the excerpt can leave the block out (`bodyWords`, see `excerpt.ts`).
 * Filters, sort key and display metadata ride on `<meta>` elements (https://pagefind.app/docs/filtering/,
 * /docs/sorts/, /docs/metadata/), whose `[content]` form allows commas in values.
 */
import type { EventJson } from '../event-json';
import type { FilterKey } from './state';
import { authorsLabel } from '../remark-index';

/** How much more a word of the speaker's name or a topic title counts than a word of the remark (Pagefind weights run 0–10, body text 1). */
export const LABEL_WEIGHT = 5;

/** `kind` filter of every record: search asks for remarks and pages separately, so pages list below remarks. */
export type RecordKind = 'remark' | 'page';

type Remark = EventJson['remarks'][number];

/**
 * The speaker filter's value and label for a remark's author: the panelist's id, or for a
 * participant the role ("audience-member"), since the source does not name participants.
 */
export function speakerFacet(author: { id: string; kind: 'speaker' | 'participant'; label: string; role: string }): {
  value: string;
  label: string;
  group: 'panel' | 'participants';
} {
  return author.kind === 'speaker'
    ? { value: author.id, label: author.label, group: 'panel' }
    : { value: author.role, label: author.label, group: 'participants' };
}

/** Words as Pagefind counts positions in a record's content: runs of non-space characters. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const meta = (attr: string, key: string, value: string) => `<meta data-pagefind-${attr}="${key}[content]" content="${escape(value)}">`;

/** The values a remark carries in each search filter. */
export function remarkFilters(remark: Remark): Record<FilterKey | 'kind', string[]> {
  return {
    kind: ['remark'],
    speaker: [...new Set(remark.authors.map((a) => speakerFacet(a).value))],
    topic: remark.topics.map((t) => t.id),
    part: [remark.part],
  };
}

/**
 * One remark's record as HTML for `index.addHTMLFile`.
 * @param order 0-based position in event order; zero-padded so an empty query lists remarks in event order
 */
export function remarkRecordHtml(remark: Remark, order: number): string {
  const filters = Object.entries(remarkFilters(remark)).flatMap(([key, values]) => values.map((v) => meta('filter', key, v)));
  const topics = remark.topics.map((t) => t.title);
  const authors = authorsLabel(remark);
  return [
    '<html lang="en"><head></head><body><main data-pagefind-body>',
    meta('sort', 'order', String(order).padStart(6, '0')),
    ...filters,
    meta('meta', 'title', topics.length ? `${authors}: ${topics.join(', ')}` : authors),
    meta('meta', 'speaker', authors),
    meta('meta', 'topics', topics.join(' · ')),
    meta('meta', 'part', remark.partLabel),
    meta('meta', 'bodyWords', String(countWords(remark.text))),
    `<p>${escape(remark.text)}</p>`,
    `<p data-pagefind-weight="${LABEL_WEIGHT}">${escape([authors, ...topics].join(' · '))}</p>`,
    '</main></body></html>',
  ].join('\n');
}
