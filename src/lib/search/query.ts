/**
 * How a typed query is read. Pagefind runs an exact-phrase search only when the whole query is one
 * quoted phrase (its `search()` tests /^\s*".+"\s*$/, pagefind 1.5 `pagefind.js`); a query that mixes words
 * and "quoted phrases" is searched for all its words, and each phrase then narrows the results.
 */

export interface ParsedQuery {
  /** The query for Pagefind's ranked search: the words of the query, quotes removed. */
  words: string;
  /** Each "quoted phrase", without its quotes, in order. */
  phrases: string[];
  /** True when the whole query is a single quoted phrase, which Pagefind searches exactly by itself. */
  wholePhrase: boolean;
}

/** Splits a query into its words and its "quoted phrases" (straight or curly quotes). */
export function parseQuery(query: string): ParsedQuery {
  const normalised = query.replace(/[“”„]/g, '"').trim();
  const phrases = [...normalised.matchAll(/"([^"]+)"/g)].map((m) => m[1].trim()).filter(Boolean);
  const words = normalised.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  const wholePhrase = phrases.length === 1 && /^"[^"]+"$/.test(normalised);
  return { words, phrases, wholePhrase };
}

/** Lower-case words of a text with punctuation dropped, as phrase matching compares them ("1,200" and "40%" stay whole). */
const phraseWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/([\p{L}\p{N}])[,.’'](?=[\p{L}\p{N}])/gu, '$1\u0000')
    .replace(/[^\p{L}\p{N}%\u0000]+/gu, ' ')
    .replace(/\u0000/g, ',')
    .trim();

/**
 * Whether `text` holds `phrase` as consecutive words, ignoring case and punctuation.
 * Pagefind's exact search also matches a phrase in a remark record's speaker-and-topic block; the
 * engine checks the remark's own text with this, so "old bridge" means those words in the remark.
 * @example containsPhrase('the Old Bridge, which', 'old bridge') // true
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = phraseWords(phrase);
  return needle !== '' && ` ${phraseWords(text)} `.includes(` ${needle} `);
}

/** True when a query has something to search for: at least one letter or digit. */
export const searchable = (query: string): boolean => /[\p{L}\p{N}]/u.test(query);

/**
 * The words to highlight on the page a result leads to: the query's words, lower-cased, without
 * repeats or one-letter words (which would light up every "a").
 * @example highlightTerms('"Old Bridge" repairs') // ['old', 'bridge', 'repairs']
 */
export function highlightTerms(query: string): string[] {
  // Hyphenated words are highlighted part by part, as the page's words are matched (terms.ts).
  const words = parseQuery(query).words.toLowerCase().split(/[\s\-‐‑–—]+/);
  return [...new Set(words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '')).filter((w) => w.length > 1))];
}
