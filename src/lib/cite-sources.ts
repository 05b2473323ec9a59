/**
 * What the site cites: builds the `CitationSource` (src/lib/citation.ts) for a remark or a page
 * from the event's data, so every citation names the same event, host, date and permanent URL.
 */
import type { CitationSource } from './citation';
import { hostLine, type EventInput } from './event-model';
import { remarkTitle, type IndexedRemark } from './remark-index';

/** The event-wide part of every citation. */
export interface CiteContext {
  event: Pick<EventInput, 'title' | 'hosts' | 'date'>;
  /** The site's name, e.g. "Test panel: event summary". */
  siteTitle: string;
}

/**
 * A remark's citation, at its own permanent page. The text is the event summary's report of what
 * was said (third person, by the host's writer), not the speaker's own words, so the host is the
 * author and the title names the speaker, or every speaker of a joint remark:
 * `Dr. Ada Lane: “Lane said bridges need care.”`.
 * @param url absolute URL of the remark's own page
 */
export function remarkCitation(remark: IndexedRemark, url: string, ctx: CiteContext): CitationSource {
  return { ...eventPart(ctx, url), kind: 'remark', id: remark.id, title: remarkTitle(remark) };
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
    url,
    siteTitle: ctx.siteTitle,
  };
}
