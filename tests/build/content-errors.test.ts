/**
 * Bad content fails the build with the file and the field named. Each case copies the small
 * invented event in tests/fixtures/minimal-event, breaks it, and runs a real `astro build`
 * on it (EVENT_CONTENT_DIR), with its own output and cache folders so the main build is untouched.
 */
import { editFixture } from '../tools/fixture-edit';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../tools/build-site';

const FIXTURE = 'tests/fixtures/minimal-event';

/** Builds the fixture after `mutate` edits its copy; returns the exit code and all output. */
async function buildFixture(name: string, mutate: (dir: string) => void) {
  const root = join('tests', '.tmp', `content-${name}`);
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  mutate(content);
  return buildSite(`content-${name}`, { EVENT_CONTENT_DIR: content });
}

const edit = editFixture;

// One build at a time: concurrent Astro builds share the project's .astro/ folder. Each rule is
// unit-tested (tests/unit/validate.test.ts, tests/unit/content-problems.test.ts runs every check on this
// fixture without Astro); these builds prove what only Astro shows: that each path an error takes reaches
// the editor as `file:line field`: the content sync (MDX syntax in our loader, the collection schemas),
// and the event loader (cross-references, every one reported at once). The fixture built unmodified is
// tests/build/example-event.test.ts, and an event without participants or topics tests/build/event-shapes.test.ts.
describe('content validation at build time', () => {
  it('fails on several cross-reference errors at once, naming the file, line and field of each', async () => {
    const { status, output } = await buildFixture('cross-references', (d) => {
      edit(d, 'topics/bridges.mdx', 'speaker="ada"', 'speaker="nobody"');
      edit(d, 'speakers/ben.mdx', 'topics="bridges"', 'topics="bridges roads"');
      // A frontmatter field: the line comes from the file, not from the MDX tree.
      edit(d, 'speakers/ada.mdx', 'role: panelist', 'role: respondent');
    });
    expect(status).not.toBe(0);
    const lineSaying = (says: string) => output.split('\n').find((l) => l.includes(says)) ?? `(no line says ${says})`;
    expect(lineSaying('unknown speaker "nobody"')).toContain('topics/bridges.mdx:11 field "speaker"');
    expect(lineSaying('unknown topic "roads"')).toContain('speakers/ben.mdx:7 field "topics"');
    expect(lineSaying('unknown role "respondent"')).toContain('speakers/ada.mdx:5 field "role"');
  });

  it('fails on a literal less-than sign as the content loads, naming the file, line and field, and the fix', async () => {
    const { status, output } = await buildFixture('less-than', (d) =>
      edit(d, 'speakers/ben.mdx', 'Moss said bridges need plans.', 'Moss said bridges need <2 plans.'),
    );
    expect(status).not.toBe(0);
    const line = output.split('\n').find((l) => l.includes('write \\< (or &lt;)')) ?? output;
    expect(line).toContain('speakers/ben.mdx:8 field "(body)"');
  });

  it('fails on an unknown frontmatter key, naming the file, the key and the key probably meant', async () => {
    const { status, output } = await buildFixture('unknown-key', (d) =>
      edit(d, 'topics/bridges.mdx', 'title: "Bridges"', 'title: "Bridges"\ncolour: "red"\ntitel: "Bridges"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain("Unrecognized key(s) in object: 'colour', 'titel'");
    expect(output).toContain('did you mean "title" for "titel"?');
    expect(output).toMatch(/content\/topics\/bridges\.mdx/);
  });
});
