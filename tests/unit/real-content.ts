import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { eventSchema, participantSchema, personSchema, sessionSchema, topicSchema } from '../../src/lib/content-model';
import { defaultShortName, roleTable, type ContentInput } from '../../src/lib/event-model';
import { extractRemarks } from '../../src/lib/remarks';
import { OPENING_ID } from '../../src/lib/validate';

/** Splits an MDX file into its YAML frontmatter (parsed) and body, with the body's line offset. */
function readMdx(file: string) {
  const raw = readFileSync(file, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  return { data: parse(frontmatter?.[1] ?? '') as unknown, body: raw.slice(frontmatter?.[0].length ?? 0), offset: (frontmatter?.[0].split('\n').length ?? 1) - 1 };
}

/**
 * An event folder's content (content/ by default) as the build loads it, read without Astro
 * (frontmatter through the content model's schemas), for unit tests that check a pure module
 * against real text. Fails the calling test if any file has an extraction problem.
 */
export function loadRealContent(dir = 'content'): ContentInput {
  const folder = (name: string) =>
    existsSync(`${dir}/${name}`)
      ? readdirSync(`${dir}/${name}`)
          .filter((f) => f.endsWith('.mdx'))
          .sort()
          .map((f) => {
            const file = `${dir}/${name}/${f}`;
            const { data, body, offset } = readMdx(file);
            const extracted = extractRemarks(body, file, offset);
            expect(extracted.problems).toEqual([]);
            return { id: f.replace(/\.mdx$/, ''), file, data, ...extracted };
          })
      : [];
  const eventFile = `${dir}/event.mdx`;
  const e = readMdx(eventFile);
  const { date, shortTitle, ...event } = eventSchema.parse(e.data);
  const opening = extractRemarks(e.body, eventFile, e.offset, OPENING_ID);
  const speakers = folder('speakers');
  const sessions = folder('sessions');
  const topics = folder('topics');
  const roles = roleTable(event.roles);
  const participants = existsSync(`${dir}/participants.json`)
    ? (JSON.parse(readFileSync(`${dir}/participants.json`, 'utf8')) as unknown[]).map((p) => {
        const data = participantSchema.parse(p);
        return { ...data, label: data.label ?? roles.get(data.role)?.label ?? data.role, file: `${dir}/participants.json` };
      })
    : [];
  const files = [opening, ...speakers, ...sessions, ...topics];
  return {
    event: { ...event, file: eventFile, shortTitle: shortTitle ?? event.title, date: date?.toISOString().slice(0, 10) },
    speakers: speakers.map((s) => {
      const data = personSchema.parse(s.data);
      return { ...data, id: s.id, file: s.file, shortName: data.shortName ?? defaultShortName(data.name), hasPresentation: s.remarks.length > 0 };
    }),
    participants,
    sessions: sessions.map((s) => ({ ...sessionSchema.parse(s.data), id: s.id, file: s.file })),
    topics: topics.map((t) => ({ ...topicSchema.parse(t.data), id: t.id, file: t.file })),
    remarks: files.flatMap((f) => f.remarks),
    narrations: files.flatMap((f) => f.narrations),
    exchanges: files.flatMap((f) => f.exchanges),
  };
}
