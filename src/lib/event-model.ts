/**
 * Plain shapes of the event's content after loading (no astro:* types), shared by the
 * validator, the remark index and the pages. Each is the content model's zod output
 * (src/lib/content-model.ts) plus where it was read from, so a field is declared once.
 */
import type { EventData, ParticipantData, PersonData, RoleData, SessionData, TopicData } from './content-model';
import { BUILT_IN_ROLES } from './content-model';
import type { ExtractedExchange, ExtractedFile, ExtractedNarration, ExtractedRemark } from './remarks';

/** Where an item was read from: a path relative to the project root. */
interface Located {
  file: string;
}

/** `T` with the optional fields `K` filled in from other fields (see `assembleContent`). */
type Defaulted<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

/** The event itself (`event.mdx`), with the short title defaulted and the date as an ISO string. */
export type EventInput = Defaulted<Omit<EventData, 'date'>, 'shortTitle'> &
  Located & {
    /** ISO date `YYYY-MM-DD`, when known. */
    date?: string | undefined;
  };

/** A named person (`speakers/<id>.mdx`). */
export type SpeakerInput = Defaulted<PersonData, 'shortName'> &
  Located & {
    id: string;
    /** Whether the file's body holds remarks (a presentation). */
    hasPresentation: boolean;
  };

/** Someone the summary does not name (`participants.json`); never shown as a speaker. */
export type ParticipantInput = Defaulted<ParticipantData, 'label'> & Located;

/** A session (`sessions/<id>.mdx`). */
export type SessionInput = SessionData & Located & { id: string };

/** A topic (`topics/<id>.mdx`). */
export type TopicInput = TopicData & Located & { id: string };

/** Everything loaded from the content folder, with each MDX body's passages extracted. */
export interface ContentInput {
  event: EventInput;
  speakers: SpeakerInput[];
  participants: ParticipantInput[];
  sessions: SessionInput[];
  topics: TopicInput[];
  /** Remarks in file order, each file in the order given. */
  remarks: ExtractedRemark[];
  /** The summary's own words: the event file's opening and every `<Narration>`. */
  narrations: ExtractedNarration[];
  exchanges: ExtractedExchange[];
}

/** A role's id, labels and where it is declared. */
export type Role = RoleData & { plural: string };

/**
 * Every role the event may use: the built-in ones and those `event.mdx` declares.
 * @example roleTable([{ id: 'respondent', label: 'Respondent' }]).get('respondent')?.plural // 'Respondents'
 */
export function roleTable(declared: RoleData[]): Map<string, Role> {
  const table = new Map<string, Role>(Object.entries(BUILT_IN_ROLES).map(([id, r]) => [id, { id, ...r }]));
  for (const r of declared) table.set(r.id, { ...r, plural: r.plural ?? `${r.label}s` });
  return table;
}

/**
 * Names joined as English prose, the one rule for every list of names the site prints in a sentence.
 * @example joinNames(['A', 'B', 'C']) // 'A, B, and C'
 */
export function joinNames(names: string[]): string {
  return NAMES.format(names);
}
const NAMES = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * The host line as pages and citations print it: hosts joined by "and", in the source's order.
 * @example hostLine({ hosts: ['A', 'B'] }) // 'A and B'
 */
export function hostLine(event: Pick<EventData, 'hosts'>): string {
  return joinNames(event.hosts);
}

/**
 * The surname a summary most likely uses for a person: the last word of the name.
 * @example defaultShortName('Toshiya Hoshino') // 'Hoshino'
 */
export function defaultShortName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/**
 * The event's date as pages print it: the source's own words, with an inferred year in brackets
 * (the editorial convention for supplied text, Chicago Manual of Style 13.60); a full date the
 * source states is printed as stated, with nothing added.
 * @returns undefined when the source gives no date
 * @example eventDateText({ dateAsStated: 'April 20', date: '2015-04-20', yearInferred: true }) // 'April 20 [2015]'
 * @example eventDateText({ dateAsStated: 'January 6, 2017', date: '2017-01-06', yearInferred: false }) // 'January 6, 2017'
 */
export function eventDateText(event: Pick<EventInput, 'dateAsStated' | 'date' | 'yearInferred'>): string | undefined {
  const year = event.yearInferred && event.date ? ` [${event.date.slice(0, 4)}]` : '';
  if (event.dateAsStated) return event.dateAsStated + year;
  if (!event.date) return undefined;
  const formatted = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${event.date}T00:00:00Z`));
  return event.yearInferred ? formatted.replace(/\d{4}$/, (y) => `[${y}]`) : formatted;
}

/** One content file as read: its id (file name), path, parsed frontmatter and extracted body. */
export interface ReadFile<T> {
  id: string;
  file: string;
  data: T;
  extracted: ExtractedFile;
}

/**
 * Assembles what was read from a content folder into the `ContentInput` the validator and the
 * remark index take, applying the model's defaults (short name, participant label, short title)
 * that depend on other fields. The build (src/data/event.ts) and the unit tests' reader share it.
 */
export function assembleContent(read: {
  event: Omit<ReadFile<EventData>, 'id'>;
  speakers: ReadFile<PersonData>[];
  sessions: ReadFile<SessionData>[];
  topics: ReadFile<TopicData>[];
  participants: { file: string; data: ParticipantData[] };
}): ContentInput {
  const { date, shortTitle, ...event } = read.event.data;
  const roles = roleTable(event.roles);
  const files = [read.event, ...read.speakers, ...read.sessions, ...read.topics].map((f) => f.extracted);
  return {
    event: { ...event, file: read.event.file, shortTitle: shortTitle ?? event.title, date: date?.toISOString().slice(0, 10) },
    speakers: read.speakers.map((s) => ({
      ...s.data,
      id: s.id,
      file: s.file,
      shortName: s.data.shortName ?? defaultShortName(s.data.name),
      hasPresentation: s.extracted.remarks.length > 0,
    })),
    participants: read.participants.data.map((p) => ({
      ...p,
      label: p.label ?? roles.get(p.role)?.label ?? p.role,
      file: read.participants.file,
    })),
    sessions: read.sessions.map((s) => ({ ...s.data, id: s.id, file: s.file })),
    topics: read.topics.map((t) => ({ ...t.data, id: t.id, file: t.file })),
    remarks: files.flatMap((f) => f.remarks),
    narrations: files.flatMap((f) => f.narrations),
    exchanges: files.flatMap((f) => f.exchanges),
  };
}
