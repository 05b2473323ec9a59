/**
 * The landing highlight: on a page opened from a search result (`?hl=words#anchor`), the query's words
 * are highlighted in the target remark (or in <main> for a page result) with the CSS Custom Highlight
 * API (https://drafts.csswg.org/css-highlight-api-1/), which paints ranges without touching the DOM,
 * so copied text stays exactly the remark's text. The remark itself is marked by `:target` (a bar,
 * see global.css). A small bar names the words and dismisses the highlight. The `hl` parameter is
 * removed from the address at once, so the address bar holds the plain permalink.
 */
import { HIGHLIGHT_PARAM, landingTerms } from '../../lib/search/landing';
import { termRanges } from '../../lib/search/terms';
import { el } from './render';

/** The highlight's name in CSS: `::highlight(search-terms)`. */
const NAME = 'search-terms';

/** Runs once on page load when the URL has `?hl=`. */
export function highlightLanding(): void {
  const url = new URL(location.href);
  const terms = landingTerms(url);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url);
  if (!terms.length || !('highlights' in CSS)) return;

  const id = decodeURIComponent(location.hash.slice(1));
  const scope = (id && document.getElementById(id)) || document.querySelector('main');
  if (!scope) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    // Text a reader does not read as the remark (buttons, screen-reader-only labels) is left alone.
    acceptNode: (node) =>
      node.parentElement?.closest('button, .sr-only, [data-no-highlight]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const [start, end] of termRanges((node as Text).data, terms)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  if (!ranges.length) return;
  CSS.highlights.set(NAME, new Highlight(...ranges));
  // A page result has no anchor to scroll to: the first highlighted word is brought into view instead.
  if (scope.tagName === 'MAIN') ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });

  const bar = el(
    'div',
    'search-highlight-bar fixed inset-x-2 bottom-2 z-30 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm shadow-lg select-none dark:border-zinc-600 dark:bg-zinc-800 print:hidden',
  );
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Search highlight');
  const words = el('p', 'm-0 flex-1', `Highlighted: ${terms.join(', ')} (${ranges.length} ${ranges.length === 1 ? 'place' : 'places'})`);
  const clear = el('button', 'rounded border border-zinc-400 px-2 py-1 dark:border-zinc-500', 'Clear highlight');
  clear.type = 'button';
  clear.addEventListener('click', () => {
    CSS.highlights.delete(NAME);
    bar.remove();
    // Focus goes to the passage the highlight was in, not to the top of the page.
    if (!scope.hasAttribute('tabindex')) scope.setAttribute('tabindex', '-1');
    (scope as HTMLElement).focus({ preventScroll: true });
  });
  bar.append(words, clear);
  document.body.append(bar);
}
