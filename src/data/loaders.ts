/**
 * The content folder's loaders. `mdxGlob` is Astro's `glob()` (https://docs.astro.build/en/reference/content-loader-reference/#glob-loader)
 * plus a check that each MDX body parses. Astro compiles MDX later, in the bundling step, where a
 * stray `<` or `{` copied from a source fails with parser jargon and no hint; checking here, as the
 * content loads, stops the build first with `file:line`, the character and how to escape it.
 * `jsonList` reads a JSON list of entries (participants.json) and refuses a file that does not
 * parse, where Astro's `file()` logs the error and keeps the entries of the last good sync.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError } from '../lib/content-error';
import { mdxSyntaxProblems } from '../lib/remarks';

/**
 * `glob({ pattern, base })` whose MDX entries must parse.
 * @throws ContentError (at content sync) naming every file whose MDX does not parse
 */
export function mdxGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'event-mdx-glob',
    load: async (context) => {
      await inner.load(context);
      const problems = [...context.store.values()].flatMap((entry) =>
        entry.body && entry.filePath ? mdxSyntaxProblems(entry.body, entry.filePath, bodyLineOffset(entry.filePath, entry.body)) : [],
      );
      if (problems.length) throw new ContentError(problems);
    },
  };
}

/**
 * Lines before an MDX body in its file (the frontmatter), so problems found in the body name the file's line.
 * @param path the file, relative to the project root or absolute
 */
export function bodyLineOffset(path: string, body: string): number {
  const full = readFileSync(path, 'utf8');
  const at = full.indexOf(body);
  return at < 0 ? 0 : full.slice(0, at).split('\n').length - 1;
}

/**
 * Entries of a JSON file holding a list of objects with an `id` each, validated by the collection's
 * schema; the store is refilled from the file on every sync.
 * @throws ContentError when the file is not JSON, not a list, or an entry has no string `id`
 */
export function jsonList(path: string): Loader {
  return {
    name: 'event-json-list',
    load: async ({ store, parseData, config }) => {
      // Astro stores file paths relative to the project root, even for a content folder elsewhere.
      const filePath = relative(fileURLToPath(config.root), resolve(path));
      let list: unknown;
      try {
        list = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new ContentError([{ file: path, field: '(file)', message: `not valid JSON: ${(error as Error).message}` }]);
      }
      if (!Array.isArray(list))
        throw new ContentError([{ file: path, field: '(file)', message: 'must be a JSON list: [ { "id": … }, … ]' }]);
      store.clear();
      for (const [i, item] of list.entries()) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') throw new ContentError([{ file: path, field: 'id', message: `entry ${i + 1} has no "id"` }]);
        store.set({ id, data: await parseData({ id, data: item as Record<string, unknown>, filePath }), filePath });
      }
    },
  };
}
