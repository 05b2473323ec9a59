/**
 * Attribution: the voice of every sentence of a summary (narration, a named person or several, or
 * an unnamed participant), where Q&A exchanges start and where sessions start. Rules, in order, per
 * sentence (each is a general pattern of English event summaries, not of one text):
 * 1. a subject that is a known person (or several: a joint remark), possibly after an introductory
 *    clause ("To a question on X, Holt remarked") or at the end ("“…,” Lane said."), starts that
 *    person's remark, unless the sentence
 *    only reports an event action ("Navarro closed the conference by thanking…"), which is narration;
 *    "The panelists agreed…" is a joint remark of every panelist or speaker;
 * 2. "One/A/Another audience member|commentator|individual|participant…" (or anyone unnamed who
 *    asks: "A resident asked…") is a new participant;
 *    "The audience member…" the previous one;
 * 3. a sentence about the event or a session ("The first panel focused on…", "On April 20, …") is narration;
 * 4. otherwise the current voice goes on (reported speech runs on; "He/She/They" continue), except at
 *    a paragraph's first sentence: that continues the previous speaker only if the paragraph goes on to
 *    name that same speaker (or a pronoun) first, or names no one at all; else it is narration.
 * A list paragraph ("Dr. Ada Lane, Example Institute" / "Moderator: Cy Kim, Bridge Trust") is
 * narration, whoever it names; a heading (see `isHeading`) after the document's own starts a
 * session, unless it is a list of people or a label ("Speakers:").
 */
import type { Paragraph } from './sentences';
import type { Doubt } from './review';
import { isPeopleList, referenceAt, type DraftPerson } from './people';
import { clauseStarts, pronounAt, REPORTING_VERB } from './subject';
import { ASKS, askedHeading, cap, describesEvent, EVENT_ACTION, headingSession, predicate, PROGRAMME, questionFrame, RESPONDS, sessionMarker } from './patterns';

export type Voice = { kind: 'narration' } | { kind: 'person'; ids: string[] } | { kind: 'participant'; id: string };

/** One entry of `participants.json`. */
export interface DraftParticipant {
  id: string;
  role: string;
  asDescribed: string;
}

/** A sentence with its voice and what starts at it. */
export interface AttributedSentence {
  /** Index among all prose sentences of the summary. */
  n: number;
  /** `Paragraph.index` of its paragraph. */
  paragraph: number;
  text: string;
  start: number;
  end: number;
  voice: Voice;
  /** A Q&A exchange starts here; `heading` is drafted from the question ("TODO: …" when it cannot be). */
  exchange?: { heading: string };
  /** A session starts here. */
  session?: { title: string; kind?: string };
}

type Subject =
  | { kind: 'person'; ids: string[]; at: number; end: number; group?: boolean }
  | { kind: 'new-participant'; role: string; asDescribed: string; at: number; end: number }
  | { kind: 'same-participant'; role?: string; noun: string; at: number; end: number }
  | { kind: 'pronoun'; at: number }
  | { kind: 'other-name'; name: string; at: number };

/** Words summaries use for people they do not name. */
const PARTICIPANT_NOUN = String.raw`(audience members?|members? of the (?:audience|public)|commentators?|individuals?|participants?|attendees?|questioners?|guests?|discussants?|listeners?|viewers?|callers?|students?|journalists?|reporters?)`;
const NEW_PARTICIPANT = new RegExp(`^(?:One|A|An|Another)\\s+${PARTICIPANT_NOUN}\\b`, 'i');
/** "A resident asked…", "One woman from the port wondered…": anyone unnamed who asks is a participant. */
const SOMEONE_ASKING = /^((?:One|A|An|Another)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*(?:\s+(?:from|of|with|in)\s+[^,]+?)?)\s+(?:asked|wondered|wanted to know|inquired|enquired|questioned)\b/u;
/** "The panelists agreed…", "Both speakers…", "All three experts…": a joint remark of the event's speakers. */
const GROUP = /^(?:The|Both|All(?:\s+\w+)?)\s+(?:panelists|panellists|speakers|experts|discussants)\b/i;
const GROUP_ROLES = ['panelist', 'speaker', 'discussant', 'keynote'];
const SAME_PARTICIPANT = new RegExp(`^The\\s+(?:same\\s+)?${PARTICIPANT_NOUN}\\b`, 'i');
const roleOf = (noun: string) => (/commentator/i.test(noun) ? 'commentator' : /discussant/i.test(noun) ? 'discussant' : 'audience-member');

