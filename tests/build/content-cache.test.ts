/**
 * Content files deleted or renamed between two builds that share one cache folder: the second
 * build must see the content folder as it is, not stale entries in Astro's content store
 * (src/integrations/content-cache.ts). The fixture event is built once; each case starts from a
 * copy of that build's cache.
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../tools/build-site';

const FIXTURE = 'tests/fixtures/minimal-event';
const NAME = 'content-cache';
const root = join('tests', '.tmp', NAME);
const content = join(root, 'content');

/** A fresh copy of the fixture at `dir`; without its link contract, which a deleted page breaks. */
function copyFixture(dir: string) {
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'link-contract.json'));
}

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  if (!before.includes(from)) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, before.replace(from, to));
}

/** Copies the first build's cache for a case built under `name`. */
function cacheFromFirstBuild(name: string) {
  rmSync(join('tests', '.tmp', name), { recursive: true, force: true });
  cpSync(join(root, 'cache-first'), join('tests', '.tmp', name, 'cache'), { recursive: true });
}

// One build at a time: concurrent Astro builds share the project's .astro/ folder.
describe('content files deleted or renamed between builds with one cache folder', () => {
  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    copyFixture(content);
    const first = await buildSite(NAME, { EVENT_CONTENT_DIR: content });
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(first.dist, 'speakers', 'ben', 'index.html'))).toBe(true);
    cpSync(join(root, 'cache'), join(root, 'cache-first'), { recursive: true });
  });

  it('builds after a speaker file is deleted and the content folder renamed, without the deleted pages', async () => {
    // Renaming the folder moves every file while its id and contents stay the same.
    const renamed = join(root, 'content-renamed');
    renameSync(content, renamed);
    rmSync(join(renamed, 'speakers', 'ben.mdx'));
    edit(renamed, 'event.mdx', 'panel: [ada, ben]', 'panel: [ada]');
    edit(renamed, 'source/event-summary.txt', 'Moss said bridges need plans.\n\n', '');

    const second = await buildSite(NAME, { EVENT_CONTENT_DIR: renamed });
    expect(second.status, second.output).toBe(0);
    expect(existsSync(join(second.dist, 'speakers', 'ada', 'index.html'))).toBe(true);
    expect(existsSync(join(second.dist, 'speakers', 'ben'))).toBe(false);
    expect(existsSync(join(second.dist, 'remarks', 'ben-opening'))).toBe(false);
  });

  it('reports a deleted event file rather than building from its stale entry', async () => {
    // The same folder as the first build without event.mdx, the only file of its collection:
    // Astro's glob() loader keeps the entries of a collection left with no file
    // (withastro/astro#17919), so the build read or published the deleted file.
    const name = `${NAME}-last-file`;
    cacheFromFirstBuild(name);
    rmSync(content, { recursive: true, force: true });
    copyFixture(content);
    rmSync(join(content, 'event.mdx'));

    const second = await buildSite(name, { EVENT_CONTENT_DIR: content });
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('the event file is missing');
    expect(second.output).not.toContain('ENOENT');
  });
});
