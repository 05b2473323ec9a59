/**
 * The views of `/speakers/` and `/topics/`: everyone the summary names, and the topics in event
 * order. Each line names at most MAX_NAMED_PER_LINE topics or speakers (src/lib/page-limits.ts)
 * and ends "and N more", linking to the page that lists all.
 */
import { type CitationSource, citeContext, pageCitation } from '../citation';
import { speakerLinks, topicLinks, type LinkItem } from '../link-items';
import { MAX_NAMED_PER_LINE, firstOf } from '../page-limits';
import { remarksBy, roleLabel, speakerLabel, speakersOn, topicsOf, type IndexedExchange } from '../remark-index';
import { absoluteUrl, hrefs } from '../urls';
import { plural, type EventData } from './event-data';
import type { CappedLinks } from './home';

export interface SpeakerListView {
  /** The sentence on people the summary does not name, by role ("audience members"), or empty. */
  participantsNote: string;
  speakers: Array<{
    label: string;
    /** Only people with remarks have a page. */
    href?: string | undefined;
    /** Role, affiliation and description, joined by ", ". */
    about: string;
    /** "2 remarks", or empty for someone without remarks. */
    count: string;
    topics: CappedLinks;
  }>;
  cite: CitationSource;
}

/**
 * Builds `/speakers/`.
 * @param site Astro's `site`, for the citation's absolute URL
 */
export function speakerListView({ index, event }: EventData, site: string | URL): SpeakerListView {
  const participantRoles = [...new Set(index.participants.map((p) => p.role))].map((role) => roleLabel(index, role, true).toLowerCase());
  return {
    participantsNote: participantRoles.length
      ? ` People the summary does not name (${participantRoles.join(', ')}) appear with their remarks where they spoke.`
      : '',
    speakers: index.speakers.map((s) => {
      const own = remarksBy(index, s.id);
      const topics = firstOf(topicsOf(index, s.id), MAX_NAMED_PER_LINE);
      return {
        label: speakerLabel(s),
        href: own.length > 0 ? hrefs.speaker(s.id) : undefined,
        about: [roleLabel(index, s.role), s.affiliation, s.description].filter(Boolean).join(', '),
        count: own.length > 0 ? plural(own.length, 'remark') : '',
        topics: { shown: topicLinks(topics.shown), more: { count: topics.more, href: hrefs.speaker(s.id) } },
      };
    }),
    cite: pageCitation('page-speakers', 'Speakers', absoluteUrl(hrefs.speakers(), site), citeContext(event)),
  };
}

export interface TopicListView {
  topics: Array<{ id: string; link: LinkItem; speakers: CappedLinks; exchanges: LinkItem[] }>;
  cite: CitationSource;
}

/**
 * Builds `/topics/`.
 * @param site Astro's `site`, for the citation's absolute URL
 */
export function topicListView({ index, event }: EventData, site: string | URL): TopicListView {
  // One pass over the exchanges, not one per topic.
  const exchangesByTopic = new Map<string, IndexedExchange[]>();
  for (const x of index.exchanges) {
    if (!x.topic) continue;
    const list = exchangesByTopic.get(x.topic);
    if (list) list.push(x);
    else exchangesByTopic.set(x.topic, [x]);
  }
  return {
    topics: index.topics.map((t) => {
      const speakers = firstOf(speakersOn(index, t.id), MAX_NAMED_PER_LINE);
      return {
        id: t.id,
        link: topicLinks([t])[0]!,
        speakers: { shown: speakerLinks(speakers.shown), more: { count: speakers.more, href: hrefs.topic(t.id) } },
        exchanges: (exchangesByTopic.get(t.id) ?? []).map((x) => ({
          href: hrefs.onPage({ collection: 'topics', id: t.id }, x.id),
          label: x.heading,
        })),
      };
    }),
    cite: pageCitation('page-topics', 'Topics', absoluteUrl(hrefs.topics(), site), citeContext(event)),
  };
}
