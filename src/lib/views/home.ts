/**
 * The view of `/`: the generated index of the event. Its lists name MAX_NAMED_PER_LINE topics or
 * speakers per line; the speaker × topic grid appears up to MAX_GRID_CELLS cells and the full Q&A
 * contents up to MAX_CONTENTS_EXCHANGES exchanges (src/lib/page-limits.ts); the Speakers and
 * Topics pages carry the rest.
 */
import { type CitationSource, citeContext, pageCitation } from '../citation';
import { hostLine, type SpeakerInput, type TopicInput } from '../event-model';
import { speakerLinks, topicLinks, type LinkItem } from '../link-items';
import { MAX_CONTENTS_EXCHANGES, MAX_GRID_CELLS, MAX_NAMED_PER_LINE, firstOf } from '../page-limits';
import {
  partLabel,
  remarksBy,
  remarksOn,
  roleLabel,
  sessionPeople,
  speakerLabel,
  speakersOn,
  speakersWithPages,
  speakerTopicGrid,
  topicsOf,
  topicTitles,
  type IndexedRemark,
} from '../remark-index';
import { eventLd } from '../structured-data';
import { OPENING_ID } from '../validate';
import { absoluteUrl, hrefs } from '../urls';
import { plural, type EventData } from './event-data';
import { mdxViews, type MdxViews } from './mdx';
import { peopleGroups, type PeopleGroup } from './people';

/** A list line ending "… and N more", linking to the page that lists all. */
export interface CappedLinks {
  shown: LinkItem[];
  more: { count: number; href: string };
}

/** One cell of the speaker × topic grid: the remarks, each with what a screen reader hears after its number. */
export interface GridCell {
  remarks: Array<{ href: string; label: string }>;
}

export interface HomeView {
  event: EventData['event'];
  description: string;
  /** "Hosted by" line, as `hostLine` writes it. */
  host: string;
  people: PeopleGroup[];
  /** Whether the event file holds the opening narration (printed under the summary heading). */
  hasOpening: boolean;
  openingId: string;
  /** "The summary’s record, in 3 sessions:" (empty when there are no sessions). */
  sessionsIntro: string;
  sessions: Array<{ link: LinkItem; kind?: string | undefined; people: string }>;
  speakers: Array<{ link: LinkItem; count: string; topics: CappedLinks }>;
  topics: Array<{ link: LinkItem; count: string; speakers: CappedLinks; participants: boolean }>;
  contents: {
    sessions: LinkItem[];
    presentations: LinkItem[];
    /** The Q&A's exchanges under topics, listed (with their topic's title) up to MAX_CONTENTS_EXCHANGES. */
    exchanges: Array<{ link: LinkItem; topic: string }>;
    listExchanges: boolean;
    /** "12 exchanges on 5 topics", when they are not listed. */
    exchangesSummary: string;
  };
  hasTopics: boolean;
  /** The grid, or undefined past MAX_GRID_CELLS (then `gridSummary` says why). */
  grid?: { topics: LinkItem[]; rows: Array<{ speaker: LinkItem; cells: GridCell[] }> } | undefined;
  /** "With 3 speakers and 2 topics" (the sentence that replaces a grid too large to read). */
  gridSummary: string;
  cite: CitationSource;
  jsonLd: Record<string, unknown>;
  mdx: MdxViews;
}

/**
 * Builds the home page.
 * @param site Astro's `site`, for the citation's and JSON-LD's absolute URLs
 */
