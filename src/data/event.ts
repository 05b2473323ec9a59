/**
 * The only caller of `getCollection`: loads the event's content once per build, extracts the
 * remarks and narration from each MDX syntax tree, validates every cross-reference and builds the remark index.
 * Any problem stops the build with a `ContentError` naming file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type ContentProblem } from '../lib/content-error';
import { extractRemarks, sourceText } from '../lib/remarks';
import { findMentions, mentionProblems, parseEntities, type EntityEntry } from '../lib/entities';
import { mapParagraphsToRemarks, sourceParagraphs, sourceViewProblems } from '../lib/source-view';
import type { EventData } from '../lib/views/event-data';
import { buildRemarkIndex } from '../lib/remark-index';
import { OPENING_ID, validateContent } from '../lib/validate';
import { assembleContent } from '../lib/event-model';
import { contentDir, hasContent } from '../content-dir';
import { bodyLineOffset } from './loaders';

/**
 * The event as views read it (`EventData`: index, entities, source, event; see src/lib/views/), plus
 * `entries`, the MDX entries pages render.
 */
export interface LoadedEvent extends EventData {
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
    const at = readFileSync(p.file, 'utf8')
      .split('\n')
      .findIndex((line) => line.startsWith(`${p.field}:`));
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
  const eventFile = fileOf(eventEntry, `${contentDir}/event.mdx`);

  const read = <T>(entry: { id: string; filePath?: string; body?: string; data: T }, fallback: string, bare?: string) => {
    const file = fileOf(entry, fallback);
    const body = entry.body ?? '';
    const extracted = extractRemarks(body, file, bodyLineOffset(file, body), bare);
    problems.push(...extracted.problems);
    return { id: entry.id, file, data: entry.data, extracted };
  };
  const input = assembleContent({
    event: read(eventEntry, eventFile, OPENING_ID),
    speakers: speakerEntries.map((s) => read(s, `${contentDir}/speakers/${s.id}.mdx`)),
    sessions: sessionEntries.map((s) => read(s, `${contentDir}/sessions/${s.id}.mdx`)),
    topics: topicEntries.map((t) => read(t, `${contentDir}/topics/${t.id}.mdx`)),
    participants: { file: `${contentDir}/participants.json`, data: participantEntries.map((p) => p.data) },
  });
  problems.push(...validateContent(input));
  if (problems.length) throw new ContentError(withFieldLines(problems));
  const index = buildRemarkIndex(input);

  const exchangeTodos = input.exchanges
    .filter((x) => x.heading.includes('TODO'))
    .map((x) => `${x.file}:${x.line} field "heading": still marked TODO`);
  const todos = [
    ...[eventEntry, ...speakerEntries, ...sessionEntries, ...topicEntries].flatMap((x) => todoWarnings(fileOf(x, ''), x.data)),
    ...exchangeTodos,
  ];
  // Each on a line of its own: the first page render calls this while Astro's progress line is still open.
  if (todos.length)
    console.warn(
      `\n[content] warning: ${todos.length} field${todos.length === 1 ? '' : 's'} still marked TODO (the site builds, but shows "TODO" to readers):\n${todos.map((w) => `  ${w}`).join('\n')}`,
    );

  // The source text is required: every passage must be found in it, and nothing in it left out.
  const sourceFile = `${contentDir}/source/event-summary.txt`;
  if (!existsSync(sourceFile))
    throw new ContentError([{ file: sourceFile, field: '(file)', message: 'the verbatim source text is missing' }]);
  const passages = [...input.remarks, ...input.narrations].map((r) => ({
    id: r.id,
    file: r.file,
    line: r.line,
    sourceText: sourceText(r.segments),
  }));
  const source = mapParagraphsToRemarks(sourceParagraphs(readFileSync(sourceFile, 'utf8')), passages);
  problems.push(...sourceViewProblems(source, passages, sourceFile));

  // Entities are optional (an event may have no A–Z index); a declared one must be mentioned.
  const entitiesFile = `${contentDir}/entities.json`;
  let entities: EntityEntry[] = [];
  if (existsSync(entitiesFile)) {
    const declared = parseEntities(readFileSync(entitiesFile, 'utf8'), entitiesFile);
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
