/**
 * Remarks as pages print them away from their text: quoted in full with their topics linked, or,
 * past MAX_QUOTED_REMARKS (src/lib/page-limits.ts), as links titled by who said it and how it opens.
 */
import { remarkTopicLinks, type LinkItem } from '../link-items';
import { remarkTitle, type EventIndex, type IndexedRemark } from '../remark-index';
import { hrefs } from '../urls';

/** A remark with its topics as links: what `RemarkMeta` prints above it. */
export interface RemarkCard {
  remark: IndexedRemark;
  topics: LinkItem[];
}

/** A list of remarks either quoted in full or listed as links (see `remarkList`). */
export type RemarkList = { quoted: RemarkCard[]; linked?: undefined } | { linked: LinkItem[]; quoted?: undefined };

/** A remark with its topics linked (titles from `topicTitles`). */
export function remarkCard(index: EventIndex, remark: IndexedRemark): RemarkCard {
  return { remark, topics: remarkTopicLinks(index, remark) };
}

/**
 * A link to a remark in context (its home page and anchor), titled by `remarkTitle`.
 * @example remarkLink(remark) // { href: '/topics/roads/#ada-answers', label: 'Dr. Ada Al: “Ada answered.”' }
 */
export function remarkLink(remark: IndexedRemark): LinkItem {
  return { href: hrefs.onPage(remark.home, remark.id), label: remarkTitle(remark) };
}

/** Remarks quoted (`quote` true) or as links to them in context. */
export function remarkList(index: EventIndex, remarks: IndexedRemark[], quote: boolean): RemarkList {
  return quote ? { quoted: remarks.map((r) => remarkCard(index, r)) } : { linked: remarks.map(remarkLink) };
}

/** Whether a list holds no remark (quoted or linked). */
export function isEmptyRemarkList(list: RemarkList): boolean {
  return (list.quoted ?? list.linked).length === 0;
}
