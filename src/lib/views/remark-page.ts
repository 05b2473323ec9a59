/**
 * The view of `/remarks/<id>/`: one remark on its own page, with who said it, the part of the
 * event (and its exchange), its topics, links to it in context and to its neighbours in event
 * order, its citation and its schema.org Quotation.
 */
import { truncateAtWord } from '../text';
import { type CitationSource, citeContext, remarkCitation } from '../citation';
import { remarkPartLabel } from '../event-json';
import { remarkTopicLinks, type LinkItem } from '../link-items';
import { homeTitle, remarkNeighbours, remarkTitle, type IndexedRemark } from '../remark-index';
import { eventLd, quotationLd } from '../structured-data';
import { absoluteUrl, hrefs } from '../urls';
import type { EventData } from './event-data';

export interface RemarkPageView {
  remark: IndexedRemark;
  title: string;
  /** The remark's text, cut at a word within 180 characters (with "…") for the meta description. */
  description: string;
  /** The breadcrumb's middle step: the remark's home page. */
  home: LinkItem;
  /** "Q&A", a session's title, or "Presentation" (see `remarkPartLabel`). */
  part: string;
  /** The exchange the remark belongs to, linked in context. */
  exchange?: LinkItem | undefined;
  topics: LinkItem[];
  /** The remark on its home page. */
  inContext: string;
  /** This page's absolute address, for the copy-link button. */
  url: string;
  prev?: LinkItem | undefined;
  next?: LinkItem | undefined;
  cite: CitationSource;
  jsonLd: Record<string, unknown>;
}

/**
 * Builds the page of remark `id`.
 * @param site Astro's `site`, for absolute URLs (copy link, citation, JSON-LD)
 * @throws Error if `id` is not a remark of the index
 */
export function remarkPageView({ index, event }: EventData, id: string, site: string | URL): RemarkPageView {
  const remark = index.remarkById.get(id);
  if (!remark) throw new Error(`remark page: no remark "${id}" in the index`);
  const speakers = remark.authors.flatMap((a) => index.speakers.filter((s) => a.kind === 'speaker' && s.id === a.id));
  const exchange = remark.exchange ? index.exchanges.find((x) => x.id === remark.exchange) : undefined;
  const { prev, next } = remarkNeighbours(index, id);
  const url = absoluteUrl(hrefs.remarkPage(id), site);
  return {
    remark,
    title: remarkTitle(remark),
    description: truncateAtWord(remark.text, 180),
    home: { href: hrefs.page(remark.home), label: homeTitle(index, remark.home) },
    part: remarkPartLabel(index, remark),
    exchange: exchange && { href: hrefs.onPage(exchange.home, exchange.id), label: exchange.heading },
    topics: remarkTopicLinks(index, remark),
    inContext: hrefs.onPage(remark.home, remark.id),
    url,
    prev: prev && { href: hrefs.remarkPage(prev.id), label: remarkTitle(prev) },
    next: next && { href: hrefs.remarkPage(next.id), label: remarkTitle(next) },
    cite: remarkCitation(remark, url, citeContext(event), speakers),
    jsonLd: quotationLd({
      text: remark.text,
      url,
      speakers: speakers.map((s) => ({ name: s.name, honorificPrefix: s.honorific, url: absoluteUrl(hrefs.speaker(s.id), site) })),
      // The event by reference: its performers are on the home page's JSON-LD, at the event's url.
      event: eventLd({ name: event.title, date: event.date, hosts: event.hosts, url: absoluteUrl(hrefs.home(), site) }),
    }),
  };
}
