/** Longest `<title>` we emit: search results cut titles near this length (html-validate's `long-title` rule uses 70). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The document title: the page's own title first (what tabs and bookmarks show), then the site's,
 * when both fit; the page title alone otherwise, shortened at a word with "…" if it is itself too
 * long (the page's h1 keeps the full title). The home page passes no page title.
 * @example pageTitle('Dr. Ada Lane', 'Test panel') // 'Dr. Ada Lane · Test panel'
 */
export function pageTitle(page: string | undefined, site: string): string {
  if (!page) return site;
  const both = `${page} · ${site}`;
  if (both.length <= MAX_TITLE_LENGTH) return both;
  if (page.length <= MAX_TITLE_LENGTH) return page;
  const cut = page.slice(0, MAX_TITLE_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:–-]+$/, '')}…`;
}
