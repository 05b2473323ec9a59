/**
 * The view of a page of the source view (`/source/`, `/source/2/`, …): the summary as received,
 * paragraph by paragraph, each linking to the remarks and narration it was split into. A long
 * source is cut into pages of SOURCE_PARAGRAPHS_PER_PAGE paragraphs (`sourcePages`); paragraph
 * anchors (`#paragraph-<n>`) are numbered across the whole source.
 *
 * Not Astro's `paginate()` (https://docs.astro.build/en/reference/routing-reference/#paginate):
 * it needs one route for all pages, `[...page].astro`, and with `trailingSlash: 'never'` (build
 * format `preserve`) Astro writes that route's first page as `source.html`, not the
 * `source/index.html` the address `/source/` needs (see FOLDER_PAGES in src/lib/urls.ts). So
 * `/source/` stays `source/index.astro` and later pages `source/[page].astro`, both printing this view.
 */
import { type CitationSource, citeContext, pageCitation } from '../citation';
import type { LinkItem } from '../link-items';
import { SOURCE_PARAGRAPHS_PER_PAGE, paginate } from '../page-limits';
import { homeTitle, remarkTitle, type EventIndex } from '../remark-index';
import { splitLeadingHeadings, type SourceParagraph } from '../source-view';
import { OPENING_ID } from '../validate';
import { absoluteUrl, hrefs } from '../urls';
import type { EventData } from './event-data';

/** One page of the source view (the fields of Astro's `Page` that the view reads). */
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
  pages?: { range: string; links: Array<LinkItem & { current: boolean }> } | undefined;
  paragraphs: Array<{
    /** `paragraph-<n>`, n counted across the whole source. */
    anchor: string;
    text: string;
    /** Where its passages are now, each place once; empty for a heading. */
    passages: LinkItem[];
  }>;
  cite: CitationSource;
}

/**
 * The pages of the source view: the source without its leading headings, cut into pages of
 * `perPage` paragraphs; page 1 is `/source/`. An empty source is one empty page.
 * @example sourcePages({ source }, 100).map((p) => p.currentPage) // [1, 2, 3] for 250 paragraphs
 */
export function sourcePages({ source }: Pick<EventData, 'source'>, perPage = SOURCE_PARAGRAPHS_PER_PAGE): SourcePage[] {
  const { paragraphs } = splitLeadingHeadings(source);
  const pages = paginate(paragraphs, perPage);
  return pages.map((p) => ({ data: p.items, start: p.start, total: paragraphs.length, currentPage: p.number, lastPage: pages.length }));
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
 * @param page one of `sourcePages`
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
            links: Array.from({ length: lastPage }, (_, i) => ({
              href: hrefs.sourcePage(i + 1),
              label: String(i + 1),
              current: i + 1 === number,
            })),
          }
        : undefined,
    paragraphs: page.data.map((p, i) => ({
      anchor: `paragraph-${page.start + i + 1}`,
      text: p.text,
      // Each place once: the opening's paragraphs all lead to one anchor.
      passages: [...new Map(p.remarkIds.map((id) => passageLink(index, id)).map((l) => [l.href, l])).values()],
    })),
    cite: pageCitation(
      number > 1 ? `page-source-${number}` : 'page-source',
      title,
      absoluteUrl(hrefs.sourcePage(number), site),
      citeContext(event),
    ),
  };
}
