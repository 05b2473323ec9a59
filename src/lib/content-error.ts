/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  /** Path of the content file, relative to the project root (e.g. `content/topics/x.mdx`). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The frontmatter key or MDX attribute at fault, e.g. `speaker`, `topics`, `programme`. */
  field: string;
  /** What is wrong, in words an editor understands. */
  message: string;
}

/** Formats a problem as `file:line field "speaker": message`, the shape editors and CI logs grep for. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where} field "${p.field}": ${p.message}`;
}

/**
 * Thrown when content fails validation; the build stops with every problem listed,
 * so nothing is silently dropped or rendered half-right.
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Invalid event content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
