/**
 * The only caller of `getCollection`: loads the event's content once per build, extracts the
 * remarks and narration from each MDX syntax tree, validates every cross-reference and builds the remark index.
 * Any problem stops the build with a `ContentError` naming file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type ContentProblem } from '../lib/content-error';
import type { ContentInput } from '../lib/event-model';
import { extractRemarks, sourceText } from '../lib/remarks';
import { findMentions, mentionProblems, validateEntities, type EntityEntry } from '../lib/entities';
import { mapParagraphsToRemarks, sourceParagraphs, sourceViewProblems, type SourceParagraph } from '../lib/source-view';
import { buildRemarkIndex, type EventIndex } from '../lib/remark-index';
import { OPENING_ID, validateContent } from '../lib/validate';
import { defaultShortName, roleTable } from '../lib/event-model';
import { contentDir, hasContent } from '../content-dir';

/** The event page's data plus the remark index; `entries` are the MDX entries pages render. */
export interface LoadedEvent {
  index: EventIndex;
  /** The A–Z index: every declared entity with the remarks that mention it. */
  entities: EntityEntry[];
  /** The source's paragraphs in order, each with the remarks and narration split from it. */
  source: SourceParagraph[];
  event: ContentInput['event'];
  entries: {
    event: CollectionEntry<'event'>;
    speakers: Map<string, CollectionEntry<'speakers'>>;
    sessions: Map<string, CollectionEntry<'sessions'>>;
    topics: Map<string, CollectionEntry<'topics'>>;
  };
}

let cached: Promise<LoadedEvent> | undefined;

/**
 * Loads, validates and indexes the event (memoised for the whole build).
 * @throws ContentError listing every content problem
 */
export function loadEvent(): Promise<LoadedEvent> {
  cached ??= load();
  return cached;
}

