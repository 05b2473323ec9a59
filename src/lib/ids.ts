/**
 * Ids of remarks, exchanges, speakers, topics and corrections become URL path segments and
 * HTML `id` attributes that other sites link to, so they are authored, readable and stable.
 * The pattern is the content model's (src/lib/content-model.ts).
 */
import { ID_PATTERN } from './content-model';

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
