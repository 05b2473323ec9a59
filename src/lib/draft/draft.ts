/**
 * The drafter: a plain-text summary in, a structured draft of its content folder out (event
 * fields, people, participants, sessions of narrations, remarks and exchanges, and the doubts for
 * REVIEW.md). `write-folder.ts` turns the draft into files. Pure: no file system.
 */
import { readSource, type Paragraph } from './sentences';
import { findPeople, isPeopleList, type DraftPerson } from './people';
import { namesEnd, namesIn } from './names';
import { attribute, type AttributedSentence, type DraftParticipant, type Voice } from './attribution';
import { eventFields, eventKind, type EventFields } from './event-fields';
import { contentWords, createIdAllocator, slugWords } from './ids';
import { predicate } from './patterns';
import type { Doubt } from './review';
import type { RoleData } from '../content-model';

/** A `<Narration>` or `<Remark>`: consecutive sentences of one paragraph in one voice. */
export interface DraftElement {
  kind: 'element';
  id: string;
  voice: Voice;
  /** The source's words, whitespace collapsed. */
  text: string;
  /** Indexes (`AttributedSentence.n`) of its sentences. */
  sentences: number[];
}

/** An `<Exchange>`: a question and its answers. */
export interface DraftExchange {
  kind: 'exchange';
  id: string;
  heading: string;
  items: DraftElement[];
}

/** A `sessions/<id>.mdx` file. */
export interface DraftSession {
  id: string;
  title: string;
  kind?: string | undefined;
  people: string[];
  items: Array<DraftElement | DraftExchange>;
}

/** A paragraph of the `event.mdx` body, which the build reads as one narration passage (`opening`, `opening-2`, …). */
export interface DraftBodyParagraph {
  /** The source's words: a list line by line as in the source, prose as one line (whitespace collapsed). */
  lines: string[];
  /** Indexes (`AttributedSentence.n`) of its sentences. */
  sentences: number[];
}

export interface Draft {
  /** The summary, byte for byte. */
  source: string;
  fields: EventFields;
  /**
   * `event.mdx` body, each source paragraph its own: the lists before the opening ("Dr. Ada Lane,
   * Example Institute"), then the opening paragraph and the lists right after it when nobody
   * speaks in the opening; undefined when there is none of these.
   */
  body?: DraftBodyParagraph[] | undefined;
  people: DraftPerson[];
  participants: DraftParticipant[];
  /** Roles the participants need beyond the built-in ones ("Former official"), for `event.mdx` `roles`. */
  roles: RoleData[];
  sessions: DraftSession[];
  sentences: AttributedSentence[];
  doubts: Doubt[];
}

/** Words of a participant description ("One audience member") left out of ids. */
const PARTICIPANT_WORDS = [
  'one',
  'another',
  'audience',
  'member',
  'members',
  'public',
  'commentator',
  'individual',
  'participant',
  'attendee',
  'questioner',
  'guest',
  'discussant',
  'listener',
  'viewer',
  'caller',
  'student',
  'journalist',
  'reporter',
];

/**
 * Drafts an event from its summary.
 * @param summary the summary file's text, verbatim
 * @example draftEvent('On May 1, a club hosted Ada Lane for a talk on bridges.\n\nLane said bridges need care.').sessions[0].items[0].voice // { kind: 'person', ids: ['lane'] }
 */
