/**
 * Bad content fails the build with the file and the field named. Each case copies the small
 * invented event in tests/fixtures/minimal-event, breaks one thing, and runs a real `astro build`
 * on it (EVENT_CONTENT_DIR), with its own output and cache folders so the main build is untouched.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Replaces text in a fixture file, failing loudly if the text is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, after);
}

// One build at a time: concurrent Astro builds share the project's .astro/ folder. The validator's
// rules are unit-tested (tests/unit/validate.test.ts); these builds prove each path an error takes
// to the editor: the content sync (schemas, MDX syntax), and the event loader (cross-references, source).
describe('content validation at build time', () => {
  it('builds the valid fixture event (the control case), warning about nothing', async () => {
    const { status, output, dist } = await buildFixture('valid', () => {});
    expect(status, output).toBe(0);
    expect(existsSync(join(dist, 'topics', 'bridges', 'index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'topics', 'bridges', 'index.html'), 'utf8')).toContain('id="guest-asks"');
    expect(output).not.toMatch(/does not exist or is empty|No files found|\[WARN\] \[glob-loader\]/);
  });

  it('builds an event without participants or topics, warning about no empty collection', async () => {
    const { status, output, dist } = await buildFixture('no-participants', (d) => {
      rmSync(join(d, 'participants.json'));
      rmSync(join(d, 'topics'), { recursive: true });
      edit(d, 'event.mdx', 'programme: [bridge-question]\n', '');
      edit(d, 'speakers/ada.mdx', ' topics="bridges"', '');
      edit(d, 'speakers/ben.mdx', ' topics="bridges"', '');
      // The Q&A paragraph becomes the narration of a single session.
      writeFileSync(join(d, 'source', 'event-summary.txt'), readFileSync(join(d, 'source', 'event-summary.txt'), 'utf8').replace(/A guest asked[\s\S]*$/, 'The panel then closed.\n'));
      mkdirSync(join(d, 'sessions'));
      writeFileSync(join(d, 'sessions', 'close.mdx'), '---\ntitle: "Close"\n---\n\n<Narration id="panel-closed">\nThe panel then closed.\n</Narration>\n');
      rmSync(join(d, 'link-contract.json'));
    });
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/does not exist or is empty|No files found|does not exist\./);
    expect(existsSync(join(dist, 'sessions', 'close', 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'topics', 'bridges', 'index.html'))).toBe(false);
  });

  it.each([
    {
      name: 'unknown speaker',
      mutate: (d: string) => edit(d, 'topics/bridges.mdx', 'speaker="ada"', 'speaker="nobody"'),
      file: 'topics/bridges.mdx:11',
      field: 'field "speaker"',
      says: 'unknown speaker "nobody"',
    },
    {
      name: 'literal less-than sign',
      mutate: (d: string) => edit(d, 'speakers/ben.mdx', 'Moss said bridges need plans.', 'Moss said bridges need <2 plans.'),
      file: 'speakers/ben.mdx:8',
      field: 'field "(body)"',
      says: 'write \\< (or &lt;)',
    },
    {
      name: 'remark not in the source',
      mutate: (d: string) => edit(d, 'speakers/ben.mdx', 'Moss said bridges need plans.', 'Moss said bridges need good plans.'),
      file: 'speakers/ben.mdx:7',
      field: 'field "(body)"',
      says: 'the source reads “plans.” but the text here reads “good plans.”',
    },
    {
      name: 'remark deleted from the first content paragraph',
      mutate: (d: string) => edit(d, 'speakers/ada.mdx', /<Remark[\s\S]*<\/Remark>/, ''),
      file: 'source/event-summary.txt',
      field: 'field "(body)"',
      says: 'paragraph 3 ("Lane said bridges need care.…") is in no remark or narration',
    },
    {
      name: 'participants.json that is not JSON',
      mutate: (d: string) => edit(d, 'participants.json', /\]\s*$/, ''),
      file: 'participants.json',
      field: 'field "(file)"',
      says: 'not valid JSON',
    },
    {
      name: 'changed opening',
      mutate: (d: string) => edit(d, 'event.mdx', 'held a panel with', 'held a fine panel with'),
      file: 'event.mdx',
      field: 'field "(body)"',
      says: 'the text of "opening" is not found',
    },
  ])('fails on a $name, naming the file, line and field', async ({ name, mutate, file, field, says }) => {
    const { status, output } = await buildFixture(name.replace(/\W+/g, '-'), mutate);
    expect(status).not.toBe(0);
    const line = output.split('\n').find((l) => l.includes(says)) ?? output;
    expect(line).toContain(file);
    expect(line).toContain(field);
  });

  it('fails on a missing required frontmatter field, naming the file and the field', async () => {
    const { status, output } = await buildFixture('missing-field', (d) => edit(d, 'speakers/ben.mdx', /^name: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('speakers → ben data does not match collection schema');
    expect(output).toMatch(/name\W+Required/);
    expect(output).toMatch(/content\/speakers\/ben\.mdx/);
  });

  it('fails on an unknown frontmatter key, naming the file, the key and the key probably meant', async () => {
    const { status, output } = await buildFixture('unknown-key', (d) => edit(d, 'topics/bridges.mdx', 'title: "Bridges"', 'title: "Bridges"\ncolour: "red"\ntitel: "Bridges"'));
    expect(status).not.toBe(0);
    expect(output).toContain("Unrecognized key(s) in object: 'colour', 'titel'");
    expect(output).toContain('did you mean "title" for "titel"?');
    expect(output).toMatch(/content\/topics\/bridges\.mdx/);
  });
});
