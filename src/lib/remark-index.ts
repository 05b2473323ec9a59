/**
 * The remark index: every remark of the event in event order (presentations in panel order,
 * then the Q&A in programme order), with who said it, where it lives and what it is about.
 * Built once per build from validated content; pages only read from it.
 */
import type { ContentInput, ParticipantInput, SpeakerInput, TopicInput } from './event-model';
import type { Correction, ExtractedExchange, Segment } from './remarks';
import { readingText } from './remarks';
import type { RemarkHome } from './urls';

/** Who said a remark: a panelist or a participant, with the label pages show. */
export interface Author {
  id: string;
  kind: 'speaker' | 'participant';
  /** Full display name: "Dr. Ada Lane", or "Audience member" for participants. */
  label: string;
  /** A participant's role, which groups participants in the search filter. */
  role?: ParticipantInput['role'];
}

export interface IndexedRemark {
  id: string;
  author: Author;
  topics: string[];
  /** `presentation` for a panelist's opening talk, `qa` for the discussion. */
  part: 'presentation' | 'qa';
  /** The page where the remark is printed in full and where its anchor lives. */
  home: RemarkHome;
  exchange?: string;
  segments: Segment[];
  /** Reading text (corrections as `[word]`), whitespace collapsed. */
  text: string;
  /** 0-based position in event order. */
  order: number;
}

export interface IndexedExchange extends ExtractedExchange {
  topic: string;
}

/** A stop on the event's reading order, for prev/next links. */
export interface SequenceStop {
  collection: 'speakers' | 'topics';
  id: string;
  title: string;
}

export interface EventIndex {
  speakers: SpeakerInput[];
  /** Topics in the order of their first exchange. */
  topics: TopicInput[];
  /** Exchanges in programme order. */
  exchanges: IndexedExchange[];
  remarks: IndexedRemark[];
  remarkById: Map<string, IndexedRemark>;
  corrections: Array<Correction & { remarkId: string }>;
  /** Speaker pages in panel order, then topic pages: the order of prev/next. */
  sequence: SequenceStop[];
}

/** Display name of a panelist: honorific (if the source gives one) and name. */
export function speakerLabel(s: Pick<SpeakerInput, 'honorific' | 'name'>): string {
  return s.honorific ? `${s.honorific} ${s.name}` : s.name;
}

/**
 * Builds the index from content that `validateContent` accepted.
 * @throws Error if a reference is dangling (validation was skipped)
 */
export function buildRemarkIndex(input: ContentInput): EventIndex {
  const speakerById = new Map(input.speakers.map((s) => [s.id, s]));
  const participantById = new Map(input.participants.map((p) => [p.id, p]));
  const topicByFile = new Map(input.topics.map((t) => [t.file, t]));
  const speakerByFile = new Map(input.speakers.map((s) => [s.file, s]));
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`remark index: ${what} (was the content validated?)`);
    return value;
  };

  const speakers = input.event.panel.map((id) => must(speakerById.get(id), `unknown speaker ${id}`));
  const exchangeById = new Map(input.exchanges.map((x) => [x.id, x]));
  const exchanges: IndexedExchange[] = input.event.programme.map((id) => {
    const x = must(exchangeById.get(id), `unknown exchange ${id}`);
    return { ...x, topic: must(topicByFile.get(x.file), `exchange ${id} outside a topic`).id };
  });
  const topics = [...new Set(exchanges.map((x) => x.topic))].map((id) => must(input.topics.find((t) => t.id === id), `unknown topic ${id}`));

  const author = (speaker?: string, participant?: string): Author => {
    if (speaker) return { id: speaker, kind: 'speaker', label: speakerLabel(must(speakerById.get(speaker), `unknown speaker ${speaker}`)) };
    const p = must(participantById.get(participant ?? ''), `unknown participant ${participant}`);
    return { id: p.id, kind: 'participant', label: p.label, role: p.role };
  };

  // Event order: each panelist's presentation, then the exchanges as the programme lists them.
  const rank = (file: string, exchange?: string) =>
    exchange ? speakers.length + input.event.programme.indexOf(exchange) : speakers.findIndex((s) => s.file === file);
  const ordered = input.remarks
    .map((r, fileOrder) => ({ r, fileOrder, rank: rank(r.file, r.exchange) }))
    .sort((a, b) => a.rank - b.rank || a.fileOrder - b.fileOrder);

  const remarks: IndexedRemark[] = ordered.map(({ r }, order) => {
    const speakerPage = speakerByFile.get(r.file);
    const home: RemarkHome = speakerPage
      ? { collection: 'speakers', id: speakerPage.id }
      : { collection: 'topics', id: must(topicByFile.get(r.file), `remark ${r.id} has no home`).id };
    return {
      id: r.id,
      author: author(r.speaker, r.participant),
      topics: r.topics,
      part: speakerPage ? 'presentation' : 'qa',
      home,
      exchange: r.exchange,
      segments: r.segments,
      text: readingText(r.segments),
      order,
    };
  });

  return {
    speakers,
    topics,
    exchanges,
    remarks,
    remarkById: new Map(remarks.map((r) => [r.id, r])),
    corrections: remarks.flatMap((r) => r.segments.flatMap((s) => ('correction' in s ? [{ ...s.correction, remarkId: r.id }] : []))),
    sequence: [
      ...speakers.map((s) => ({ collection: 'speakers' as const, id: s.id, title: speakerLabel(s) })),
      ...topics.map((t) => ({ collection: 'topics' as const, id: t.id, title: t.title })),
    ],
  };
}