export function draftEvent(summary: string): Draft {
  const paragraphs = readSource(summary);
  const { people, doubts: peopleDoubts } = findPeople(summary, paragraphs);
  const { sentences, participants, roles, doubts: voiceDoubts } = attribute(paragraphs, people);
  const { fields, doubts: fieldDoubts } = eventFields(paragraphs);
  const ids = createIdAllocator();
  for (const id of [...people.map((p) => p.id), ...participants.map((p) => p.id)]) ids.reserve(id);

  // The event page's own text: the opening paragraph when nobody speaks in it, with the lists
  // beside it (speakers and affiliations, a moderator, a date line), each its own source paragraph.
  const front: Paragraph[] = [];
  let openingIndex: number | undefined;
  for (const p of paragraphs) {
    if (p.heading) {
      if (openingIndex === undefined || isPeopleList(p)) continue;
      break;
    }
    if (!p.list && openingIndex !== undefined) break;
    if (!p.list) openingIndex = p.index;
    front.push(p);
  }
  const sentencesOf = (p: Paragraph) => sentences.filter((s) => s.paragraph === p.index);
  const opening = openingIndex === undefined ? [] : sentencesOf(paragraphs[openingIndex]!);
  const openingIsBody = opening.length > 0 && opening.every((s) => s.voice.kind === 'narration' && !s.exchange);
  // Lists are narration (see `attribute`); those after the opening follow it into the body only with it.
  const bodyParagraphs = front.filter((p) => p.sentences.length && (openingIsBody || openingIndex === undefined || p.index < openingIndex));
  const inBody = new Set(bodyParagraphs.map((p) => p.index));
  const body = bodyParagraphs.map((p) => ({ lines: p.list ? p.lines : [p.text], sentences: sentencesOf(p).map((s) => s.n) }));
  const firstMarker = sentences.find((s) => inBody.has(s.paragraph) && s.session)?.session;

  const sessions: DraftSession[] = [];
  const newSession = (marker?: { title: string; kind?: string | undefined }): DraftSession => {
    const session: DraftSession = { id: '', title: marker?.title ?? '', people: [], items: [] };
    if (marker?.kind) session.kind = marker.kind;
    sessions.push(session);
    return session;
  };
  let session = newSession(firstMarker);
  // Before the first session marker the text introduces the event (the opening, the list of
  // speakers), not a session: those it names are the event's people, not a session's.
  let marked = firstMarker !== undefined;
  const introductory = new Set<number>();
  let exchange: DraftExchange | undefined;
  let element: DraftElement | undefined;
  let last: AttributedSentence | undefined;
  const sessionOf = new Map<DraftSession, AttributedSentence[]>();

  for (const s of sentences) {
    if (inBody.has(s.paragraph)) continue;
    if (s.session && (session.items.length || !session.title)) {
      if (session.items.length) session = newSession(s.session);
      else Object.assign(session, { title: s.session.title }, s.session.kind ? { kind: s.session.kind } : {});
      exchange = undefined;
      element = undefined;
    }
    if (s.session) marked = true;
    if (!marked) introductory.add(s.n);
    // An exchange holds a question's answers; a paragraph that opens as narration has left it.
    const first = sentences[s.n - 1]?.paragraph !== s.paragraph;
    if (first && s.voice.kind === 'narration' && !s.exchange) exchange = undefined;
    if (s.exchange) {
      exchange = { kind: 'exchange', id: '', heading: s.exchange.heading, items: [] };
      session.items.push(exchange);
      element = undefined;
    }
    const sameRun = element && last && last.paragraph === s.paragraph && JSON.stringify(last.voice) === JSON.stringify(s.voice);
    if (!sameRun) {
      element = { kind: 'element', id: '', voice: s.voice, text: '', sentences: [] };
      (exchange ?? session).items.push(element);
    }
    element!.sentences.push(s.n);
    const opener = sentences[element!.sentences[0]!]!;
    element!.text = paragraphs[s.paragraph]!.text.slice(opener.start, s.end);
    if (!sessionOf.has(session)) sessionOf.set(session, []);
    sessionOf.get(session)!.push(s);
    last = s;
  }

  // With no session marker at all, the one session is the event: its introduction is the session's too.
  if (!marked) introductory.clear();

  const doubts: Doubt[] = [...fieldDoubts, ...peopleDoubts, ...voiceDoubts];
  const sessionsFound = sessions.filter((x) => x.items.length);
  if (sessionsFound.length === 1 && !sessionsFound[0]!.title) sessionsFound[0]!.title = fields.documentTitle ?? 'Event summary';
  for (const x of sessionsFound) {
    const untitled = !x.title;
    if (untitled) x.title = eventKind(paragraphs[openingIndex ?? 0]?.text ?? '') ?? 'Presentations';
    const words = contentWords(x.title);
    x.id = ids.take([], words.length ? words : slugWords(x.title), 'session');
    x.people = sessionPeople(sessionOf.get(x) ?? [], people, introductory);
    if (untitled)
      doubts.push({
        severity: 2,
        place: { file: `sessions/${x.id}.mdx`, field: 'title' },
        message: `the text before the first session marker was put in a session titled “${x.title}”: retitle it.`,
      });
  }
  for (const { ids: who, kind } of everySession(sentences, people)) {
    for (const x of sessionsFound) if (!kind || x.kind === kind) x.people = [...new Set([...x.people, ...who])];
  }
  const firstSentence = (e: DraftElement) => sentences[e.sentences[0]!]!.text;
  for (const x of sessionsFound) for (const item of x.items) nameItem(item, firstSentence, people, participants, ids);
  if (sessionsFound.length > 1) fields.sessionIds = sessionsFound.map((x) => x.id);
  return {
    source: summary,
    fields,
    body: body.length ? body : undefined,
    people,
    participants,
    roles,
    sessions: sessionsFound,
    sentences,
    doubts,
  };
}

