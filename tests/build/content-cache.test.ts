/**
 * Content files deleted or renamed between two builds that share one cache folder: the second
 * build must see the content folder as it is, not stale entries in Astro's content store
 * (src/integrations/content-cache.ts). The first build is the run's shared build of the minimal event
 * (tests/tools/fixture-sites.ts); each case starts from a copy of its cache.
 */
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../tools/build-site';
import { editFixture } from '../tools/fixture-edit';
import { MINIMAL, minimalEvent } from '../tools/fixture-sites';

const FIXTURE = 'tests/fixtures/minimal-event';
const NAME = 'content-cache';
/** The first build's content folder: the shared build of the minimal event (tests/tools/fixture-sites.ts). */
const content = MINIMAL.content;

/**
 * Starts a case built under `name`: the first build's cache copied for it, and the first build's content
 * folder as it was built (an earlier case, or a retry of this one, may have moved or edited it).
 */
function fromFirstBuild(name: string) {
  rmSync(join('tests', '.tmp', name), { recursive: true, force: true });
  cpSync(MINIMAL.cache, join('tests', '.tmp', name, 'cache'), { recursive: true });
  rmSync(content, { recursive: true, force: true });
  cpSync(FIXTURE, content, { recursive: true });
}

describe('content files deleted or renamed between builds with one cache folder', () => {
  beforeAll(async () => {
    const first = await minimalEvent();
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(first.dist, 'speakers', 'ben', 'index.html'))).toBe(true);
  });
  // The shared build's content folder goes back to what was built, for any later reader.
  afterAll(() => {
    rmSync(content, { recursive: true, force: true });
    cpSync(FIXTURE, content, { recursive: true });
  });

  it('builds after a speaker file is deleted and the content folder renamed, without the deleted pages', async () => {
    // Renaming the folder moves every file while its id and contents stay the same.
    fromFirstBuild(NAME);
    const renamed = join('tests', '.tmp', NAME, 'content-renamed');
    renameSync(content, renamed);
    rmSync(join(renamed, 'speakers', 'ben.mdx'));
    // Without its link contract, which the deleted page breaks.
    rmSync(join(renamed, 'link-contract.json'));
    editFixture(renamed, 'event.mdx', 'panel: [ada, ben]', 'panel: [ada]');
    editFixture(renamed, 'source/event-summary.txt', 'Moss said bridges need plans.\n\n', '');

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
    fromFirstBuild(name);
    rmSync(join(content, 'event.mdx'));

    const second = await buildSite(name, { EVENT_CONTENT_DIR: content });
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('the event file is missing');
    expect(second.output).not.toContain('ENOENT');
  });
});
