/**
 * How an editorial correction reads, the one rule for every place that prints one: the remark's
 * text (src/lib/remarks.ts `readingText`, hence search and `/event.json`), the mark in the page
 * (`<Correction>`), and the edition notes. Brackets mark supplied text (Chicago Manual of Style
 * 13.60); a stray word is kept, struck through, in the page only.
 */
import type { Correction } from './remarks';

type Wording = Pick<Correction, 'original' | 'corrected'>;

/**
 * Anchor of a correction's note on the edition-notes page. Prefixed so a correction id can never
 * collide with another anchor of that page.
 * @example correctionAnchor('te-us') // 'correction-te-us'
 */
export function correctionAnchor(id: string): string {
  return `correction-${id}`;
}

/**
 * The correction as the text reads it: the supplied or replaced word in brackets; nothing for a
 * struck-through word (a quotation copied from the site reads as corrected).
 * @example correctionReading({ original: 'te', corrected: 'the' }) // '[the]'
 * @example correctionReading({ original: ' r', corrected: '' }) // ''
 */
export function correctionReading(c: Wording): string {
  return c.corrected ? `[${c.corrected}]` : '';
}

/**
 * The correction described in words, where the strike-through cannot be seen (the edition notes'
 * table, a screen reader): the reading, or the struck word quoted and said to be struck through.
 * @example correctionDescription({ original: ' r', corrected: '' }) // '“r” struck through'
 */
export function correctionDescription(c: Wording): string {
  return correctionReading(c) || `“${c.original.trim()}” struck through`;
}

/**
 * What the mark's tooltip says the source reads.
 * @example correctionSourceNote({ original: 'te', corrected: 'the' }) // 'Editorial correction. The source reads “te”.'
 */
export function correctionSourceNote(c: Wording): string {
  return c.original ? `Editorial correction. The source reads “${c.original.trim()}”.` : 'Editorial insertion: not in the source.';
}
