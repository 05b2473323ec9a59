/**
 * The remark index: every remark and narration passage of the event in event order (the opening,
 * presentations in panel order, sessions in order, then the Q&A filed by topic in programme
 * order), with who said it, where it lives and what it is about. Built once per build from
 * validated content; pages only read from it.
 */
import type { ContentInput, ParticipantInput, Role, SessionInput, SpeakerInput, TopicInput } from './event-model';
import { joinNames, roleTable } from './event-model';
import type { Correction, ExtractedExchange, Segment } from './remarks';
import { readingText } from './remarks';
import { truncateAtWord } from './text';
import type { RemarkHome } from './urls';

/** One person credited with a remark: a named person or an unnamed participant. */
export interface Author {
  id: string;
  kind: 'speaker' | 'participant';
  /** Full display name: "Dr. Ada Lane", or "Audience member" for participants. */
  label: string;
  /** Role id (panelist, moderator, audience-member, …), which groups participants in the search filter. */
  role: string;
}

export interface IndexedRemark {
  id: string;
  /** Who is credited: one person, or several for a joint remark, in the order written. */
  authors: Author[];
  topics: string[];
  /** `qa` inside a Q&A exchange; `presentation` otherwise (a talk, a panel's discussion). */
  part: 'presentation' | 'qa';
  /** The page where the remark is printed in full and where its anchor lives. */
  home: RemarkHome;
  exchange?: string | undefined;
  segments: Segment[];
  /** Reading text (corrections as `[word]`), whitespace collapsed. */
  text: string;
  /** 0-based position in event order among remarks. */
  order: number;
}

/** The summary's own words, shown in place; credited to no one. */
export interface IndexedNarration {
  id: string;
  home: RemarkHome;
  exchange?: string | undefined;
  segments: Segment[];
  text: string;
}

export interface IndexedExchange extends ExtractedExchange {
  /** The page the exchange is printed on (a topic or session page). */
  home: RemarkHome;
  /** The topic the exchange is filed under, when it is on a topic page. */
  topic?: string | undefined;
}

/** A stop on the event's reading order, for prev/next links. */
export interface SequenceStop {
  collection: 'speakers' | 'topics' | 'sessions';
  id: string;
  title: string;
  /** What kind of page it is, as prev/next links name it ("Presentation", "Q&A topic", "Panel"). */
  kind: string;
}

export interface EventIndex {
  /** Every named person: presenters in panel order, then by first remark, then the rest. */
  speakers: SpeakerInput[];
  participants: ParticipantInput[];
  /** Sessions in event order. */
  sessions: SessionInput[];
  /** Topics with remarks: those holding exchanges in the order of their first one, then by first tagged remark. */
  topics: TopicInput[];
  /** Exchanges in event order. */
  exchanges: IndexedExchange[];
  remarks: IndexedRemark[];
  remarkById: Map<string, IndexedRemark>;
  narrations: IndexedNarration[];
  narrationById: Map<string, IndexedNarration>;
  corrections: Array<Correction & { remarkId: string }>;
  /** Session pages, then speaker pages, then topic pages: the order of prev/next. */
  sequence: SequenceStop[];
  roles: Map<string, Role>;
}

/**
 * The label of a part of the event, as a remark page, the search filter and event.json name it;
 * mid-sentence ("… on Roads, presentation") the word for a presentation is lower-case, "Q&A" is not.
 * @example partLabel('qa') // 'Q&A'
 * @example partLabel('presentation', true) // 'presentation'
 */
export function partLabel(part: IndexedRemark['part'], midSentence = false): string {
  if (part === 'qa') return 'Q&A';
  return midSentence ? 'presentation' : 'Presentation';
}

/** Display name of a person: honorific (if the source gives one) and name. */
export function speakerLabel(s: Pick<SpeakerInput, 'honorific' | 'name'>): string {
  return s.honorific ? `${s.honorific} ${s.name}` : s.name;
}

/**
 * Builds the index from content that `validateContent` accepted.
 * @throws Error if a reference is dangling (validation was skipped)
 */
