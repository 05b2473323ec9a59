import type { EventInput } from './event-model';
import { truncateAtWord } from './text';

/** Longest `<title>` we emit: search results cut titles near this length (html-validate's `long-title` rule uses 70). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The document title: the page's own title first (what tabs and bookmarks show), then the event's
 * short title, when both fit; the page title alone otherwise, shortened at a word with "…" if it is
 * itself too long (the page's h1 keeps the full title). The home page passes no page title and
 * gets the site's name (`siteTitle`).
 * @example pageTitle('Dr. Ada Lane', { shortTitle: 'Test panel' }) // 'Dr. Ada Lane · Test panel'
 * @example pageTitle(undefined, { shortTitle: 'Test panel' }) // 'Test panel: event summary'
 */
export function pageTitle(page: string | undefined, event: Pick<EventInput, 'shortTitle'>): string {
  if (!page) return siteTitle(event);
  const both = `${page} · ${event.shortTitle}`;
  if (both.length <= MAX_TITLE_LENGTH) return both;
  if (page.length <= MAX_TITLE_LENGTH) return page;
  return truncateAtWord(page, MAX_TITLE_LENGTH - 1);
}

/**
 * The site's own name: the event's short title, then what the site is. The home page's `<title>`
 * and the container every citation names (src/lib/citation/source.ts) both use it.
 * @example siteTitle({ shortTitle: 'Test panel' }) // 'Test panel: event summary'
 */
export function siteTitle(event: Pick<EventInput, 'shortTitle'>): string {
  return `${event.shortTitle}: event summary`;
}
