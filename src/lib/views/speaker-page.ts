/**
 * The view of `/speakers/<id>/`: a person with remarks, their presentation (rendered by the page
 * from their MDX), their remarks elsewhere grouped by session and by Q&A topic, and the other
 * speakers on the same topics. Limits from src/lib/page-limits.ts: past MAX_QUOTED_REMARKS remarks
 * elsewhere they are listed as links, and each topic names MAX_NAMED_PER_LINE other speakers.
 */
import { type CitationSource, citeContext, pageCitation } from '../citation';
import { speakerLinks, topicLinks, type LinkItem } from '../link-items';
import { MAX_NAMED_PER_LINE, MAX_QUOTED_REMARKS, firstOf } from '../page-limits';
import { neighbours, remarksBy, roleLabel, speakerLabel, speakersOn, topicsOf, type SequenceStop } from '../remark-index';
import { personLd } from '../structured-data';
import { absoluteUrl, hrefs } from '../urls';
import type { EventData } from './event-data';
import { mdxViews, type MdxViews } from './mdx';
import { remarkList, type RemarkList } from './remarks';

/** A heading linking to a session or topic, with the remarks under it. */
export interface RemarkGroup {
  /** The heading's anchor: `in-<session>` or `qa-<topic>`. */
  anchor: string;
  heading: LinkItem;
  remarks: RemarkList;
}

export interface SpeakerPageView {
  id: string;
  /** Honorific and name. */
  name: string;
  shortName: string;
  description: string;
  /** The role's label ("Panelist"), the breadcrumb's last step. */
  role: string;
  /** Affiliation and description, joined by "; " (empty when the source gives neither). */
  about: string;
  /** Topics spoken on, linked. */
  topics: LinkItem[];
  hasPresentation: boolean;
  /** Remarks outside the presentation; the page says how many when it lists rather than quotes them. */
  elsewhereCount: number;
  quote: boolean;
  bySession: RemarkGroup[];
  /** Whether the event files Q&A on topic pages (then the page has an "In the Q&A" section, even if empty). */
  hasTopicQa: boolean;
  qaByTopic: RemarkGroup[];
  /** Per topic: the first few other speakers on it, and how many more. */
  alsoOn: Array<{ topic: LinkItem; others: LinkItem[]; more: { count: number; href: string } }>;
  prev?: SequenceStop | undefined;
  next?: SequenceStop | undefined;
  cite: CitationSource;
  jsonLd: Record<string, unknown>;
  /** What the presentation's `<Content>` receives. */
  mdx: MdxViews;
}

/**
 * Builds the speaker page of `id`.
 * @param site Astro's `site`, for the absolute URLs of the citation and JSON-LD
 * @throws Error if `id` is not a person of the index
 */
export function speakerPageView({ index, event }: EventData, id: string, site: string | URL): SpeakerPageView {
  const speaker = index.speakers.find((s) => s.id === id);
  if (!speaker) throw new Error(`speaker page: no person "${id}" in the index`);
  const name = speakerLabel(speaker);
  const topics = topicsOf(index, id);
  const elsewhere = remarksBy(index, id).filter((r) => !(r.home.collection === 'speakers' && r.home.id === id));
  const quote = elsewhere.length <= MAX_QUOTED_REMARKS;
  // Remarks printed on session pages, grouped by session in event order.
  const bySession = index.sessions
    .map((session) => ({ session, remarks: elsewhere.filter((r) => r.home.collection === 'sessions' && r.home.id === session.id) }))
    .filter((g) => g.remarks.length > 0)
    .map(({ session, remarks }) => ({
      anchor: `in-${session.id}`,
      heading: { href: hrefs.session(session.id), label: session.title },
      remarks: remarkList(index, remarks, quote),
    }));
  // Q&A remarks filed on topic pages, grouped under the topic page where they were said.
  const qa = elsewhere.filter((r) => r.home.collection === 'topics');
  const qaByTopic = index.topics
    .map((t) => ({ topic: t, remarks: qa.filter((r) => r.home.id === t.id) }))
    .filter((g) => g.remarks.length > 0)
    .map(({ topic, remarks }) => ({
      anchor: `qa-${topic.id}`,
      heading: { href: hrefs.topic(topic.id), label: topic.title },
      remarks: remarkList(index, remarks, quote),
    }));
  const alsoOn = topics
    .map((t) => ({
      topic: t,
      others: firstOf(
        speakersOn(index, t.id).filter((s) => s.id !== id),
        MAX_NAMED_PER_LINE,
      ),
    }))
    .filter((a) => a.others.shown.length)
    .map(({ topic, others }) => ({
      topic: topicLinks([topic])[0]!,
      others: speakerLinks(others.shown),
      more: { count: others.more, href: hrefs.topic(topic.id) },
    }));
  const url = absoluteUrl(hrefs.speaker(id), site);
  return {
    id,
    name,
    shortName: speaker.shortName,
    description: `${name} at the event: every remark, verbatim from the event summary.`,
    role: roleLabel(index, speaker.role),
    about: [speaker.affiliation, speaker.description].filter(Boolean).join('; '),
    topics: topicLinks(topics),
    hasPresentation: speaker.hasPresentation,
    elsewhereCount: elsewhere.length,
    quote,
    bySession,
    hasTopicQa: index.exchanges.some((x) => x.home.collection === 'topics'),
    qaByTopic,
    alsoOn,
    ...neighbours(index, 'speakers', id),
    cite: pageCitation(`page-speakers-${id}`, `${name}: remarks`, url, citeContext(event)),
    jsonLd: personLd({ name: speaker.name, honorificPrefix: speaker.honorific, url }),
    mdx: mdxViews(index, { collection: 'speakers', id }),
  };
}
