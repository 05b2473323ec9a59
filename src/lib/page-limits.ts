/**
 * How much a page lists before it summarises, so that no page grows without bound as an event
 * grows (a conference has hundreds of speakers and thousands of remarks). Small events are shown
 * in full; past a limit a list shows its first items and says how many more there are, linking to
 * the page that has them all, and quoted remarks become links to the remark in context. Every
 * remark keeps its anchor on its home page and its own page, so nothing stops being addressable.
 */

/** A speaker or topic page quotes remarks from elsewhere in full up to this many; beyond, it links to them. */
export const MAX_QUOTED_REMARKS = 20;

/** People or topics named per line of a cross-reference list ("Also on these topics", index lists). */
export const MAX_NAMED_PER_LINE = 6;

/** An A–Z entry lists this many remarks on the A–Z page; a longer entry gets its own page with all of them. */
export const MAX_REMARKS_PER_ENTRY = 6;

/** The source view shows this many paragraphs per page: `/source/`, then `/source/2/` and on. */
export const SOURCE_PARAGRAPHS_PER_PAGE = 100;

/**
 * A list cut into pages of `perPage` items, numbered from 1; an empty list is one empty page.
 * @example paginate(['a', 'b', 'c'], 2) // [{ number: 1, start: 0, items: ['a', 'b'] }, { number: 2, start: 2, items: ['c'] }]
 */
export function paginate<T>(items: readonly T[], perPage: number): Array<{ number: number; start: number; items: T[] }> {
  const size = Math.max(1, Math.floor(perPage));
  const pages = [];
  for (let start = 0; start < items.length || pages.length === 0; start += size) {
    pages.push({ number: pages.length + 1, start, items: items.slice(start, start + size) });
  }
  return pages;
}

/** The home page shows the speaker × topic grid only up to this many cells (a 20 × 20 event). */
export const MAX_GRID_CELLS = 400;

/** The home page lists every exchange of the Q&A up to this many; beyond, the Topics page does. */
export const MAX_CONTENTS_EXCHANGES = 100;

/**
 * The first `max` items of a list and how many are left out.
 * @example firstOf(['a', 'b', 'c'], 2) // { shown: ['a', 'b'], more: 1 }
 * @example firstOf(['a'], 2) // { shown: ['a'], more: 0 }
 */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, Math.max(0, max)), more: Math.max(0, items.length - Math.max(0, max)) };
}