export function buildRemarkIndex(input: ContentInput): EventIndex {
  const roles = roleTable(input.event.roles);
  const speakerById = new Map(input.speakers.map((s) => [s.id, s]));
  const participantById = new Map(input.participants.map((p) => [p.id, p]));
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`remark index: ${what} (was the content validated?)`);
    return value;
  };

  const sessions = input.event.sessions.length
    ? input.event.sessions.map((id) =>
        must(
          input.sessions.find((s) => s.id === id),
          `unknown session ${id}`,
        ),
      )
    : input.sessions;
  // Where each file's passages sit in event order: [part of the event, rank within it].
  const homeOf = new Map<string, { home: RemarkHome; rank: [number, number] }>([
    [input.event.file, { home: { collection: 'event', id: '' }, rank: [0, 0] }],
  ]);
  input.event.panel.forEach((id, i) => {
    const s = must(speakerById.get(id), `unknown speaker ${id}`);
    homeOf.set(s.file, { home: { collection: 'speakers', id }, rank: [1, i] });
  });
  sessions.forEach((s, i) => homeOf.set(s.file, { home: { collection: 'sessions', id: s.id }, rank: [2, i] }));
  for (const t of input.topics) homeOf.set(t.file, { home: { collection: 'topics', id: t.id }, rank: [3, 0] });
  const placeOf = (file: string, exchange: string | undefined, position: number): number[] => {
    const { rank } = must(homeOf.get(file), `no home for ${file}`);
    return rank[0] === 3 ? [3, input.event.programme.indexOf(exchange ?? ''), position] : [...rank, position];
  };
  const byPlace = (a: number[], b: number[]) => a.reduce((d, x, i) => d || x - (b[i] ?? 0), 0);

  const author = (id: string, kind: Author['kind']): Author => {
    if (kind === 'speaker') {
      const s = must(speakerById.get(id), `unknown speaker ${id}`);
      return { id, kind, label: speakerLabel(s), role: s.role };
    }
    const p = must(participantById.get(id), `unknown participant ${id}`);
    return { id, kind, label: p.label, role: p.role };
  };

  const remarks: IndexedRemark[] = input.remarks
    .map((r) => ({ r, place: placeOf(r.file, r.exchange, r.position) }))
    .sort((a, b) => byPlace(a.place, b.place))
    .map(({ r }, order) => ({
      id: r.id,
      authors: [...r.speakers.map((id) => author(id, 'speaker')), ...(r.participant ? [author(r.participant, 'participant')] : [])],
      topics: r.topics,
      part: r.exchange ? 'qa' : 'presentation',
      home: must(homeOf.get(r.file), `no home for ${r.file}`).home,
      exchange: r.exchange,
      segments: r.segments,
      text: readingText(r.segments),
      order,
    }));

  const narrations: IndexedNarration[] = input.narrations
    .map((n) => ({ n, place: placeOf(n.file, n.exchange, n.position) }))
    .sort((a, b) => byPlace(a.place, b.place))
    .map(({ n }) => ({
      id: n.id,
      home: must(homeOf.get(n.file), `no home for ${n.file}`).home,
      exchange: n.exchange,
      segments: n.segments,
      text: readingText(n.segments),
    }));

  const exchanges: IndexedExchange[] = input.exchanges
    .map((x) => {
      const { home } = must(homeOf.get(x.file), `no home for ${x.file}`);
      return { x: { ...x, home, topic: home.collection === 'topics' ? home.id : undefined }, place: placeOf(x.file, x.id, x.line) };
    })
    .sort((a, b) => byPlace(a.place, b.place))
    .map(({ x }) => x);

  // Topics that hold exchanges keep the Q&A's order; topics that only tag remarks follow by first remark.
  const tagged = remarks.flatMap((r) => r.topics);
  const topicOrder = [...new Set([...exchanges.flatMap((x) => (x.topic ? [x.topic] : [])), ...tagged])];
  const topics = topicOrder.map((id) =>
    must(
      input.topics.find((t) => t.id === id),
      `unknown topic ${id}`,
    ),
  );

  // People: presenters in panel order, then in order of first remark, then everyone else as filed.
  const personOrder = [
    ...new Set([
      ...input.event.panel,
      ...remarks.flatMap((r) => r.authors.filter((a) => a.kind === 'speaker').map((a) => a.id)),
      ...sessions.flatMap((s) => s.people.map((p) => (typeof p === 'string' ? p : p.id))),
      ...input.speakers.map((s) => s.id),
    ]),
  ];
  const speakers = personOrder.map((id) => must(speakerById.get(id), `unknown speaker ${id}`));
  const spoke = new Set(remarks.flatMap((r) => r.authors.map((a) => a.id)));

  return {
    speakers,
    participants: input.participants,
    sessions,
    topics,
    exchanges,
    remarks,
    remarkById: new Map(remarks.map((r) => [r.id, r])),
    narrations,
    narrationById: new Map(narrations.map((n) => [n.id, n])),
    corrections: [...remarks, ...narrations].flatMap((r) =>
      r.segments.flatMap((s) => ('correction' in s ? [{ ...s.correction, remarkId: r.id }] : [])),
    ),
    sequence: [
      ...sessions.map((s) => ({ collection: 'sessions' as const, id: s.id, title: s.title, kind: s.kind ?? 'Session' })),
      ...speakers
        .filter((s) => spoke.has(s.id))
        .map((s) => ({
          collection: 'speakers' as const,
          id: s.id,
          title: speakerLabel(s),
          kind: s.hasPresentation ? partLabel('presentation') : (roles.get(s.role)?.label ?? s.role),
        })),
      ...topics.map((t) => ({
        collection: 'topics' as const,
        id: t.id,
        title: t.title,
        kind: exchanges.some((x) => x.topic === t.id) ? 'Q&A topic' : 'Topic',
      })),
    ],
    roles,
  };
}

