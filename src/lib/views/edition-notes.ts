/**
 * The view of `/edition-notes/`: what the source is, how its text was prepared (the event's own
 * `preparation` notes, then what every edition does), how the date was established, and every
 * correction with the source's original wording.
 */
import { type CitationSource, citeContext, pageCitation } from '../citation';
import { correctionAnchor, correctionDescription } from '../corrections';
import { eventDateText, hostLine } from '../event-model';
import type { LinkItem } from '../link-items';
import { authorsLabel, homeTitle } from '../remark-index';
import { OPENING_ID } from '../validate';
import { absoluteUrl, hrefs } from '../urls';
import type { EventData } from './event-data';

export interface EditionNotesView {
  event: EventData['event'];
  host: string;
  /** Whether the opening paragraph is on the event index (the source section says so). */
  hasOpening: boolean;
  /** The sentence on how the event is dated. */
  date: string;
  preparation: string[];
  /** "Topic titles and …, … are editorial": only what this event has. */
  editorial: string;
  corrections: Array<{
    /** The row's anchor, the target of the correction mark's link. */
    anchor: string;
    /** "Who, where": the passage in context. */
    passage: LinkItem;
    /** What the source reads, quoted, or "(nothing)". */
    original: string;
    /** What this edition reads: "[word]", or the stray text "struck through". */
    reading: string;
    note: string;
  }>;
  cite: CitationSource;
}

/**
 * Builds `/edition-notes/`.
 * @param site Astro's `site`, for the citation's absolute URL
 * @throws Error if a correction's passage is not in the index (cannot happen after validation)
 */
export function editionNotesView({ index, event }: EventData, site: string | URL): EditionNotesView {
  // Only what this event has: an event without topics or a Q&A has no topic titles or exchange headings.
  const editorial =
    [
      index.topics.length > 0 && 'Topic titles and the topic tags of each remark',
      index.exchanges.length > 0 && 'the headings of the Q&A exchanges',
      index.sessions.length > 0 && 'session titles the source does not give',
      'the division into remarks',
    ]
      .filter(Boolean)
      .join(', ')
      .replace(/^./, (c) => c.toUpperCase())
      .replace(/, ([^,]*)$/, ' and $1') + ' are editorial';
  const dated = eventDateText(event);
  return {
    event,
    host: hostLine(event),
    hasOpening: index.narrationById.has(OPENING_ID),
    date:
      (dated ? `The summary dates the event “${event.dateAsStated ?? dated}”.` : 'The summary gives no date.') +
      (event.dateNote ? ` ${event.dateNote}` : ''),
    preparation: event.preparation ?? [],
    editorial,
    corrections: index.corrections.map((c) => {
      const remark = index.remarkById.get(c.remarkId);
      const passage = remark ?? index.narrationById.get(c.remarkId);
      if (!passage) throw new Error(`edition notes: correction ${c.id} is in no passage of the index`);
      const who = remark ? authorsLabel(remark) : 'Narration';
      const place = {
        speakers: 'presentation',
        topics: `Q&A on ${homeTitle(index, passage.home)}`,
        sessions: homeTitle(index, passage.home),
        event: 'opening',
      }[passage.home.collection];
      return {
        anchor: correctionAnchor(c.id),
        passage: { href: hrefs.onPage(passage.home, passage.id), label: `${who}, ${place}` },
        original: c.original ? `“${c.original.trim()}”` : '(nothing)',
        reading: correctionDescription(c),
        note: c.note,
      };
    }),
    cite: pageCitation('page-edition-notes', 'Edition notes', absoluteUrl(hrefs.editionNotes(), site), citeContext(event)),
  };
}
