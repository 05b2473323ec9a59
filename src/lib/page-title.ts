/** Longest `<title>` we emit: search results cut titles near this length (html-validate's `long-title` rule uses 70). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The document title: the page's own title first (what tabs and bookmarks show), then the site's,
 * when both fit; the page title alone otherwise. The home page passes no page title.
 * @example pageTitle('Victoria Holt', 'Japan’s engagement in UN peacekeeping') // 'Victoria Holt · Japan’s engagement in UN peacekeeping'
 */
export function pageTitle(page: string | undefined, site: string): string {
  if (!page) return site;
  const both = `${page} · ${site}`;
  return both.length <= MAX_TITLE_LENGTH ? both : page;
}
