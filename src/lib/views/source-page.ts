/**
 * The view of a page of the source view (`/source/`, `/source/2/`, …): the summary as received,
 * paragraph by paragraph, each linking to the remarks and narration it was split into. A long
 * source is cut into pages of SOURCE_PARAGRAPHS_PER_PAGE paragraphs by Astro's `paginate()`
 * (https://docs.astro.build/en/reference/routing-reference/#paginate); paragraph anchors
 * (`#paragraph-<n>`) are numbered across the whole source.
 */
import { citeContext } from '../../data/cite';
import { pageCitation } from '../cite-sources';
import type { CitationSource } from '../citation';
import type { LinkItem } from '../link-items';
import { homeTitle, remarkTitle, type EventIndex } from '../remark-index';
import { splitLeadingHeadings, type SourceParagraph } from '../source-view';
import { OPENING_ID } from '../validate';
import { absoluteUrl, hrefs } from '../urls';
import type { EventData } from './event-data';

/** The fields of Astro's `Page` (what `paginate()` passes each page) that the view reads. */
export interface SourcePage {
  /** This page's paragraphs. */
  data: SourceParagraph[];
  /** Index of the first of them among all paragraphs, from 0. */
  start: number;
  /** Paragraphs in all. */
  total: number;
  currentPage: number;
  lastPage: number;
}

export interface SourcePageView {
  title: string;
  event: EventData['event'];
  /** The source's leading headings ("EXECUTIVE SUMMARY"), printed on the first page only. */
  headings: string[];
  /** The page list, when there is more than one page: "Paragraphs 101–200 of 250" and a link per page. */
  pages?: { range: string; links: Array<LinkItem & { current: boolean }> };
  paragraphs: Array<{
    /** `paragraph-<n>`, n counted across the whole source. */
    anchor: string;
    text: string;
    /** Where its passages are now, each place once; empty for a heading. */
    passages: LinkItem[];
  }>;
  cite: CitationSource;
}

/** The paragraphs the source view pages through: the source without its leading headings. */
export function sourceParagraphsToPage({ source }: Pick<EventData, 'source'>): SourceParagraph[] {
  return splitLeadingHeadings(source).paragraphs;
}

/** Where a passage of the source is on the site, and how a source paragraph names it. */
function passageLink(index: EventIndex, id: string): LinkItem {
  const r = index.remarkById.get(id);
  if (r) return { href: hrefs.onPage(r.home, r.id), label: remarkTitle(r) };
  const n = index.narrationById.get(id);
  if (!n) throw new Error(`source view: no remark or narration "${id}" in the index`);
  // The opening's paragraphs share one anchor on the home page.
  if (n.home.collection === 'event') return { href: hrefs.onPage(n.home, OPENING_ID), label: 'the opening, on the event index' };
  return { href: hrefs.onPage(n.home, n.id), label: `narration, in ${homeTitle(index, n.home)}` };
}

/**
 * Builds one page of the source view.
 * @param page the page as Astro's `paginate()` gives it (over `sourceParagraphsToPage`)
 * @param site Astro's `site`, for the citation's absolute URL
 */
export function sourcePageView({ index, source, event }: EventData, page: SourcePage, site: string | URL): SourcePageView {
  const { currentPage: number, lastPage } = page;
  const title = lastPage > 1 ? `Source text, page ${number} of ${lastPage}` : 'Source text';
  return {
    title,
    event,
    headings: number === 1 ? splitLeadingHeadings(source).headings.map((h) => h.text) : [],
    pages:
      lastPage > 1
        ? {
            range: `Paragraphs ${page.start + 1}–${page.start + page.data.length} of ${page.total}`,
            links: Array.from({ length: lastPage }, (_, i) => ({ href: hrefs.sourcePage(i + 1), label: String(i + 1), current: i + 1 === number })),
          }
        : undefined,
    paragraphs: page.data.map((p, i) => ({
      anchor: `paragraph-${page.start + i + 1}`,
      text: p.text,
      // Each place once: the opening's paragraphs all lead to one anchor.
      passages: [...new Map(p.remarkIds.map((id) => passageLink(index, id)).map((l) => [l.href, l])).values()],
    })),
    cite: pageCitation(number > 1 ? `page-source-${number}` : 'page-source', title, absoluteUrl(hrefs.sourcePage(number), site), citeContext(event)),
  };
}
