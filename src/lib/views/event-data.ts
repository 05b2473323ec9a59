/**
 * The loaded event as views read it: plain data, no `astro:content` entries. `src/data/event.ts`
 * loads and validates it once per build; every view in this folder is a pure function of it.
 */
import type { EntityEntry } from '../entities';
import type { ContentInput } from '../event-model';
import type { EventIndex } from '../remark-index';
import type { SourceParagraph } from '../source-view';

export interface EventData {
  index: EventIndex;
  /** The A–Z index: every declared entity with the remarks that mention it. */
  entities: EntityEntry[];
  /** The source's paragraphs in order, each with the remarks and narration split from it. */
  source: SourceParagraph[];
  event: ContentInput['event'];
}

/**
 * "1 remark", "2 remarks": a count with its noun, as the pages print counts.
 * @example plural(2, 'topic') // '2 topics'
 */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
