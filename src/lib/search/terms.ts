/**
 * Where the words of a search query occur in a text, for the landing highlight. A query word of four
 * or more letters matches a word of the text that starts with it, case- and accent-insensitively, as
 * Pagefind's stemmed search finds "training" for "train"; a shorter one ("UN", "US") only the same
 * word, so "un" does not light up "unknown". The whole word is marked. Words are compared by their
 * letters and digits only, as Pagefind indexes them (see `query.ts`): "100" marks "100%", "9000" marks "9,000".
 */

/** Shortest query word matched as a prefix. */
const PREFIX_MIN = 4;

/** A word as compared: accents, case and everything but letters and digits dropped ("9,000" → "9000", "Lane’s" → "lanes"). */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

/** A word: letters and digits, with inner apostrophes, commas and points ("Lane’s", "1,200", "40%"). Hyphens split words. Shared with `rank.ts`. */
export const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}%]|['’,.](?=[\p{L}\p{N}]))*/gu;

/**
 * Character ranges `[start, end)` in `text` of every word that starts with one of `terms`, in text order.
 * @param terms lower-case query words (see `highlightTerms`)
 * @example termRanges('Training on bridges', ['train']) // [[0, 8]]
 */
export function termRanges(text: string, terms: string[]): Array<[number, number]> {
  const folded = terms.map(fold).filter(Boolean);
  if (!folded.length) return [];
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    if (folded.some((t) => (t.length >= PREFIX_MIN ? word.startsWith(t) : word === t)))
      ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
