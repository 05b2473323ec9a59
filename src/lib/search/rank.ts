/**
 * The second ranking pass over Pagefind's results. Pagefind ranks by BM25 over the whole record,
 * the speaker-and-topic block included (records.ts), so a remark that names none of the query's words
 * can outrank one that says them all. This pass orders the first results it is given by, in turn:
 * 1. coverage: every query word is in the remark's own text, or names its speaker;
 * 2. the speaker named: the query names this remark's speaker ("Holt Security Council");
 * 3. adjacency: the query's other words stand together, in order, in the own text (a phrase);
 * 4. Pagefind's order (its score), which also breaks every tie.
 * Words match as Pagefind's English stemming finds them, approximately: a query word of four or more
 * letters matches a text word that starts with its stem (`stem`), a shorter one ("UN", "G4") only itself.
 */

import { WORD } from './terms';

/** Folds case and accents, as Pagefind matches words (https://pagefind.app/docs/api/#diacritics). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Words of a text or a query: letters and digits with inner apostrophes, commas and points kept
 * ("Lane’s", "9,000", "85%"); hyphens and other symbols split ("US-Japan" → us, japan; "<100" → 100).
 */
export function rankWords(text: string): string[] {
  return [...fold(text).matchAll(WORD)].map((m) => m[0].replace(/['’]s$/, ''));
}

/** Shortest query word matched by its stem (a prefix); shorter ones must match whole. */
const STEM_MIN = 4;

/**
 * A query word's stem: the word less one common English ending, if four letters remain
 * ("missions" → "mission", "countries" → "countr", "trained" → "train"). A rough stand-in for the
 * Snowball stemmer Pagefind indexes with; it errs towards matching.
 */
export function stem(word: string): string {
  if (word.length < STEM_MIN) return word;
  const cut = word.replace(/(ations?|ings?|ies|ers?|es|ed|ly|s)$/, '');
  return cut.length >= STEM_MIN ? cut : word;
}

/** Whether a text word is a form of the query word (see `stem`). */
export const wordMatches = (textWord: string, queryWord: string): boolean =>
  queryWord.length < STEM_MIN ? textWord === queryWord : textWord.startsWith(stem(queryWord));

/** What the second pass needs to know of one result. */
export interface RankInput {
  /** The record's own text: a remark's words without the speaker-and-topic block, or a page's text. */
  ownText: string;
  /** Who said it, as the result shows it ("Victoria Holt"; "Hoshino and Uesugi"); empty for a page. */
  speaker: string;
}

/** The sort keys of one result for a query; higher ranks first, compared in the order of the fields. */
export interface RankKeys {
  covered: boolean;
  speakerNamed: boolean;
  adjacent: boolean;
}

/**
 * The keys of a result for the query's words (`rankWords(query)`).
 * @example rankKeys(rankWords('holt mandate'), { ownText: 'the mandate is broad', speaker: 'Victoria Holt' })
 *   // { covered: true, speakerNamed: true, adjacent: true }
 */
export function rankKeys(query: string[], input: RankInput): RankKeys {
  const own = rankWords(input.ownText);
  const speaker = rankWords(input.speaker);
  const inText = (q: string) => own.some((w) => wordMatches(w, q));
  const naming = query.filter((q) => speaker.some((w) => wordMatches(w, q)));
  const rest = query.filter((q) => !naming.includes(q));
  return {
    covered: query.length > 0 && query.every((q) => inText(q) || naming.includes(q)),
    speakerNamed: naming.length > 0,
    adjacent: rest.length > 0 && adjacentIn(own, rest),
  };
}

/** Whether the query words stand one after another, in order, somewhere in the text's words. */
function adjacentIn(words: string[], query: string[]): boolean {
  for (let i = 0; i + query.length <= words.length; i++) if (query.every((q, j) => wordMatches(words[i + j]!, q))) return true;
  return false;
}

const weight = (k: RankKeys) => (k.covered ? 4 : 0) + (k.speakerNamed ? 2 : 0) + (k.adjacent ? 1 : 0);

/**
 * Reorders results by their keys, keeping Pagefind's order among equals (a stable sort).
 * @param items results in Pagefind's order
 * @param keysOf the keys of an item (see `rankKeys`)
 * @returns a new array
 */
export function rerank<T>(items: readonly T[], keysOf: (item: T) => RankKeys): T[] {
  return items
    .map((item, at) => ({ item, at, w: weight(keysOf(item)) }))
    .sort((a, b) => b.w - a.w || a.at - b.at)
    .map((x) => x.item);
}
