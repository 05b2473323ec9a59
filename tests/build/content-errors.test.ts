/**
 * Bad content fails the build with the file and the field named. Each case copies the small
 * invented event in tests/fixtures/minimal-event, breaks one thing, and runs a real `astro build`
 * on it (EVENT_CONTENT_DIR), with its own output and cache folders so the main build is untouched.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// One build at a time: concurrent Astro builds share the project's .astro/ folder.
describe('content validation at build time', () => {
  it('builds the valid fixture event (the control case)', async () => {
    const { status, output, dist } = await buildFixture('valid', () => {});
    expect(status, output).toBe(0);
    expect(existsSync(join(dist, 'topics', 'bridges', 'index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'topics', 'bridges', 'index.html'), 'utf8')).toContain('id="guest-asks"');
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
      name: 'unknown topic',
      mutate: (d: string) => edit(d, 'speakers/ben.mdx', 'topics="bridges"', 'topics="bridges tunnels"'),
      file: 'speakers/ben.mdx:7',
      field: 'field "topics"',
      says: 'unknown topic "tunnels"',
    },
    {
      name: 'duplicate remark id',
      mutate: (d: string) => edit(d, 'speakers/ben.mdx', 'id="ben-opening"', 'id="ada-opening"'),
      file: 'speakers/ben.mdx:7',
      field: 'field "id"',
      says: 'duplicate remark id "ada-opening" (already used at',
    },
    {
      name: 'remark with no speaker',
      mutate: (d: string) => edit(d, 'topics/bridges.mdx', ' participant="guest"', ''),
      file: 'topics/bridges.mdx:7',
      field: 'field "speaker"',
      says: 'has no speaker',
    },
    {
      name: 'unknown participant',
      mutate: (d: string) => edit(d, 'topics/bridges.mdx', 'participant="guest"', 'participant="gust"'),
      file: 'topics/bridges.mdx:7',
      field: 'field "participant"',
      says: 'unknown participant "gust"',
    },
    {
      name: 'unknown exchange in the programme',
      mutate: (d: string) => edit(d, 'event.mdx', 'programme: [bridge-question]', 'programme: [bridge-question, tunnel-question]'),
      file: 'event.mdx',
      field: 'field "programme"',
      says: 'unknown exchange id "tunnel-question"',
    },
  ])('fails on an $name, naming the file and the field', async ({ name, mutate, file, field, says }) => {
    const { status, output } = await buildFixture(name.replace(/\W+/g, '-'), mutate);
    expect(status).not.toBe(0);
    const line = output.split('\n').find((l) => l.includes(says)) ?? output;
    expect(line).toContain(file);
    expect(line).toContain(field);
  });

  it('fails on a missing required frontmatter field, naming the file and the field', async () => {
    const { status, output } = await buildFixture('missing-field', (d) => edit(d, 'speakers/ben.mdx', /^role: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('speakers → ben data does not match collection schema');
    expect(output).toMatch(/role\W+Required/);
    expect(output).toMatch(/content\/speakers\/ben\.mdx/);
  });

  it('fails on an unknown frontmatter key, naming the file and the key', async () => {
    const { status, output } = await buildFixture('unknown-key', (d) => edit(d, 'topics/bridges.mdx', 'title: "Bridges"', 'title: "Bridges"\ncolour: "red"'));
    expect(status).not.toBe(0);
    expect(output).toContain("Unrecognized key(s) in object: 'colour'");
    expect(output).toMatch(/content\/topics\/bridges\.mdx/);
  });

  it('fails on a participant without a label in participants.json', async () => {
    const { status, output } = await buildFixture('participant-label', (d) => edit(d, 'participants.json', '"label": "Audience member", ', ''));
    expect(status).not.toBe(0);
    expect(output).toMatch(/label\W+Required/);
    expect(output).toContain('participants → guest data does not match collection schema');
    expect(output).toMatch(/content\/participants\.json/);
  });
});
