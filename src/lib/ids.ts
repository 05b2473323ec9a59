/**
 * Ids of remarks, exchanges, speakers, topics and corrections become URL path segments and
 * HTML `id` attributes that other sites link to, so they are authored, readable and stable.
 * The rule is stricter than HTML's (any non-empty string without ASCII whitespace,
 * https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute) so that an id is also a
 * clean URL segment and never needs escaping in a CSS selector or a `#fragment`.
 */
const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Whether `id` is a valid content id: lowercase ASCII letters and digits in words joined by
 * single hyphens, starting with a letter.
 * @example isValidId('ada-opening') // true
 * @example isValidId('Ada_1') // false
 */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * Splits a space-separated id list as written in MDX attributes (`topics="a b"`).
 * @example splitIdList(' bridges  river-crossings ') // ['bridges', 'river-crossings']
 */
export function splitIdList(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}
