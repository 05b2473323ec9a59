/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  /** Path of the content file, relative to the project root (e.g. `content/topics/x.mdx`). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
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

/**
 * The 1-based line where the value at `path` (object keys and array indexes) starts in a JSON
 * text, so a problem found in parsed JSON can name its line. Expects text that `JSON.parse` accepts.
 * @returns undefined when the path is not in the text
 * @example jsonLine('[\n  { "id": "a" }\n]', [0, 'id']) // 2
 */
export function jsonLine(text: string, path: ReadonlyArray<string | number>): number | undefined {
  let i = 0;
  const space = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return JSON.parse(text.slice(start, ++i)) as string;
  };
  /** Moves past the members of an object or array, calling `visit` before each value; stops early when it returns true. */
  const members = (visit: (key: string | number) => boolean): boolean => {
    const open = text[i];
    i++;
    space();
    for (let n = 0; i < text.length && text[i] !== '}' && text[i] !== ']'; n++) {
      let key: string | number = n;
      if (open === '{') {
        key = string();
        space();
        i++; // the colon
        space();
      }
      if (visit(key)) return true;
      value();
      space();
      if (text[i] === ',') i++;
      space();
    }
    i++;
    return false;
  };
  const value = (): void => {
    space();
    if (text[i] === '{' || text[i] === '[') members(() => false);
    else if (text[i] === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  for (const step of path) {
    space();
    if (text[i] !== '{' && text[i] !== '[') return undefined;
    if (!members((key) => key === step)) return undefined;
  }
  space();
  return text.slice(0, i).split('\n').length;
}