function fileOf(entry: { id: string; filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

/** Line offset of the MDX body within its file (the frontmatter's lines). */
function bodyOffset(path: string, body: string): number {
  const full = readFileSync(path, 'utf8');
  const at = full.indexOf(body);
  return at < 0 ? 0 : full.slice(0, at).split('\n').length - 1;
}

/** Optional collections are only asked for when present (see `hasContent`), so Astro warns about nothing. */
async function optional<C extends 'speakers' | 'sessions' | 'topics' | 'participants'>(name: C, path: string) {
  return hasContent(path) ? getCollection(name) : [];
}

/**
 * Gives a problem about a frontmatter field (`role`, `people`, `panel`) the line of that field in
 * its file, so every message reads `file:line field`.
 */
function withFieldLines(problems: ContentProblem[]): ContentProblem[] {
  return problems.map((p) => {
    if (p.line || !/^[a-zA-Z]+$/.test(p.field) || !p.file.endsWith('.mdx') || !existsSync(p.file)) return p;
    const at = readFileSync(p.file, 'utf8').split('\n').findIndex((line) => line.startsWith(`${p.field}:`));
    return at < 0 ? p : { ...p, line: at + 1 };
  });
}

/** Values an editor still has to write (the drafter marks them `TODO`), as warnings: the draft builds. */
function todoWarnings(file: string, data: Record<string, unknown>): string[] {
  return Object.entries(data).flatMap(([key, value]) =>
    JSON.stringify(value ?? '').includes('TODO') ? [`${file} field "${key}": still marked TODO`] : [],
  );
}

async function load(): Promise<LoadedEvent> {
  const [events, speakerEntries, sessionEntries, topicEntries, participantEntries] = await Promise.all([
    getCollection('event'),
    optional('speakers', 'speakers'),
    optional('sessions', 'sessions'),
    optional('topics', 'topics'),
    optional('participants', 'participants.json'),
  ]);
  const problems: ContentProblem[] = [];
  const eventEntry = events[0];
  if (!eventEntry) throw new ContentError([{ file: `${contentDir}/event.mdx`, field: '(file)', message: 'the event file is missing' }]);
  const e = eventEntry.data;
  const eventFile = fileOf(eventEntry, `${contentDir}/event.mdx`);

  const extract = (entry: { id: string; filePath?: string; body?: string }, fallback: string, bare?: string) => {
    const path = fileOf(entry, fallback);
    const body = entry.body ?? '';
    const extracted = extractRemarks(body, path, bodyOffset(path, body), bare);
    problems.push(...extracted.problems);
    return extracted;
  };
  const opening = extract(eventEntry, eventFile, OPENING_ID);
  const speakerFiles = speakerEntries.map((s) => extract(s, `${contentDir}/speakers/${s.id}.mdx`));
  const mdxFiles = [
    opening,
    ...speakerFiles,
    ...[...sessionEntries, ...topicEntries].map((entry) => extract(entry, `${contentDir}/${entry.collection}/${entry.id}.mdx`)),
  ];

  const { date, shortTitle, ...eventData } = e;
  const input: ContentInput = {
    event: { ...eventData, file: eventFile, shortTitle: shortTitle ?? e.title, date: date?.toISOString().slice(0, 10) },
    speakers: speakerEntries.map((s, i) => ({
      ...s.data,
      id: s.id,
      file: fileOf(s, ''),
      shortName: s.data.shortName ?? defaultShortName(s.data.name),
      hasPresentation: (speakerFiles[i]?.remarks.length ?? 0) > 0,
    })),
    participants: participantEntries.map((p) => ({
      ...p.data,
      label: p.data.label ?? roleTable(e.roles).get(p.data.role)?.label ?? p.data.role,
      file: `${contentDir}/participants.json`,
    })),
    sessions: sessionEntries.map((s) => ({ id: s.id, file: fileOf(s, ''), ...s.data })),
    topics: topicEntries.map((t) => ({ id: t.id, file: fileOf(t, ''), ...t.data })),
    remarks: mdxFiles.flatMap((f) => f.remarks),
    narrations: mdxFiles.flatMap((f) => f.narrations),
    exchanges: mdxFiles.flatMap((f) => f.exchanges),
  };
  problems.push(...validateContent(input));
  if (problems.length) throw new ContentError(withFieldLines(problems));
  const index = buildRemarkIndex(input);

  const exchangeTodos = input.exchanges.filter((x) => x.heading.includes('TODO')).map((x) => `${x.file}:${x.line} field "heading": still marked TODO`);
  for (const warning of [...[eventEntry, ...speakerEntries, ...sessionEntries, ...topicEntries].flatMap((x) => todoWarnings(fileOf(x, ''), x.data)), ...exchangeTodos]) {
    console.warn(`[content] ${warning}`);
  }

  // The source text is required: every passage must be found in it, and nothing in it left out.
  const sourceFile = `${contentDir}/source/event-summary.txt`;
  if (!existsSync(sourceFile)) throw new ContentError([{ file: sourceFile, field: '(file)', message: 'the verbatim source text is missing' }]);
  const passages = [...input.remarks, ...input.narrations].map((r) => ({ id: r.id, file: r.file, line: r.line, sourceText: sourceText(r.segments) }));
  const source = mapParagraphsToRemarks(sourceParagraphs(readFileSync(sourceFile, 'utf8')), passages);
  problems.push(...sourceViewProblems(source, passages, sourceFile));

  // Entities are optional (an event may have no A–Z index); a declared one must be mentioned.
  const entitiesFile = `${contentDir}/entities.json`;
  let entities: EntityEntry[] = [];
  if (existsSync(entitiesFile)) {
    const declared = validateEntities(JSON.parse(readFileSync(entitiesFile, 'utf8')) as unknown[], entitiesFile);
    entities = findMentions(declared.entities, index.remarks);
    problems.push(...declared.problems, ...mentionProblems(entities, entitiesFile));
  }
  if (problems.length) throw new ContentError(withFieldLines(problems));

  return {
    index,
    entities,
    source,
    event: input.event,
    entries: {
      event: eventEntry,
      speakers: new Map(speakerEntries.map((s) => [s.id, s])),
      sessions: new Map(sessionEntries.map((s) => [s.id, s])),
      topics: new Map(topicEntries.map((t) => [t.id, t])),
    },
  };
}
