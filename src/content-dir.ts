/**
 * Where the event's content lives, relative to the project root: `EVENT_CONTENT_DIR`, or
 * `content` by default. Tests point it at small fixture events.
 */
import { existsSync, readdirSync } from 'node:fs';

export const contentDir: string = (process.env.EVENT_CONTENT_DIR ?? 'content').replace(/\/+$/, '');

/**
 * Whether an optional part of the content folder is there: a folder with at least one `.mdx`
 * file, or a file. Optional collections are only loaded when present, so an event without
 * sessions, topics or participants builds without Astro's "empty collection" warnings.
 * @param path relative to the content folder, e.g. `sessions` or `participants.json`
 */
export function hasContent(path: string): boolean {
  const full = `${contentDir}/${path}`;
  if (!existsSync(full)) return false;
  return path.endsWith('.json') || readdirSync(full).some((f) => f.endsWith('.mdx'));
}
