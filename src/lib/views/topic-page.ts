/**
 * The view of `/topics/<id>/`: the topic's speakers and participants, whether it holds Q&A
 * exchanges (the page renders them from its MDX), and the remarks tagged with it whose home is
 * elsewhere, quoted up to MAX_QUOTED_REMARKS (src/lib/page-limits.ts) and listed as links beyond.
 */
import { type CitationSource, citeContext, pageCitation } from '../citation';
import { speakerLinks, type LinkItem } from '../link-items';
import { MAX_QUOTED_REMARKS } from '../page-limits';
import { neighbours, remarksOn, speakersOn, type SequenceStop } from '../remark-index';
import { absoluteUrl, hrefs } from '../urls';
import type { EventData } from './event-data';
import { mdxViews, type MdxViews } from './mdx';
import { remarkList, type RemarkList } from './remarks';

export interface TopicPageView {
  id: string;
  title: string;
  description: string;
  /** The breadcrumb's last step: "Q&A topic" or "Topic". */
  kind: string;
  speakers: LinkItem[];
  /** Unnamed participants who spoke on it, as the page prints them ("audience member, …"). */
  participants: string;
  hasExchanges: boolean;
  /** A topic without exchanges: all its remarks. */
  remarks: RemarkList;
  /** A topic with exchanges: remarks from the presentations and from exchanges filed elsewhere. */
  fromPresentations: RemarkList;
  fromOtherExchanges: RemarkList;
  /** Whether any remark tagged with the topic lives elsewhere (the "Also on this topic" section). */
  hasElsewhere: boolean;
  prev?: SequenceStop | undefined;
  next?: SequenceStop | undefined;
  cite: CitationSource;
  mdx: MdxViews;
}

/**
 * Builds the topic page of `id`.
 * @param site Astro's `site`, for the citation's absolute URL
 * @throws Error if `id` is not a topic of the index
 */
export function topicPageView({ index, event }: EventData, id: string, site: string | URL): TopicPageView {
  const topic = index.topics.find((t) => t.id === id);
  if (!topic) throw new Error(`topic page: no topic "${id}" in the index`);
  const on = remarksOn(index, id);
  const participants = [...new Set(on.flatMap((r) => r.authors.filter((a) => a.kind === 'participant').map((a) => a.label)))];
  const hasExchanges = index.exchanges.some((x) => x.topic === id);
  // Remarks tagged with this topic whose home is elsewhere: presentations, and exchanges filed under another topic.
  const elsewhere = on.filter((r) => !(r.home.collection === 'topics' && r.home.id === id));
  const quote = elsewhere.length <= MAX_QUOTED_REMARKS;
  return {
    id,
    title: topic.title,
    description: hasExchanges
      ? `The Q&A on “${topic.title}”: every exchange, verbatim from the event summary, and related presentation remarks.`
      : `Every remark on “${topic.title}”, verbatim from the event summary.`,
    kind: hasExchanges ? 'Q&A topic' : 'Topic',
    speakers: speakerLinks(speakersOn(index, id)),
    participants: participants.join(', ').toLowerCase(),
    hasExchanges,
    remarks: remarkList(index, elsewhere, quote),
    fromPresentations: remarkList(
      index,
      elsewhere.filter((r) => r.part === 'presentation'),
      quote,
    ),
    fromOtherExchanges: remarkList(
      index,
      elsewhere.filter((r) => r.part === 'qa'),
      quote,
    ),
    hasElsewhere: elsewhere.length > 0,
    ...neighbours(index, 'topics', id),
    cite: pageCitation(
      `page-topics-${id}`,
      hasExchanges ? `Q&A: ${topic.title}` : topic.title,
      absoluteUrl(hrefs.topic(id), site),
      citeContext(event),
    ),
    mdx: mdxViews(index, { collection: 'topics', id }),
  };
}
