/**
 * The content folders' loader: Astro's `glob()` (https://docs.astro.build/en/reference/content-loader-reference/#glob-loader)
 * plus a check that each MDX body parses. Astro compiles MDX later, in the bundling step, where a
 * stray `<` or `{` copied from a source fails with parser jargon and no hint; checking here, as the
 * content loads, stops the build first with `file:line`, the character and how to escape it.
 */
import { readFileSync } from 'node:fs';
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
      const problems = [...context.store.values()].flatMap((entry) => {
        if (!entry.body || !entry.filePath) return [];
        const full = readFileSync(entry.filePath, 'utf8');
        const at = full.indexOf(entry.body);
        return mdxSyntaxProblems(entry.body, entry.filePath, at < 0 ? 0 : full.slice(0, at).split('\n').length - 1);
      });
      if (problems.length) throw new ContentError(problems);
    },
  };
}