/**
 * A session's people: those who speak in it, and those its narration introduces ("The first
 * panel, with A and B, …", a list of speakers under its heading), in order. Narration before the
 * first session marker (`introductory`: the opening and the lists beside it) introduces the
 * event's people, not the session's: someone named only there, such as a moderator who never
 * speaks, is a person of the event with no session (see `everySession` for "moderated both panels").
 */
function sessionPeople(sentences: AttributedSentence[], people: DraftPerson[], introductory: Set<number>): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (s.voice.kind === 'narration' && !introductory.has(s.n)) out.push(...namedIn(s.text, people));
    else if (s.voice.kind === 'person') out.push(...s.voice.ids);
  }
  return [...new Set(out)];
}

/** The people a sentence names, by full name or by the short name they are known by. */
function namedIn(text: string, people: DraftPerson[]): string[] {
  const named = namesIn(text).map((n) => n.name);
  const words = new Set(text.split(/[^\p{L}’'-]+/u));
  return people.filter((p) => named.includes(p.name) || words.has(p.shortName)).map((p) => p.id);
}

/** A part in every panel or session: "Okafor, who moderated both panels", "Kim chaired all three sessions". */
const IN_EVERY =
  /\b(?:moderated|chaired|introduced|sat on|spoke (?:in|on|at)|took part in|joined|appeared (?:in|on)|participated in)\s+(?:both|all|each|every)\s+(?:of\s+)?(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+)?(panels?|sessions?)\b/i;
/** Or passive: "Both panels were moderated by Okafor". */
const EVERY_BY =
  /\b(?:both|all|each|every)\s+(?:of\s+)?(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+)?(panels?|sessions?)\s+(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?:moderated|chaired|introduced|joined)\s+by\b/iu;

/**
 * People the text puts in every panel or session ("The event was moderated by Okafor, who chaired
 * both panels."), wherever it says so, with the session kind it means ("Panel"; undefined for all
 * sessions). Only what the text states: a moderator named in the opening is otherwise in no session.
 */
function everySession(sentences: AttributedSentence[], people: DraftPerson[]): Array<{ ids: string[]; kind?: string | undefined }> {
  return sentences.flatMap((s) => {
    const m = IN_EVERY.exec(s.text) ?? EVERY_BY.exec(s.text);
    const ids = m ? namedIn(s.text, people) : [];
    return ids.length ? [{ ids, kind: /^panel/i.test(m![1]!) ? 'Panel' : undefined }] : [];
  });
}

/** Gives an element or exchange (and its elements) their ids, from content words. */
function nameItem(
  item: DraftElement | DraftExchange,
  sentenceOf: (e: DraftElement) => string,
  people: DraftPerson[],
  participants: DraftParticipant[],
  ids: ReturnType<typeof createIdAllocator>,
) {
  if (item.kind === 'exchange') {
    const words = item.heading.startsWith('TODO') ? contentWords(item.items[0]?.text ?? '', PARTICIPANT_WORDS) : contentWords(item.heading);
    item.id = ids.take([], words, 'question');
    for (const child of item.items) nameItem(child, sentenceOf, people, participants, ids);
    return;
  }
  const v = item.voice;
  const firstSentence = sentenceOf(item);
  if (v.kind === 'person') {
    const who = people.filter((p) => v.ids.includes(p.id));
    const prefix = v.ids.length === 2 ? [v.ids[0]!, 'and', v.ids[1]!] : v.ids;
    const drop = who.flatMap((p) => [p.name, p.honorific ?? '']).concat(['both']);
    // What they said: the words after their name ("To a question on X, Holt remarked that Y" → Y).
    const named = namesEnd(
      firstSentence,
      who.map((p) => p.shortName),
    );
    const after = named >= 0 ? predicate(firstSentence, named) : firstSentence;
    const said = contentWords(after, drop);
    item.id = ids.take(prefix, said.length >= 2 ? said : contentWords(firstSentence, drop), 'remark');
  } else if (v.kind === 'participant') {
    const role = participants.find((p) => p.id === v.id)!.role;
    // Words after the participant's description: "…, one audience member asked how turbines…" → how turbines…
    const noun = new RegExp(`\\b(?:${PARTICIPANT_WORDS.join('|')})\\b`, 'gi');
    const after = firstSentence.slice([...firstSentence.matchAll(noun)].at(-1)?.index ?? 0);
    item.id = ids.take([role], contentWords(after, PARTICIPANT_WORDS), 'remark');
  } else {
    item.id = ids.take([], contentWords(firstSentence), 'narration');
  }
}
