/**
 * Anchor of a correction's note on the edition-notes page. Prefixed so a correction id can never
 * collide with another anchor of that page.
 * @example correctionAnchor('te-us') // 'correction-te-us'
 */
export function correctionAnchor(id: string): string {
  return `correction-${id}`;
}
