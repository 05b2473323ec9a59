/**
 * What the site cites: builds the `CitationSource` (src/lib/citation.ts) for a remark or a page
 * from the event's data, so every citation names the same event, host, date and permanent URL.
 */
import type { CitationSource } from './citation';
import type { EventInput, SpeakerInput } from './event-model';
import type { IndexedRemark } from './remark-index';

/** The event-wide part of every citation. */
export interface CiteContext {
  event: Pick<EventInput, 'title' | 'host' | 'date'>;
  /** The site's name, e.g. "Japan’s engagement in UN peacekeeping: event summary". */
  siteTitle: string;
  speakers: SpeakerInput[];
  topicTitles: Map<string, string>;
}

/**
 * A speaker's name split for citation styles: the family name is the one the summary uses in
 * running text (`shortName`); the rest of the full name is the given name.
 * @example citationName({ name: 'Toshiya Hoshino', shortName: 'Hoshino' }) // { given: 'Toshiya', family: 'Hoshino' }
 */
export function citationName(s: Pick<SpeakerInput, 'name' | 'shortName'>): { given: string; family: string } {
  const given = s.name.endsWith(s.shortName) ? s.name.slice(0, -s.shortName.length).trim() : s.name.replace(s.shortName, '').trim();
  return { given, family: s.shortName };
}

/**
 * A remark's citation: its speaker as author (none for unnamed participants), titled by its first
 * topic, at its own permanent page.
 * @param url absolute URL of the remark's own page
 */
export function remarkCitation(remark: IndexedRemark, url: string, ctx: CiteContext): CitationSource {
  const speaker = remark.author.kind === 'speaker' ? ctx.speakers.find((s) => s.id === remark.author.id) : undefined;
  const topic = ctx.topicTitles.get(remark.topics[0] ?? '') ?? '';
  const title = speaker ? `Remarks on ${topic}` : `${remark.author.label}, remarks on ${topic}`;
  return { ...eventPart(ctx, url, speaker), kind: 'remark', id: remark.id, title };
}

/**
 * A page's citation.
 * @param id a stable key for BibTeX/CSL (e.g. `page-speakers-holt`)
 * @param url absolute canonical URL of the page
 * @param speaker the speaker whose page it is, if any (cited as its author)
 */
export function pageCitation(id: string, title: string, url: string, ctx: CiteContext, speaker?: SpeakerInput): CitationSource {
  return { ...eventPart(ctx, url, speaker), kind: 'page', id, title };
}

/** What every citation shares: author (if a speaker), event, host, date, URL and site. */
function eventPart(ctx: CiteContext, url: string, speaker?: SpeakerInput) {
  return {
    authors: speaker ? [citationName(speaker)] : [],
    eventTitle: ctx.event.title,
    host: ctx.event.host,
    date: ctx.event.date,
    url,
    siteTitle: ctx.siteTitle,
  };
}
