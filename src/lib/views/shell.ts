/**
 * The view of every page's shell (BaseLayout): what its head declares (title, canonical URL,
 * link-preview and citation metadata), what its header, printed masthead and footer say, and what
 * its `<body>` tells the shared module (forwarded anchors, the stand-in origin). `src/data/shell.ts`
 * builds it for a page; the layout only prints it.
 */
import { eventDateText, hostLine } from '../event-model';
import type { LinkAliases } from '../link-contract';
import { pageTitle } from '../page-title';
import { absoluteUrl, pageHref, SITE_URL_SET } from '../urls';
import type { EventData } from './event-data';

/** What the layout prints in the head's citation tags (Highwire Press tags, read by Zotero and Scholar). */
export interface CitationMeta {
  title: string;
  /** The summary's author is its host (see src/lib/citation/source.ts). */
  authors: string[];
  /** `2015/04/20`, when the event has a date. */
  publicationDate?: string | undefined;
  conferenceTitle: string;
  publisher: string;
}

export interface ShellView {
  /** The `<title>`: the page's own title, then the site's, as `pageTitle` writes it. */
  title: string;
  /** The page's absolute URL, or undefined for a page with no address of its own (the 404 page). */
  canonical?: string | undefined;
  noindex: boolean;
  /** og:title and twitter:title: the page's own title, or the event's on the home page. */
  ogTitle: string;
  /** og:site_name: the event's short title. */
  siteName: string;
  /** The citation tags, or undefined on a page kept out of search engines. */
  citation?: CitationMeta | undefined;
  header: {
    /** The site title the header links home. */
    title: string;
    /** Whether the navigation has a Topics link (an event with topics). */
    topics: boolean;
  };
  /** The printed masthead's "event · host, date" (the canonical URL follows it when there is one). */
  masthead: string;
  footer: { host: string; documentTitle: string; date?: string | undefined };
  /** `data-fragment-aliases`: this page's old anchors → new ones as JSON, or undefined when it has none. */
  fragmentAliases?: string | undefined;
  /** `data-stand-in-origin`: the origin absolute URLs carry when the build had no SITE_URL, else undefined. */
  standInOrigin?: string | undefined;
}

/** What `shellView` needs besides the event. */
export interface ShellInput {
  /** The page's base-less contract path (`/speakers/ada/`, `/` for home; see src/lib/link-contract.ts `contractPath`). */
  pagePath: string;
  /** Astro's `site`. */
  site: string | URL;
  /** The page's own title; omitted on the home page, whose title is the site's. */
  title?: string | undefined;
  /** Keep the page out of search engines (the 404 page). */
  noindex?: boolean | undefined;
  /** `link-aliases.json` as read by src/data/link-aliases.ts. */
  aliases: LinkAliases;
  /** Whether the build was given SITE_URL; the build's own setting unless a test says otherwise. */
  siteUrlSet?: boolean | undefined;
}

/**
 * The shell of the page at `pagePath`.
 * @param data the loaded event (only `event` and the index's topics are read)
 * @returns everything BaseLayout prints around the page's own content, except what the page passes itself
 *   (description, current section, Open Graph type, JSON-LD, what "Cite this page" cites)
 */
export function shellView({ event, index }: Pick<EventData, 'event' | 'index'>, input: ShellInput): ShellView {
  const { pagePath, site, title, noindex = false, aliases, siteUrlSet = SITE_URL_SET } = input;
  // The 404 page is served at any missing address, so it has no address of its own to declare.
  const canonical = noindex ? undefined : absoluteUrl(pageHref(pagePath), site);
  const fragments = aliases.fragments[pagePath];
  const date = eventDateText(event);
  const host = hostLine(event);
  return {
    title: pageTitle(title, event),
    canonical,
    noindex,
    ogTitle: title ?? event.title,
    siteName: event.shortTitle,
    citation: noindex
      ? undefined
      : {
          title: title ?? event.title,
          authors: event.hosts,
          publicationDate: event.date?.replaceAll('-', '/'),
          conferenceTitle: event.title,
          publisher: host,
        },
    header: { title: event.shortTitle, topics: index.topics.length > 0 },
    masthead: `${event.title} · ${host}, ${date ?? ''}`,
    footer: { host, documentTitle: event.documentTitle, date },
    fragmentAliases: fragments && Object.keys(fragments).length ? JSON.stringify(fragments) : undefined,
    // Built without SITE_URL (a local preview), absolute URLs carry a stand-in origin; copy buttons put the page's own in its place.
    standInOrigin: siteUrlSet ? undefined : new URL(site).origin,
  };
}
