/**
 * A result's excerpt, cut from the record's content around the matched words. Pagefind gives the
 * content and the word positions of the matches (`locations`); cutting here rather than using its
 * ready-made excerpt keeps the speaker-and-topic block of a remark record (words from `bodyWords` on,
 * see `records.ts`) out of the excerpt, and yields text plus marks, never HTML to inject.
 */

export interface Excerpt {
  /** Consecutive pieces of the excerpt; `mark` pieces are matched words. */
  segments: Array<{ text: string; mark: boolean }>;
  /** Whether the excerpt starts after the beginning / ends before the end of the text. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Cuts a window of `length` words with the most matches, starting a little before the first of them.
 * @param content the record's content (words separated by whitespace)
 * @param locations word positions (0-based) of matches, in any order; positions from `bodyWords` on are ignored
 * @param bodyWords number of words that belong to the text (Infinity for all)
 * @param length window size in words
 */
export function cutExcerpt(content: string, locations: number[], bodyWords = Infinity, length = 30): Excerpt {
  const words = content.split(/\s+/).filter(Boolean).slice(0, bodyWords);
  const hits = [...new Set(locations)].filter((l) => l >= 0 && l < words.length).sort((a, b) => a - b);
  const lead = Math.floor(length / 5);
  const lastStart = Math.max(0, words.length - length);
  let start = 0;
  let best = -1;
  for (const hit of hits) {
    const candidate = Math.min(Math.max(0, hit - lead), lastStart);
    const count = hits.filter((h) => h >= candidate && h < candidate + length).length;
    if (count > best) [best, start] = [count, candidate];
  }
  const end = Math.min(words.length, start + length);
  const marked = new Set(hits);
  const segments: Excerpt['segments'] = [];
  // Plain words merge into one piece; each matched word is a piece of its own.
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else segments.push({ text, mark });
  };
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    if (!marked.has(i)) {
      push(words[i]!, false);
      continue;
    }
    // The mark covers the word, not the punctuation around it: “bridge,” → “[bridge],”.
    const [, before = '', word = words[i]!, after = ''] = /^([^\p{L}\p{N}]*)(.*?[\p{L}\p{N}%])([^\p{L}\p{N}%]*)$/u.exec(words[i]!) ?? [];
    if (before) push(before, false);
    push(word, true);
    if (after) push(after, false);
  }
  return { segments, cutStart: start > 0, cutEnd: end < words.length };
}
