/**
 * The content errors an editor meets, found without a build: each case copies the small invented
 * event in tests/fixtures/minimal-event, breaks one thing, and runs on it the checks the build runs,
 * in the build's order (the content sync's loaders in src/data/loaders.ts, then src/data/event.ts:
 * extraction and cross-references, then the source text). tests/build/content-errors.test.ts builds
 * the few cases where Astro itself adds something (how an error reaches the editor, the schemas).
 */
import { editFixture } from '../tools/fixture-edit';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, formatProblem, type ContentProblem } from '../../src/lib/content-error';
import { mdxSyntaxProblems, sourceText } from '../../src/lib/remarks';
import { mapParagraphsToRemarks, sourceParagraphs, sourceViewProblems } from '../../src/lib/source-view';
import { validateContent } from '../../src/lib/validate';
import { bodyLineOffset, jsonList } from '../../src/data/loaders';
import { loadRealContent } from './real-content';

const FIXTURE = 'tests/fixtures/minimal-event';
const ROOT = join('tests', '.tmp', 'unit-content-problems');

const edit = editFixture;

/** A participants.json loaded by `jsonList` with a stand-in for Astro's loader context. */
async function loadParticipants(path: string) {
  const context = {
    store: { clear() {}, set() {} },
    parseData: async ({ data }: { data: unknown }) => data,
    config: { root: pathToFileURL(`${process.cwd()}/`) },
  };
  await jsonList(path).load(context as never);
}

/** Copies the fixture, applies `mutate`, and returns the problems the build would stop on, formatted as the build prints them. */
async function problemsAfter(name: string, mutate: (dir: string) => void): Promise<string[]> {
  const dir = join(ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  mutate(dir);
  const format = (problems: ContentProblem[]) => problems.map(formatProblem);
  // Content sync: every MDX body must parse; participants.json must be a JSON list.
  const mdx = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f));
  const syntax = mdx.flatMap((file) => {
    const body = readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
    return mdxSyntaxProblems(body, file, bodyLineOffset(file, body));
  });
  if (syntax.length) return format(syntax);
  try {
    await loadParticipants(join(dir, 'participants.json'));
  } catch (error) {
    if (error instanceof ContentError) return format(error.problems);
    throw error;
  }
  // Loading: cross-references first, then every passage against the source and the source against the passages.
  const input = loadRealContent(dir);
  const invalid = validateContent(input);
  if (invalid.length) return format(invalid);
  const passages = [...input.remarks, ...input.narrations].map((r) => ({
    id: r.id,
    file: r.file,
    line: r.line,
    sourceText: sourceText(r.segments),
  }));
  const sourceFile = join(dir, 'source', 'event-summary.txt');
  return format(
    sourceViewProblems(mapParagraphsToRemarks(sourceParagraphs(readFileSync(sourceFile, 'utf8')), passages), passages, sourceFile),
  );
}

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('content problems in the invented event', () => {
  it('finds none in the fixture as it stands (the control case)', async () => {
    expect(await problemsAfter('valid', () => {})).toEqual([]);
  });

  it.each([
    {
      name: 'literal less-than sign',
      mutate: (d: string) => edit(d, 'speakers/ben.mdx', 'Moss said bridges need plans.', 'Moss said bridges need <2 plans.'),
      where: 'speakers/ben.mdx:8 field "(body)"',
      says: 'write \\< (or &lt;)',
    },
    {
      name: 'participants.json that is not JSON',
      mutate: (d: string) => edit(d, 'participants.json', /\]\s*$/, ''),
      where: 'participants.json field "(file)"',
      says: 'not valid JSON',
    },
    {
      name: 'remark not in the source',
      mutate: (d: string) => edit(d, 'speakers/ben.mdx', 'Moss said bridges need plans.', 'Moss said bridges need good plans.'),
      where: 'speakers/ben.mdx:7 field "(body)"',
      says: 'the source reads “plans.” but the text here reads “good plans.”',
    },
    {
      name: 'remark deleted from the first content paragraph',
      mutate: (d: string) => edit(d, 'speakers/ada.mdx', /<Remark[\s\S]*<\/Remark>/, ''),
      where: 'source/event-summary.txt field "(body)"',
      says: 'paragraph 3 ("Lane said bridges need care.…") is in no remark or narration',
    },
    {
      name: 'changed opening',
      mutate: (d: string) => edit(d, 'event.mdx', 'held a panel with', 'held a fine panel with'),
      where: 'event.mdx:15 field "(body)"',
      says: 'the text of "opening" is not found',
    },
  ])('reports a $name, naming the file, line and field', async ({ name, mutate, where, says }) => {
    const problems = await problemsAfter(name.replace(/\W+/g, '-'), mutate);
    const line = problems.find((p) => p.includes(says));
    expect(line, problems.join('\n')).toBeDefined();
    expect(line).toContain(`${ROOT}/${name.replace(/\W+/g, '-')}/${where}`);
  });
});
