/**
 * How the search UI says what it found and what it shows, in words that add up: the dialog lists a
 * few remarks and a few pages, and must not read as if a few were shown in all.
 */

/** "3 remarks", "1 page". */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "the 5 remarks", "the remark", "8 of the remarks". */
function shownPart(total: number, shown: number, noun: string): string {
  if (shown >= total) return total === 1 ? `the ${noun}` : `the ${plural(total, noun)}`;
  return `${shown} of the ${noun}s`;
}

/**
 * The dialog's summary of a search: the totals, then, when a list is cut, what is shown of each.
 * @param remarks total found and number shown
 * @param pages total found and number shown
 * @example foundAndShown({ total: 5, shown: 5 }, { total: 6, shown: 3 }) // '5 remarks and 6 pages; showing the 5 remarks and 3 of the pages.'
 * @example foundAndShown({ total: 2, shown: 2 }, { total: 0, shown: 0 }) // '2 remarks.'
 */
export function foundAndShown(remarks: { total: number; shown: number }, pages: { total: number; shown: number }): string {
  const lists = [
    { ...remarks, noun: 'remark' },
    { ...pages, noun: 'page' },
  ].filter((l) => l.total > 0);
  const found = lists.map((l) => plural(l.total, l.noun)).join(' and ');
  if (lists.every((l) => l.shown >= l.total)) return `${found}.`;
  return `${found}; showing ${lists.map((l) => shownPart(l.total, l.shown, l.noun)).join(' and ')}.`;
}

/**
 * Said before the counts when no remark holds every word of the query: Pagefind then finds near
 * spellings only, and a reader checking whether anyone said something must not read them as a yes.
 * @example nearMatchNote('aprrp') // 'No remark holds every word of “aprrp”. Near matches: '
 */
export const nearMatchNote = (query: string): string => `No remark holds every word of “${query}”. Near matches: `;
