/**
 * The only caller of `getCollection`: loads the event's content once per build, extracts the
 * remarks from each MDX syntax tree, validates every cross-reference and builds the remark index.
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
import { validateContent } from '../lib/validate';
import { contentDir } from '../content-dir';

/** The event page's data plus the remark index; `body` is the opening paragraph's MDX entry. */
export interface LoadedEvent {
  index: EventIndex;
  /** The A–Z index: every declared entity with the remarks that mention it. */
  entities: EntityEntry[];
  /** The source's paragraphs in order, each with the remarks split from it. */
  source: SourceParagraph[];
  event: ContentInput['event'];
  entries: {
    event: CollectionEntry<'event'>;
    speakers: Map<string, CollectionEntry<'speakers'>>;
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

async function load(): Promise<LoadedEvent> {
  const [events, speakerEntries, topicEntries, participantEntries] = await Promise.all([
    getCollection('event'),
    getCollection('speakers'),
    getCollection('topics'),
    getCollection('participants'),
  ]);
  const problems: ContentProblem[] = [];
  const eventEntry = events[0];
  if (!eventEntry) throw new ContentError([{ file: `${contentDir}/event.mdx`, field: '(file)', message: 'the event file is missing' }]);
  const e = eventEntry.data;

  const mdxFiles = [...speakerEntries, ...topicEntries].map((entry) => {
    const path = fileOf(entry, `${contentDir}/${entry.collection}/${entry.id}.mdx`);
    const body = entry.body ?? '';
    const extracted = extractRemarks(body, path, bodyOffset(path, body));
    problems.push(...extracted.problems);
    return extracted;
  });

  const input: ContentInput = {
    event: {
      file: fileOf(eventEntry, `${contentDir}/event.mdx`),
      title: e.title,
      shortTitle: e.shortTitle,
      date: e.date.toISOString().slice(0, 10),
      dateAsStated: e.dateAsStated,
      dateNote: e.dateNote,
      host: e.host,
      documentTitle: e.documentTitle,
      panel: e.panel,
      programme: e.programme,
      preparation: e.preparation,
      sourceNote: e.sourceNote,
      azNote: e.azNote,
    },
    speakers: speakerEntries.map((s) => ({ id: s.id, file: fileOf(s, ''), ...s.data })),
    participants: participantEntries.map((p) => ({ ...p.data, file: `${contentDir}/participants.json` })),
    topics: topicEntries.map((t) => ({ id: t.id, file: fileOf(t, ''), ...t.data })),
    remarks: mdxFiles.flatMap((f) => f.remarks),
    exchanges: mdxFiles.flatMap((f) => f.exchanges),
  };
  problems.push(...validateContent(input));
  if (problems.length) throw new ContentError(problems);
  const index = buildRemarkIndex(input);

  // The source text is required: every remark must be found in it, and nothing in it left out.
  const sourceFile = `${contentDir}/source/event-summary.txt`;
  if (!existsSync(sourceFile)) throw new ContentError([{ file: sourceFile, field: '(file)', message: 'the verbatim source text is missing' }]);
  const source = mapParagraphsToRemarks(
    sourceParagraphs(readFileSync(sourceFile, 'utf8')),
    index.remarks.map((r) => ({ id: r.id, sourceText: sourceText(r.segments) })),
  );
  problems.push(...sourceViewProblems(source, index.remarks, sourceFile));

  // Entities are optional (an event may have no A–Z index); a declared one must be mentioned.
  const entitiesFile = `${contentDir}/entities.json`;
  let entities: EntityEntry[] = [];
  if (existsSync(entitiesFile)) {
    const declared = validateEntities(JSON.parse(readFileSync(entitiesFile, 'utf8')) as unknown[], entitiesFile);
    entities = findMentions(declared.entities, index.remarks);
    problems.push(...declared.problems, ...mentionProblems(entities, entitiesFile));
  }
  if (problems.length) throw new ContentError(problems);

  return {
    index,
    entities,
    source,
    event: input.event,
    entries: {
      event: eventEntry,
      speakers: new Map(speakerEntries.map((s) => [s.id, s])),
      topics: new Map(topicEntries.map((t) => [t.id, t])),
    },
  };
}
