import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { eventSchema, participantSchema, personSchema, sessionSchema, topicSchema } from '../../src/lib/content-model';
import { assembleContent, type ContentInput } from '../../src/lib/event-model';
import { extractRemarks } from '../../src/lib/remarks';
import { OPENING_ID } from '../../src/lib/validate';

/** An MDX file's frontmatter (parsed by `schema`) and its extracted body; fails the calling test on any extraction problem. */
function readMdx<T>(file: string, schema: { parse(data: unknown): T }, bare?: string) {
  const raw = readFileSync(file, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  const offset = (frontmatter?.[0].split('\n').length ?? 1) - 1;
  const extracted = extractRemarks(raw.slice(frontmatter?.[0].length ?? 0), file, offset, bare);
  expect(extracted.problems).toEqual([]);
  return { id: file.replace(/^.*\/|\.mdx$/g, ''), file, data: schema.parse(parse(frontmatter?.[1] ?? '')), extracted };
}

/**
 * An event folder's content (content/ by default) as the build loads it, read without Astro:
 * frontmatter through the content model's schemas, then the build's own `assembleContent`.
 */
export function loadRealContent(dir = 'content'): ContentInput {
  const folder = <T>(name: string, schema: { parse(data: unknown): T }) =>
    existsSync(`${dir}/${name}`)
      ? readdirSync(`${dir}/${name}`)
          .filter((f) => f.endsWith('.mdx'))
          .sort()
          .map((f) => readMdx(`${dir}/${name}/${f}`, schema))
      : [];
  const participantsFile = `${dir}/participants.json`;
  return assembleContent({
    event: readMdx(`${dir}/event.mdx`, eventSchema, OPENING_ID),
    speakers: folder('speakers', personSchema),
    sessions: folder('sessions', sessionSchema),
    topics: folder('topics', topicSchema),
    participants: {
      file: participantsFile,
      data: existsSync(participantsFile)
        ? (JSON.parse(readFileSync(participantsFile, 'utf8')) as unknown[]).map((p) => participantSchema.parse(p))
        : [],
    },
  });
}