/**
 * A remark's title for its own page, citations and link lists: who said it and how it opens, so
 * two remarks by one person on one topic never share a title. Cut at a word, with "…", near
 * `maxOpening` characters of the remark's text.
 * @example remarkTitle(remark, 20) // 'Dr. Ada Lane: “Lane said bridges…”'
 */
export function remarkTitle(remark: IndexedRemark, maxOpening = 42): string {
  const text = remark.text;
  if (text.length <= maxOpening) return `${remark.author.label}: “${text}”`;
  const cut = text.slice(0, maxOpening + 1);
  const opening = cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : maxOpening).replace(/[\s,;:–-]+$/, '');
  return `${remark.author.label}: “${opening}…”`;
}

/** The remarks before and after one, in event order. */
export function remarkNeighbours(index: EventIndex, id: string): { prev?: IndexedRemark; next?: IndexedRemark } {
  const remark = index.remarkById.get(id);
  if (!remark) return {};
  return { prev: index.remarks[remark.order - 1], next: index.remarks[remark.order + 1] };
}

/**
 * Lookup tables over an index, built on first use and kept for the index's lifetime: pages ask
 * "remarks by X", "speakers on Y" once or more per page, and scanning every remark each time makes
 * a build quadratic in remarks (200 speaker pages × their topics × 10,000 remarks).
 */
interface Lookups {
  byPerson: Map<string, IndexedRemark[]>;
  byTopic: Map<string, IndexedRemark[]>;
  speakersOn: Map<string, SpeakerInput[]>;
  topicsOf: Map<string, TopicInput[]>;
  topicTitles: Map<string, string>;
  exchangePosition: Map<string, number>;
}
const lookups = new WeakMap<EventIndex, Lookups>();

function lookup(index: EventIndex): Lookups {
  const cached = lookups.get(index);
  if (cached) return cached;
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const byPerson = new Map<string, IndexedRemark[]>();
  const byTopic = new Map<string, IndexedRemark[]>();
  for (const r of index.remarks) {
    push(byPerson, r.author.id, r);
    for (const t of r.topics) push(byTopic, t, r);
  }
  const made: Lookups = {
    byPerson,
    byTopic,
    speakersOn: new Map(),
    topicsOf: new Map(),
    topicTitles: new Map(index.topics.map((t) => [t.id, t.title])),
    exchangePosition: new Map(index.exchanges.map((x, i) => [x.id, i])),
  };
  lookups.set(index, made);
  return made;
}

/** Remarks by one person (speaker or participant), in event order, optionally of one part. */
export function remarksBy(index: EventIndex, personId: string, part?: IndexedRemark['part']): IndexedRemark[] {
  return (lookup(index).byPerson.get(personId) ?? []).filter((r) => !part || r.part === part);
}

/** Remarks tagged with a topic, in event order, optionally of one part. */
export function remarksOn(index: EventIndex, topicId: string, part?: IndexedRemark['part']): IndexedRemark[] {
  return (lookup(index).byTopic.get(topicId) ?? []).filter((r) => !part || r.part === part);
}

/** Topics a person spoke on (any part), in topic order. */
export function topicsOf(index: EventIndex, personId: string): TopicInput[] {
  const cache = lookup(index).topicsOf;
  let topics = cache.get(personId);
  if (!topics) {
    const tagged = new Set(remarksBy(index, personId).flatMap((r) => r.topics));
    topics = index.topics.filter((t) => tagged.has(t.id));
    cache.set(personId, topics);
  }
  return [...topics];
}

/** Panelists who spoke on a topic (any part), in panel order. */
export function speakersOn(index: EventIndex, topicId: string): SpeakerInput[] {
  const cache = lookup(index).speakersOn;
  let speakers = cache.get(topicId);
  if (!speakers) {
    const ids = new Set(remarksOn(index, topicId).map((r) => r.author.id));
    speakers = index.speakers.filter((s) => ids.has(s.id));
    cache.set(topicId, speakers);
  }
  return [...speakers];
}

/** Topic titles by topic id (one map per index, not one per remark printed). */
export function topicTitles(index: EventIndex): ReadonlyMap<string, string> {
  return lookup(index).topicTitles;
}

/** An exchange's 1-based position in the programme, or 0 if it is not in it. */
export function exchangeNumber(index: EventIndex, exchangeId: string): number {
  return (lookup(index).exchangePosition.get(exchangeId) ?? -1) + 1;
}

/** The speaker × topic grid: for each panelist, the remarks on each topic (in topic order). */
export function speakerTopicGrid(index: EventIndex): Array<{ speaker: SpeakerInput; cells: IndexedRemark[][] }> {
  return index.speakers.map((speaker) => {
    const own = remarksBy(index, speaker.id);
    return { speaker, cells: index.topics.map((t) => own.filter((r) => r.topics.includes(t.id))) };
  });
}

/** The stops before and after a page in the event's reading order. */
export function neighbours(index: EventIndex, collection: SequenceStop['collection'], id: string): { prev?: SequenceStop; next?: SequenceStop } {
  const i = index.sequence.findIndex((s) => s.collection === collection && s.id === id);
  if (i < 0) return {};
  return { prev: index.sequence[i - 1], next: index.sequence[i + 1] };
}
