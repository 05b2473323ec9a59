/**
 * Shortens text for a title or a summary line: at most `max` characters of it, cut at the last
 * word that fits, trailing punctuation dropped, then "…" (so the result is at most `max + 1`
 * characters). Text that fits is returned whole. The one rule for every cut the site prints:
 * document titles (src/lib/page-title.ts), remark titles (src/lib/remark-index.ts) and descriptions.
 * @example truncateAtWord('Lane said bridges need care, and money.', 30) // 'Lane said bridges need care…'
 * @example truncateAtWord('Supercalifragilistic', 5) // 'Super…' (no space to cut at: cut inside the word)
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : max).replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * Collapses every run of whitespace (line breaks included) to one space and trims the ends: how the
 * site compares and prints passages, whatever the line wrapping of the file they came from.
 * @example collapseWhitespace('  Lane said\n  bridges ') // 'Lane said bridges'
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