/** A capitalised phrase (not a pronoun or article) followed by a reporting verb: someone speaking. */
const SOMEONE_SPEAKING = new RegExp(`^((?!(?:The|This|That|These|Those|It|He|She|They|We|There|Its|Their)\\b)\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3})\\s+(?:\\p{Ll}+ly\\s+)?${REPORTING_VERB}\\b`, 'u');

/** The sentence's subject, if it is a person, participant or pronoun (see the module rules). */
function subjectOf(text: string, people: DraftPerson[]): Subject | undefined {
  // "According to Lane, …", "For Haddad, the problem is…": the view reported is that person's.
  const according = /^(?:According to|For|In the view of)\s+/.exec(text);
  if (according) {
    const ref = referenceAt(text, according[0].length, people, false);
    if (ref && text[ref.end] === ',') return { kind: 'person', ids: ref.ids, at: according[0].length, end: ref.end };
  }
  for (const at of clauseStarts(text)) {
    const rest = text.slice(at);
    const ref = referenceAt(text, at, people);
    if (ref) return { kind: 'person', ids: ref.ids, at, end: ref.end };
    const fresh = NEW_PARTICIPANT.exec(rest);
    if (fresh) return { kind: 'new-participant', role: roleOf(fresh[1]!), asDescribed: cap(fresh[0]), at, end: at + fresh[0].length };
    const asking = SOMEONE_ASKING.exec(rest);
    if (asking) return { kind: 'new-participant', role: 'audience-member', asDescribed: cap(asking[1]!), at, end: at + asking[1]!.length };
    const same = SAME_PARTICIPANT.exec(rest);
    if (same) return { kind: 'same-participant', role: roleOf(same[1]!), noun: same[1]!.toLowerCase(), at, end: at + same[0].length };
    const group = GROUP.exec(rest);
    const members = people.filter((p) => GROUP_ROLES.includes(p.role)).map((p) => p.id);
    if (group && members.length > 1) return { kind: 'person', ids: members, at, end: at + group[0].length, group: true };
    if (pronounAt(text, at)) return { kind: 'pronoun', at };
    const other = SOMEONE_SPEAKING.exec(rest);
    if (other) return { kind: 'other-name', name: other[1]!, at };
  }
  // Attribution at the end: "“We need bridges,” Lane said." / "…, said Lane."
  for (const m of text.matchAll(/[,”"]\s+(?:(said|added|noted|asked)\s+)?/g)) {
    const at = m.index! + m[0].length;
    const ref = referenceAt(text, at, people, false);
    const tail = ref && text.slice(ref.end);
    if (tail && (m[1] ? /^[.!?]?[”"]?$/ : new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+)?${REPORTING_VERB}[.!?]?[”"]?$`, 'u')).test(tail)) return { kind: 'person', ids: ref.ids, at, end: ref.end };
  }
  return undefined;
}

const sameVoice = (a: Voice, b: Voice) =>
  a.kind === b.kind && (a.kind !== 'person' || (b.kind === 'person' && a.ids.join() === b.ids.join())) && (a.kind !== 'participant' || (b.kind === 'participant' && a.id === b.id));

/**
 * Attributes every prose sentence.
 * @param paragraphs from `readSource` (headings included: a heading after the first starts a session)
 * @param people from `findPeople`
 * @returns the sentences with voices, exchange and session starts; the participants met; and doubts
 *   (sentence places are `n`, the sentence's index)
 */
export function attribute(paragraphs: Paragraph[], people: DraftPerson[]): { sentences: AttributedSentence[]; participants: DraftParticipant[]; doubts: Doubt[] } {
  const sentences: AttributedSentence[] = [];
  const participants: DraftParticipant[] = [];
  const doubts: Doubt[] = [];
  const name = (v: Voice) =>
    v.kind === 'narration' ? 'narration' : v.kind === 'participant' ? `participant ${v.id}` : v.ids.map((id) => people.find((p) => p.id === id)!.shortName).join(' and ');
  let current: Voice = { kind: 'narration' };
  let qaStarted = false;
  let pendingSession: { title: string; kind?: string } | undefined;
  let seenProse = false;
  let seenHeading = false;

  /** The participant a subject names: a new one, or for "The …" the last one described with the same noun (else role). */
  const participantFor = (subject: Subject & { kind: 'new-participant' | 'same-participant' }, n: number, quote: string): string => {
    if (subject.kind === 'same-participant') {
      const latest = [...participants].reverse();
      const earlier = latest.find((p) => p.asDescribed.toLowerCase().endsWith(subject.noun)) ?? latest.find((p) => p.role === subject.role) ?? latest[0];
      if (earlier) {
        const lastSpoke = sentences.findLast((x) => x.voice.kind === 'participant' && x.voice.id === earlier.id);
        if (lastSpoke && sentences.some((x) => x.n > lastSpoke.n && x.exchange)) {
          doubts.push({ severity: 2, place: { sentence: n }, message: `“The ${subject.noun}” taken to be ${earlier.id} (“${earlier.asDescribed}”), who last spoke in an earlier exchange: check it is the same person.`, quote });
        }
        return earlier.id;
      }
      doubts.push({ severity: 1, place: { sentence: n }, message: 'refers back to a participant ("The …") but none came before: drafted as a new one.', quote });
    }
    const role = subject.role ?? 'audience-member';
    const id = `${role}-${participants.filter((p) => p.role === role).length + 1}`;
    participants.push({ id, role, asDescribed: subject.kind === 'new-participant' ? subject.asDescribed : cap(quote.slice(subject.at, subject.end)) });
    return id;
  };

  for (const paragraph of paragraphs) {
    if (paragraph.heading && isPeopleList(paragraph)) continue;
    if (paragraph.heading) {
      if (seenHeading || seenProse) pendingSession = headingSession(paragraph.text);
      seenHeading = true;
      continue;
    }
    if (paragraph.list) {
      // Names and affiliations, a label, a date line: the summary's own words, as narration.
      current = { kind: 'narration' };
      for (const s of paragraph.sentences) {
        const entry: AttributedSentence = { n: sentences.length, paragraph: paragraph.index, text: s.text, start: s.start, end: s.end, voice: current };
        if (pendingSession) entry.session = pendingSession;
        pendingSession = undefined;
        sentences.push(entry);
      }
      continue;
    }
    const opening = !seenProse;
    seenProse = true;
    const subjects = paragraph.sentences.map((s) => subjectOf(s.text, people));
    paragraph.sentences.forEach((s, k) => {
      const n = sentences.length;
      const subject = subjects[k];
      let voice: Voice = current;
      if (subject?.kind === 'person') {
        voice = { kind: 'person', ids: subject.ids };
        const verb = predicate(s.text, subject.end);
        if (EVENT_ACTION.test(verb) || (opening && PROGRAMME.test(verb))) {
          voice = { kind: 'narration' };
          doubts.push({ severity: 2, place: { sentence: n }, message: 'names a person but describes the event (who spoke on what, opened or closed it), so it is drafted as narration.', quote: s.text });
        } else if (subject.group) {
          doubts.push({ severity: 2, place: { sentence: n }, message: `credited jointly to every panelist or speaker (${name(voice)}): check who is meant.`, quote: s.text });
        } else if (subject.ids.length > 1) {
          doubts.push({ severity: 3, place: { sentence: n }, message: `joint remark by ${name(voice)}.`, quote: s.text });
        }
      } else if (subject?.kind === 'new-participant' || subject?.kind === 'same-participant') {
        voice = { kind: 'participant', id: participantFor(subject, n, s.text) };
      } else if (describesEvent(s.text)) {
        voice = { kind: 'narration' };
      } else if (k === 0 && !opening) {
        const next = subjects.slice(1).find((x) => x && x.kind !== 'other-name');
        const resumes = next?.kind === 'pronoun' || (next?.kind === 'person' && sameVoice({ kind: 'person', ids: next.ids }, current));
        if (subject?.kind === 'pronoun' || resumes) {
          if (current.kind === 'narration') doubts.push({ severity: 2, place: { sentence: n }, message: 'a paragraph opens with no named speaker before it: drafted as narration.', quote: s.text });
          else if (subject?.kind !== 'pronoun') doubts.push({ severity: 3, place: { sentence: n }, message: `a paragraph opens without naming its speaker: drafted as ${name(current)} going on, who is named again later in it.`, quote: s.text });
        } else if (!next && current.kind !== 'narration') {
          doubts.push({ severity: 2, place: { sentence: n }, message: `this paragraph names no speaker: drafted as ${name(current)} going on.`, quote: s.text });
        } else {
          voice = { kind: 'narration' };
          doubts.push({ severity: 2, place: { sentence: n }, message: 'a paragraph opens without naming its speaker: drafted as narration.', quote: s.text });
        }
      }
      if (subject?.kind === 'other-name' && voice.kind !== 'narration') {
        doubts.push({ severity: 2, place: { sentence: n }, message: `“${subject.name}” is not among the event's people: kept in ${name(voice)}'s remark as reported content.`, quote: s.text });
      }

      const entry: AttributedSentence = { n, paragraph: paragraph.index, text: s.text, start: s.start, end: s.end, voice };
      const markerText = subject && subject.kind !== 'other-name' && voice.kind !== 'narration' ? s.text.slice(0, subject.at) : voice.kind === 'narration' ? s.text : '';
      const marker = pendingSession ?? (markerText ? sessionMarker(markerText) : undefined);
      if (marker) {
        entry.session = marker;
        if (marker.kind === 'Q&A') qaStarted = true;
        pendingSession = undefined;
      }

      const framed = questionFrame(s.text);
      const topic = k === 0 && qaStarted && subject && (subject.kind === 'person' || subject.kind === 'pronoun') ? /^On\s+([^,]+),/.exec(s.text.slice(0, subject.at))?.[1] : undefined;
      // A participant's turn, or a named questioner's (a person whose role is audience-member or commentator).
      const questioner =
        subject?.kind === 'new-participant' ||
        subject?.kind === 'same-participant' ||
        (subject?.kind === 'person' && subject.ids.every((id) => ['audience-member', 'commentator'].includes(people.find((p) => p.id === id)!.role)));
      const participantTurn = questioner && (ASKS.test(s.text) || (k === 0 && !RESPONDS.test(predicate(s.text, subject.end))));
      if (framed || topic || participantTurn) {
        // The question may come a sentence later in the same turn ("X returned to the locks. She asked whether…").
        const turn = paragraph.sentences.slice(k).filter((_, i) => i === 0 || subjects.slice(k + 1, k + 1 + i).every((x) => !x || x.kind === 'pronoun'));
        const asked = turn.map((x) => askedHeading(x.text)).find(Boolean);
        const heading = framed ?? (topic ? cap(topic) : asked) ?? `TODO: heading for “${s.text.split(/\s+/).slice(0, 8).join(' ')} …”`;
        entry.exchange = { heading };
        qaStarted = true;
        if (topic && !framed) doubts.push({ severity: 2, place: { sentence: n }, message: 'a Q&A exchange was started here because the paragraph opens with a topic ("On …,") during the Q&A.', quote: s.text });
      }
      sentences.push(entry);
      current = voice;
    });
  }
  return { sentences, participants, doubts };
}
