import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ContentInput, ParticipantInput } from '../../src/lib/event-model';
import { extractRemarks } from '../../src/lib/remarks';

/**
 * The real event's content (content/) as the build loads it, read without Astro, for unit tests
 * that check a pure module against the real text. Only ids, files, panel and programme are real;
 * names and titles are placeholders.
 */
export function loadRealContent(): ContentInput {
  const mdx = (collection: 'speakers' | 'topics') =>
    readdirSync(`content/${collection}`)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const file = `content/${collection}/${name}`;
        const raw = readFileSync(file, 'utf8');
        const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(raw)?.[0] ?? '';
        const extracted = extractRemarks(raw.slice(frontmatter.length), file, frontmatter.split('\n').length - 1);
        expect(extracted.problems).toEqual([]);
        return { id: name.replace(/\.mdx$/, ''), file, ...extracted };
      });
  const speakers = mdx('speakers');
  const topics = mdx('topics');
  // Only panel and programme matter for event order; read them from the frontmatter.
  const event = readFileSync('content/event.mdx', 'utf8');
  const panel = (/^panel:\s*\[([^\]]*)\]/m.exec(event)?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const programme = [...(/^programme:\s*\n((?:[ \t]+-[ \t]+.*\n)+)/m.exec(event)?.[1] ?? '').matchAll(/-[ \t]+(\S+)/g)].map((m) => m[1]!);
  const participants = (JSON.parse(readFileSync('content/participants.json', 'utf8')) as Array<Omit<ParticipantInput, 'file'>>).map((p) => ({ ...p, file: 'content/participants.json' }));
  return {
    event: { file: 'content/event.mdx', title: 't', shortTitle: 't', date: '2015-04-20', dateAsStated: 'd', dateNote: 'd', host: 'h', documentTitle: 'd', panel, programme },
    speakers: speakers.map((s) => ({ id: s.id, file: s.file, name: s.id, shortName: s.id, role: 'r' })),
    participants,
    topics: topics.map((t) => ({ id: t.id, file: t.file, title: t.id })),
    remarks: [...speakers, ...topics].flatMap((f) => f.remarks),
    exchanges: [...speakers, ...topics].flatMap((f) => f.exchanges),
  };
}
