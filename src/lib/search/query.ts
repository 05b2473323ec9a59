/**
 * How a typed query is read. Pagefind runs an exact-phrase search only when the whole query is one
 * quoted phrase (its `search()` tests /^\s*".+"\s*$/, pagefind 1.5 `pagefind.js`); a query that mixes words
 * and "quoted phrases" is searched for all its words, and each phrase then narrows the results.
 *
 * Symbols are dropped from the query the way Pagefind drops them from the text it indexes. Its indexer
 * keeps only word characters (`[^\w]` is removed from each word, pagefind 1.5 `fossick`), so "<100" is
 * indexed as "100"; but its query side removes only punctuation (`\p{P}`, `pagefind.js` `search()`), so a
 * symbol (`\p{S}`: `<`, `>`, `+`, `=`, `$`, `€`, `°`, …) stays in the query and matches no indexed word.
 * Punctuation is left to Pagefind, which removes it from both sides alike ("9,000" → "9000",
 * "US-Japan" → "usjapan", "85%" → "85").
 */

/** Symbol characters, which Pagefind's index never holds (see above). */
const SYMBOLS = /\p{S}/gu;

export interface ParsedQuery {
  /** The query for Pagefind's ranked search: the words of the query, quotes removed. */
  words: string;
  /** Each "quoted phrase", without its quotes, in order. */
  phrases: string[];
  /** True when the whole query is a single quoted phrase, which Pagefind searches exactly by itself. */
  wholePhrase: boolean;
}

/**
 * Splits a query into its words and its "quoted phrases" (straight or curly quotes), symbols dropped.
 * @example parseQuery('Holt "rapid response"') // { words: 'Holt rapid response', phrases: ['rapid response'], wholePhrase: false }
 * @example parseQuery('<100').words // '100'
 */
export function parseQuery(query: string): ParsedQuery {
  const normalised = query.replace(/[“”„]/g, '"').trim();
  const indexable = (text: string) => text.replace(SYMBOLS, '').replace(/\s+/g, ' ').trim();
  const phrases = [...normalised.matchAll(/"([^"]+)"/g)].map((m) => indexable(m[1] ?? '')).filter(Boolean);
  const words = indexable(normalised.replace(/"/g, ' '));
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
  const words = parseQuery(query)
    .words.toLowerCase()
    .split(/[\s\-‐‑–—]+/);
  return [...new Set(words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '')).filter((w) => w.length > 1))];
}
