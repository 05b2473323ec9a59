import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Replaces text in a copied fixture's file, so a test can plant one fault.
 * @throws Error if the text to replace is not in the file (a fixture edit that did nothing would
 *   make the test pass for the wrong reason)
 */
export function editFixture(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, after);
}
