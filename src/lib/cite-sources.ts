/**
 * What the site cites: builds the `CitationSource` (src/lib/citation.ts) for a remark or a page
 * from the event's data, so every citation names the same event, host, date and permanent URL.
 */
import type { CitationName, CitationSource } from './citation';
import { hostLine, type EventInput, type SpeakerInput } from './event-model';
import { remarkTitle, type IndexedRemark } from './remark-index';

/** The event-wide part of every citation. */
export interface CiteContext {
  event: Pick<EventInput, 'title' | 'hosts' | 'date' | 'yearInferred'>;
  /** The site's name, e.g. "Test panel: event summary". */
  siteTitle: string;
}

/**
 * A remark's citation, at its own permanent page. The text is the event summary's report of what
 * was said (third person, by the host's writer), not the speaker's own words, so the host is the
 * author and the title names the speaker, or every speaker of a joint remark:
 * `Dr. Ada Lane: “Lane said bridges need care.”`. The named speakers also go in `speakers`, for
 * the export formats' own field (src/lib/citation.ts); unnamed participants have none.
 * @param url absolute URL of the remark's own page
 * @param speakers the remark's named speakers (`index.speakers` entries), in credit order
 */
export function remarkCitation(
  remark: IndexedRemark,
  url: string,
  ctx: CiteContext,
  speakers: Array<Pick<SpeakerInput, 'name' | 'shortName'>> = [],
): CitationSource {
  return { ...eventPart(ctx, url), kind: 'remark', id: remark.id, title: remarkTitle(remark), speakers: speakers.map(citationName) };
}

/**
 * A speaker's name split for a reference manager: the family name is `shortName` (the name the
 * summary uses in running text, "Holt") when the full name ends with it, the given names the
 * rest; otherwise the full name as a literal, so no split is guessed. The honorific is left out
 * (CSL and BibTeX names have no place for "Dr.").
 * @example citationName({ name: 'Victoria Holt', shortName: 'Holt' }) // { given: 'Victoria', family: 'Holt' }
 * @example citationName({ name: 'Ban Ki-moon', shortName: 'Ban' }) // { literal: 'Ban Ki-moon' }
 */
export function citationName(person: Pick<SpeakerInput, 'name' | 'shortName'>): CitationName {
  const given = person.name.endsWith(` ${person.shortName}`) ? person.name.slice(0, -person.shortName.length - 1).trim() : '';
  return given ? { given, family: person.shortName } : { literal: person.name };
}

/**
 * A page's citation; like a remark's, authored by the host (src/lib/citation.ts puts the host in
 * the author position when `authors` is empty).
 * @param id a stable key for BibTeX/CSL (e.g. `page-speakers-ada`)
 * @param url absolute canonical URL of the page
 */
export function pageCitation(id: string, title: string, url: string, ctx: CiteContext): CitationSource {
  return { ...eventPart(ctx, url), kind: 'page', id, title };
}

/** What every citation shares: event, host, date, URL and site; no personal author (see remarkCitation). */
function eventPart(ctx: CiteContext, url: string) {
  return {
    authors: [],
    eventTitle: ctx.event.title,
    host: hostLine(ctx.event),
    date: ctx.event.date,
    yearInferred: ctx.event.yearInferred,
    url,
    siteTitle: ctx.siteTitle,
  };
}
