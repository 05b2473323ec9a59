/**
 * The address a search result links to: the remark's (or page's) URL with the query's words in
 * `?hl=`, before the `#anchor`, so the landing page can highlight them. The landing script removes
 * the parameter again, so the address bar and copied links keep the plain permalink.
 */

/** The URL parameter that carries the words to highlight. */
export const HIGHLIGHT_PARAM = 'hl';

/**
 * @param href a same-site href, possibly with `?query` and `#fragment`
 * @param terms words to highlight; none leaves the href unchanged
 * @example landingHref('/topics/x/#lane-y', ['bridge']) // '/topics/x/?hl=bridge#lane-y'
 */
export function landingHref(href: string, terms: string[]): string {
  if (!terms.length) return href;
  const hashAt = href.indexOf('#');
  const [path, hash] = hashAt < 0 ? [href, ''] : [href.slice(0, hashAt), href.slice(hashAt)];
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms.join(' '))}${hash}`;
}

/** The words carried by a landing URL, or [] when it has none. */
export function landingTerms(url: URL): string[] {
  return (url.searchParams.get(HIGHLIGHT_PARAM) ?? '').split(/\s+/).filter(Boolean);
}