export function homeView({ index, event }: EventData, site: string | URL): HomeView {
  const withPages = speakersWithPages(index);
  const hasQa = index.exchanges.length > 0;
  const titles = topicTitles(index);
  const topicExchanges = index.exchanges.filter((x) => x.topic);
  const url = absoluteUrl(hrefs.home(), site);
  const capped = (links: LinkItem[], more: number, href: string): CappedLinks => ({ shown: links, more: { count: more, href } });
  const gridLabel = (speaker: SpeakerInput, topic: TopicInput, r: IndexedRemark) =>
    `: ${speakerLabel(speaker)} on ${topic.title}, ${partLabel(r.part, true)}`;
  const showGrid = index.topics.length > 0 && withPages.length * index.topics.length <= MAX_GRID_CELLS;
  return {
    event,
    description: `${event.documentTitle} of the event “${event.title}”, hosted by ${hostLine(event)}: every remark by speaker${index.topics.length ? ' and topic' : ''}.`,
    host: hostLine(event),
    people: peopleGroups(
      index,
      index.speakers.map((person) => ({ person, role: person.role })),
    ),
    hasOpening: index.narrationById.has(OPENING_ID),
    openingId: OPENING_ID,
    sessionsIntro: index.sessions.length
      ? `The summary’s record, ${index.sessions.length > 1 ? `in ${plural(index.sessions.length, 'session')}` : 'in full'}:`
      : '',
    sessions: index.sessions.map((session) => ({
      link: { href: hrefs.session(session.id), label: session.title },
      kind: session.kind,
      people: sessionPeople(index, session)
        .map(({ person, role }) => `${speakerLabel(person)} (${roleLabel(index, role).toLowerCase()})`)
        .join(', '),
    })),
    speakers: withPages.map((s) => {
      const own = remarksBy(index, s.id);
      const topics = firstOf(topicsOf(index, s.id), MAX_NAMED_PER_LINE);
      const inQa = own.filter((r) => r.part === 'qa').length;
      const split = hasQa
        ? ` (${own.length - inQa} ${s.hasPresentation ? 'in the presentation' : 'outside the Q&A'}, ${inQa} in the Q&A)`
        : '';
      return {
        link: speakerLinks([s])[0]!,
        count: `${plural(own.length, 'remark')}${split}`,
        topics: capped(topicLinks(topics.shown), topics.more, hrefs.speaker(s.id)),
      };
    }),
    topics: index.topics.map((t) => {
      const speakers = firstOf(speakersOn(index, t.id), MAX_NAMED_PER_LINE);
      const on = remarksOn(index, t.id);
      return {
        link: topicLinks([t])[0]!,
        count: plural(on.length, 'remark'),
        speakers: capped(speakerLinks(speakers.shown), speakers.more, hrefs.topic(t.id)),
        participants: on.some((r) => r.authors.some((a) => a.kind === 'participant')),
      };
    }),
    contents: {
      sessions: index.sessions.map((s) => ({ href: hrefs.session(s.id), label: s.title })),
      presentations: speakerLinks(index.speakers.filter((s) => s.hasPresentation)),
      exchanges: topicExchanges.map((x) => ({
        link: { href: hrefs.onPage(x.home, x.id), label: x.heading },
        topic: titles.get(x.topic ?? '') ?? '',
      })),
      listExchanges: index.exchanges.length <= MAX_CONTENTS_EXCHANGES,
      exchangesSummary: `${plural(topicExchanges.length, 'exchange')} on ${plural(index.topics.length, 'topic')}`,
    },
    hasTopics: index.topics.length > 0,
    grid: showGrid
      ? {
          topics: topicLinks(index.topics),
          rows: speakerTopicGrid(index).map(({ speaker, cells }) => ({
            speaker: speakerLinks([speaker])[0]!,
            cells: cells.map((remarks, i) => ({
              remarks: remarks.map((r) => ({ href: hrefs.onPage(r.home, r.id), label: gridLabel(speaker, index.topics[i]!, r) })),
            })),
          })),
        }
      : undefined,
    gridSummary: `With ${plural(withPages.length, 'speaker')} and ${plural(index.topics.length, 'topic')}`,
    cite: pageCitation('event-summary', event.title, url, citeContext(event)),
    jsonLd: eventLd({
      name: event.title,
      date: event.date,
      hosts: event.hosts,
      url,
      performers: withPages.map((s) => ({ name: s.name, honorificPrefix: s.honorific, url: absoluteUrl(hrefs.speaker(s.id), site) })),
    }),
    mdx: mdxViews(index, { collection: 'event', id: '' }),
  };
}
