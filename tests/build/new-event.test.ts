/**
 * `npm run new-event` end to end: the real summary (content/source/event-summary.txt), drafted by
 * the drafter's pure API into tests/.tmp/new-event-draft/content, builds as it is
 * (EVENT_CONTENT_DIR); its REVIEW.md names every TODO it wrote, the home page names the three
 * experts, and the session page credits Holt's remark to her. The drafter's rules are unit-tested
 * (tests/unit/draft-*.test.ts); this proves that what it writes is a folder the build accepts.
 * The CLI refuses to write into a folder that is not empty.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftEvent, type Draft } from '../../src/lib/draft/draft';
import { writeFolder } from '../../src/lib/draft/write-folder';
import { buildSite, childEnv, type SiteBuild } from '../tools/build-site';
import { normalise } from './site';

const SUMMARY = 'content/source/event-summary.txt';
const NAME = 'new-event-draft';
const CONTENT = join('tests', '.tmp', NAME, 'content');

/** Every file of a folder, as folder-relative path → contents. */
function readFolder(dir: string): Record<string, string> {
  const paths = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((p) => !p.endsWith('/') && p.includes('.'));
  return Object.fromEntries(paths.sort().map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

describe('a draft of the real summary', () => {
  let draft: Draft;
  let files: Record<string, string>;
  let build: SiteBuild;
  const page = (path: string) => cheerio.load(readFileSync(join(build.dist, path, 'index.html'), 'utf8'));

  beforeAll(async () => {
    rmSync(join('tests', '.tmp', NAME), { recursive: true, force: true });
    draft = draftEvent(readFileSync(SUMMARY, 'utf8'));
    files = writeFolder(draft);
    for (const [path, contents] of Object.entries(files)) {
      mkdirSync(dirname(join(CONTENT, path)), { recursive: true });
      writeFileSync(join(CONTENT, path), contents);
    }
    build = await buildSite(NAME, { EVENT_CONTENT_DIR: CONTENT });
  });

  it('builds as drafted', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('Complete!');
  });

  it('lists in REVIEW.md every TODO it wrote, at its file and line', () => {
    const review = readFileSync(join(CONTENT, 'REVIEW.md'), 'utf8');
    const todos = Object.entries(files)
      .filter(([path]) => path.endsWith('.mdx'))
      .flatMap(([path, text]) => text.split('\n').flatMap((line, i) => (line.includes('TODO') ? [`${path}:${i + 1}`] : [])));
    // The real summary gives no heading for one Q&A question: the check is not empty.
    expect(todos.length).toBeGreaterThan(0);
    for (const at of todos) expect(review, at).toContain(`\`${at}\``);
  });

  it('names the three experts on the home page', () => {
    const main = normalise(page('')('main').text());
    for (const name of ['Dr. Toshiya Hoshino', 'Dr. Yuji Uesugi', 'Victoria Holt']) expect(main).toContain(name);
  });

  it('credits Holt’s remark to her on the session page', () => {
    const session = draft.sessions.find((s) => s.items.length)!;
    const $ = page(`sessions/${session.id}`);
    const remark = $('[data-remark]').filter((_, el) =>
      normalise($(el).text()).includes('Holt noted that the UN is now asked to help wherever crises occur'),
    );
    expect(remark).toHaveLength(1);
    expect(remark.attr('data-author')).toBe('holt');
    expect(remark.find('a[href$="/speakers/holt/"]').length).toBeGreaterThan(0);
  });

  it('is not overwritten by the CLI, which refuses a folder that is not empty', async () => {
    const before = readFolder(CONTENT);
    const run = await promisify(execFile)('node_modules/.bin/vite-node', ['src/cli/new-event.ts', '--', SUMMARY, CONTENT], {
      encoding: 'utf8',
      env: childEnv(),
    }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code?: number; stderr?: string }) => ({ code: err.code, stderr: err.stderr ?? '' }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${CONTENT} exists and is not an empty folder; choose a new folder (nothing was written)`);
    expect(readFolder(CONTENT)).toEqual(before);
  });
});
