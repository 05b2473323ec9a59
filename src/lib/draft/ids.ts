/**
 * Drafted ids: lowercase ASCII words joined by hyphens (the content model's `ID_PATTERN`), built
 * from a text's content words so an id describes what it names, never its position. One
 * allocator per folder keeps every id unique across it.
 */
import { ID_PATTERN } from '../content-model';

/**
 * Words an id never needs: articles, pronouns, auxiliaries, prepositions, conjunctions and the
 * reporting verbs of event summaries ("said", "noted"), which would make every id alike.
 */
const STOP_WORDS = new Set(
  `a an the this that these those it its he she they them their his her him we our us i you your one another some any each all both
  is are was were be been being am has have had having do does did will would can could may might must shall should
  of in on at to for from by with about as into onto over under than then also not no nor or and but so yet if while though although
  because since when where which who whom whose what how why there here such very more most much many only even just still
  said says say noted notes stated states added adds explained argued stressed emphasized emphasised remarked observed suggested
  highlighted described discussed answered responded replied asked cautioned continued concluded offered shared spoke opined clarified
  expressed agreed warned urged pointed out presented opened closed believed mentioned indicated recalled called raised thought felt
  began turned countered acknowledged insisted estimated disagreed recalled dr mr mrs ms mx prof s t`.split(/\s+/),
);

/**
 * Splits text into lowercase ASCII words: accents removed, possessive "’s" dropped, other
 * punctuation (hyphens included) splitting words.
 * @example slugWords('Japan’s Peace-building, Ünal') // ['japan', 'peace', 'building', 'unal']
 */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The words of `text` worth putting in an id: stop words, the words in `drop` (the speaker's own
 * name) and words starting with a digit at the front are left out, repeats removed.
 * @example contentWords('Lane said bridges need care.', ['lane']) // ['bridges', 'need', 'care']
 */
export function contentWords(text: string, drop: string[] = []): string[] {
  const dropped = new Set(drop.flatMap(slugWords));
  const words = slugWords(text).filter((w) => !STOP_WORDS.has(w) && !dropped.has(w) && w.length > 1);
  while (words.length && /^\d/.test(words[0]!)) words.shift();
  return [...new Set(words)];
}

/** Hands out ids unique within one drafted folder. */
export interface IdAllocator {
  /**
   * An id of `prefix` words followed by the first 3 of `words` (else 2, else 4) that is unused; if
   * all are used, the longest with "-2", "-3", … appended. Uses `fallback`'s words when `words` is empty.
   */
  take(prefix: string[], words: string[], fallback?: string): string;
  /** Marks an id as used (e.g. a speaker id chosen elsewhere). */
  reserve(id: string): void;
}

/**
 * @example const ids = createIdAllocator(); ids.take(['lane'], ['bridges', 'need', 'care']) // 'lane-bridges-need'
 */
export function createIdAllocator(): IdAllocator {
  const used = new Set<string>();
  const join = (parts: string[]) => parts.flatMap(slugWords).join('-');
  return {
    reserve: (id) => void used.add(id),
    take(prefix, words, fallback = 'item') {
      const pool = words.length ? words : slugWords(fallback);
      // Three words read best; two if three are taken or missing; four before numbering.
      const sizes = [3, 2, 4].filter((n) => n <= pool.length);
      const candidates = (sizes.length ? sizes : [pool.length]).map((n) => join([...prefix, ...pool.slice(0, n)]));
      const base = candidates.at(-1)!;
      let id = candidates.find((c) => !used.has(c));
      for (let n = 2; id === undefined; n++) if (!used.has(`${base}-${n}`)) id = `${base}-${n}`;
      if (!ID_PATTERN.test(id)) id = `x-${id}`;
      used.add(id);
      return id;
    },
  };
}