/**
 * The names credited with a remark, joined as prose ("Dr. Ada Lane and Ben Moss").
 * @example authorsLabel(jointRemark) // 'Dr. Ada Lane and Ben Moss'
 */
export function authorsLabel(remark: { authors: Array<Pick<Author, 'label'>> }): string {
  return joinNames(remark.authors.map((a) => a.label));
}

/** Whether a person has a page of their own: everyone credited with at least one remark. */
export function hasPage(index: EventIndex, personId: string): boolean {
  return remarksBy(index, personId).length > 0;
}

/** The people with pages, in the index's order. */
export function speakersWithPages(index: EventIndex): SpeakerInput[] {
  return index.speakers.filter((s) => hasPage(index, s.id));
}

/** The label of a role id ("Moderator"), or the id itself if the event does not know it. */
export function roleLabel(index: Pick<EventIndex, 'roles'>, role: string, plural = false): string {
  const r = index.roles.get(role);
  return r ? (plural ? r.plural : r.label) : role;
}

/**
 * The title of a remark's home page, as breadcrumbs and "read in context" lines name it.
 * @example homeTitle(index, { collection: 'speakers', id: 'ada' }) // 'Dr. Ada Lane’s presentation'
 */
export function homeTitle(index: EventIndex, home: RemarkHome): string {
  if (home.collection === 'speakers') {
    const s = index.speakers.find((p) => p.id === home.id);
    return s ? `${speakerLabel(s)}’s presentation` : home.id;
  }
  if (home.collection === 'sessions') return index.sessions.find((s) => s.id === home.id)?.title ?? home.id;
  if (home.collection === 'topics') return index.topics.find((t) => t.id === home.id)?.title ?? home.id;
  return 'Event';
}

/** A session's people with the role each had in it (their own role unless the session says otherwise). */
export function sessionPeople(index: EventIndex, session: SessionInput): Array<{ person: SpeakerInput; role: string }> {
  return session.people.map((p) => {
    const id = typeof p === 'string' ? p : p.id;
    const person = index.speakers.find((s) => s.id === id);
    if (!person) throw new Error(`remark index: unknown person ${id} in session ${session.id}`);
    return { person, role: typeof p === 'string' ? person.role : p.role };
  });
}

/**
 * A remark's title for its own page, citations and link lists: who said it and how it opens, so
 * two remarks by one person on one topic never share a title, its opening cut by `truncateAtWord`
 * (src/lib/text.ts) to `maxOpening` characters.
 * @example remarkTitle(remark, 20) // 'Dr. Ada Lane: “Lane said bridges…”'
 */
export function remarkTitle(remark: IndexedRemark, maxOpening = 42): string {
  return `${authorsLabel(remark)}: “${truncateAtWord(remark.text, maxOpening)}”`;
}

/** The remarks before and after one, in event order. */
export function remarkNeighbours(index: EventIndex, id: string): { prev?: IndexedRemark | undefined; next?: IndexedRemark | undefined } {
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
    for (const a of r.authors) push(byPerson, a.id, r);
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

/** Named people who spoke on a topic (any part), in the index's order. */
export function speakersOn(index: EventIndex, topicId: string): SpeakerInput[] {
  const cache = lookup(index).speakersOn;
  let speakers = cache.get(topicId);
  if (!speakers) {
    const ids = new Set(remarksOn(index, topicId).flatMap((r) => r.authors.map((a) => a.id)));
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

/** The speaker × topic grid: for each person with remarks, the remarks on each topic (in topic order). */
export function speakerTopicGrid(index: EventIndex): Array<{ speaker: SpeakerInput; cells: IndexedRemark[][] }> {
  return speakersWithPages(index).map((speaker) => {
    const own = remarksBy(index, speaker.id);
    return { speaker, cells: index.topics.map((t) => own.filter((r) => r.topics.includes(t.id))) };
  });
}

/** The stops before and after a page in the event's reading order. */
export function neighbours(
  index: EventIndex,
  collection: SequenceStop['collection'],
  id: string,
): { prev?: SequenceStop | undefined; next?: SequenceStop | undefined } {
  const i = index.sequence.findIndex((s) => s.collection === collection && s.id === id);
  if (i < 0) return {};
  return { prev: index.sequence[i - 1], next: index.sequence[i + 1] };
}
