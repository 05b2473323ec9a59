/**
 * DOM pieces shared by the search page and the header dialog. Text goes in as text nodes, never as
 * HTML, so content can never inject markup.
 */
import type { Excerpt } from '../../lib/search/excerpt';
import { IndexMissing, type Hit } from './engine';

/** An element with classes and, optionally, text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The excerpt as text with `<mark>`ed matches and "…" where it is cut. */
export function excerptFragment(excerpt: Excerpt): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (excerpt.cutStart) fragment.append('… ');
  for (const piece of excerpt.segments) fragment.append(piece.mark ? el('mark', '', piece.text) : piece.text);
  if (excerpt.cutEnd) fragment.append(' …');
  return fragment;
}

/** "Speaker · topics · part" for a remark, or "Page" for a page result. */
export function hitContext(hit: Hit): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (hit.kind === 'page') {
    fragment.append(el('span', 'font-semibold text-zinc-900 dark:text-zinc-50', hit.title), ' · page');
    return fragment;
  }
  // An event without topics (or with one part) leaves those slots out rather than printing "· ·".
  const rest = [hit.topics, hit.part].filter((s): s is string => Boolean(s));
  fragment.append(el('span', 'font-semibold text-zinc-900 dark:text-zinc-50', hit.speaker ?? ''), ...rest.map((s) => ` · ${s}`));
  return fragment;
}

/** What the search UI says when the engine fails: the index is missing (a build is needed), or search did not answer. */
export function failureMessage(error: unknown): string {
  if (error instanceof IndexMissing) {
    // In `astro dev` a build and a reload are enough; a built site without an index needs a build.
    return error.devServer
      ? 'Search is not available yet: the search index has not been built. Run npm run build, then reload this page.'
      : 'Search is not available: the search index has not been built. Run the build (npm start) and open the built site.';
  }
  return 'Search did not answer. Check the connection and retry.';
}
