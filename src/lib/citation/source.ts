/**
 * What a citation cites (`CitationSource`), built from the event and the page, so every citation
 * names the same event, host, date, place, site and permanent URL. The formats print it:
 * src/lib/citation/csl.ts (Chicago, APA, CSL-JSON) and src/lib/citation/bibtex.ts.
 */
import { hostLine, type EventInput, type SpeakerInput } from '../event-model';
import { siteTitle } from '../page-title';
import { remarkTitle, type IndexedRemark } from '../remark-index';

/** A person's name split as CSL and BibTeX want it, or `literal` when the split is not known. */
export type CitationName = { given: string; family: string } | { literal: string };

/**
 * One cited item. The site cites its remarks and pages with no personal author (see
 * `remarkCitation`); `authors`, `genre` and a date range are there for the style guides' own
 * examples, which the formats are tested against (tests/unit/citation.test.ts).
 */
export interface CitationSource {
  /** 'remark' = words spoken by a person at the event; 'page' = a page of this site. */
  kind: 'remark' | 'page';
  /** Title of the cited item, e.g. 'Remarks on bridge repairs' or a page title. */
  title: string;
  /** Personal authors; empty for the site's own citations (then the host stands as author). */
  authors: Array<{ given: string; family: string }>;
  /** The event's title (e.g. 'A test panel on bridges'). */
  eventTitle: string;
  /** Host/publisher, e.g. 'A test host'; '' when there is none. */
  host: string;
  /**
   * Event date, ISO 'YYYY-MM-DD' (the content model's `date`), or an ISO 8601 interval
   * 'YYYY-MM-DD/YYYY-MM-DD' for a multi-day meeting (APA dates the whole run of the meeting).
   * Omitted when the source states no date: the styles then print their "n.d." form.
   */
  date?: string | undefined;
  /** Absolute permanent URL, as `absoluteUrl` (src/lib/urls.ts) serialises it: no spaces, quotes or braces. */
  url: string;
  /** Name of the website/container, e.g. 'Test panel: event summary'. */
  siteTitle: string;
  /** A stable id used as the BibTeX key / CSL id: a content id (src/lib/content-model.ts `ID_PATTERN`) or `page-…`. */
  id: string;
  /** Remarks: the description of the contribution, CSL `genre`; default 'Remarks'. */
  genre?: string | undefined;
  /** Remarks: where the event took place (the event's `venue`), e.g. 'Washington, DC'. */
  eventPlace?: string | undefined;
  /**
   * Remarks cited as the host's report (`authors` empty): who spoke. Exported as CSL
   * `contributor` and in BibTeX's `note`; not printed by the formatted styles, whose title names them.
   */
  speakers?: CitationName[] | undefined;
  /** The year of `date` is inferred, not stated by the source (marked where a format allows). */
  yearInferred?: boolean | undefined;
}

/** The event-wide part of every citation. */
export interface CiteContext {
  event: Pick<EventInput, 'title' | 'hosts' | 'date' | 'yearInferred' | 'venue'>;
  /** The site's name (src/lib/page-title.ts `siteTitle`), e.g. "Test panel: event summary". */
  siteTitle: string;
}

/** The context every citation of this event shares. */
export function citeContext(event: Pick<EventInput, 'title' | 'shortTitle' | 'hosts' | 'date' | 'yearInferred' | 'venue'>): CiteContext {
  return { event, siteTitle: siteTitle(event) };
}

/**
 * A remark's citation, at its own permanent page. The text is the event summary's report of what
 * was said (third person, by the host's writer), not the speaker's own words, so the host is the
 * author and the title names the speaker, or every speaker of a joint remark:
 * `Dr. Ada Lane: “Lane said bridges need care.”`. The named speakers also go in `speakers`, for
 * the export formats' own field; unnamed participants have none.
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
 * A page's citation; like a remark's, authored by the host.
 * @param id a stable key for BibTeX/CSL (e.g. `page-speakers-ada`)
 * @param url absolute canonical URL of the page
 */
export function pageCitation(id: string, title: string, url: string, ctx: CiteContext): CitationSource {
  return { ...eventPart(ctx, url), kind: 'page', id, title };
}

/** What every citation shares: event, host, date, place, URL and site; no personal author (see `remarkCitation`). */
function eventPart(ctx: CiteContext, url: string) {
  return {
    authors: [],
    eventTitle: ctx.event.title,
    host: hostLine(ctx.event),
    date: ctx.event.date,
    yearInferred: ctx.event.yearInferred,
    eventPlace: ctx.event.venue,
    url,
    siteTitle: ctx.siteTitle,
  };
}

/** Description of a remark when the source gives none (CSL `genre`). */
export const genreOf = (s: CitationSource): string => s.genre || 'Remarks';

/** Whether the host stands as the author (no personal author), so is not printed again as sponsor or publisher. */
export const hostIsAuthor = (s: CitationSource): boolean => !s.authors.length && Boolean(s.host);

/** Names compared as a reader would: case aside ("The Host" is "the host"). */
export const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/**
 * The date's parts: the first day, and the last of a range that ends on another day.
 * @example dateParts('2017-07-12/2017-07-15') // { start: [2017, 7, 12], end: [2017, 7, 15] }
 */
export function dateParts(date: string | undefined): { start?: DateParts | undefined; end?: DateParts | undefined } {
  if (!date) return {};
  const [start, end] = date.split('/').map((day) => day.split('-').map(Number) as DateParts);
  return { start, ...(end && end.join() !== start!.join() ? { end } : {}) };
}
export type DateParts = [number, number, number];
