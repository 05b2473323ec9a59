/**
 * Attribution: the voice of every sentence of a summary (narration, a named person or several, or
 * an unnamed participant), where Q&A exchanges start and where sessions start. Rules, in order, per
 * sentence (each is a general pattern of English event summaries, not of one text):
 * 1. a subject that is a known person (or several: a joint remark) starts that person's remark:
 *    at the start, after an introductory clause ("To a question on X, Holt remarked", "In closing,
 *    Moss summarised"), in apposition to a role noun ("The moderator, Ada Lane, …, opened the
 *    session by noting…", "The co-chairs, A, …, and B, …"), as the holder of the view ("According
 *    to Moss, …", "…, according to Moss, …", "In Moss’s view, …", "As Lane put it, …"), or at
 *    the end ("“…,” Lane said."); a definite role noun stands for the people in that role in the
 *    current session ("Both respondents agreed…", "The two co-chairs…", "The moderator asked…");
 *    a further speech clause by another person makes it joint ("Lane responded…, and
 *    Moss added…", "…; Moss countered…"); unless the sentence only reports an event
 *    action ("Navarro closed the conference by thanking…", "opened the floor"), which is narration;
 * 2. an unnamed speaker by description ("One participant", "A former official", "Several
 *    participants", "Others", "The same participant"; see `participants.ts`) is a participant,
 *    new or met before, with a role from the noun or the setting;
 * 3. a sentence about the event, a session or its logistics ("The first panel focused on…",
 *    "Two respondents then offered their reactions.", "Copies of the book were available…") is narration;
 * 4. otherwise the current voice goes on (reported speech runs on; "He/She/They", "In his view"
 *    continue), except at a paragraph's first sentence: that continues the previous speaker only if
 *    the paragraph goes on to name that same speaker (or a pronoun) first, or names no one at all;
 *    else it is narration.
 * An exchange starts at a question: a participant's in a Q&A or one that asks, a question framed
 * at the start ("To a question on X, …"), but not an answer to the question just asked
 * ("Responding to the question, …"); a participant's remark in a roundtable with no Q&A is none.
 * A list paragraph ("Dr. Ada Lane, Example Institute" / "Moderator: Cy Kim, Bridge Trust") is
 * narration, whoever it names; a heading (see `isHeading`) after the document's own starts a
 * session, unless it is a list of people, a label ("Speakers:") or the event's own title line
 * (see `titleLine`: it titles the event, never its first session).
 */
import type { Paragraph } from './sentences';
import type { Doubt } from './review';
import { isPeopleList, type DraftPerson } from './people';
import { contextRole, type Described } from './participants';
import { coSpeakers, subjectOf } from './subject-of';
import { PRESENTER_ROLES } from './roles';
import { titleLine } from './event-fields';
import type { RoleData } from '../content-model';
import {
  ASKS,
  askedHeading,
  cap,
  describesEvent,
  EVENT_ACTION,
  headingSession,
  predicate,
  PROGRAMME,
  questionFrame,
  RESPONDS,
  sessionMarker,
} from './patterns';

export type Voice = { kind: 'narration' } | { kind: 'person'; ids: string[] } | { kind: 'participant'; id: string };

/** One entry of `participants.json`. */
export interface DraftParticipant {
  id: string;
  role: string;
  /** For a group ("Several participants"), what the site calls them. */
  label?: string | undefined;
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
  session?: { title: string; kind?: string | undefined };
}

const sameVoice = (a: Voice, b: Voice) =>
  a.kind === b.kind &&
  (a.kind !== 'person' || (b.kind === 'person' && a.ids.join() === b.ids.join())) &&
  (a.kind !== 'participant' || (b.kind === 'participant' && a.id === b.id));

/**
 * Attributes every prose sentence.
 * @param paragraphs from `readSource` (headings included: a heading after the first starts a session)
 * @param people from `findPeople`
 * @returns the sentences with voices, exchange and session starts; the participants met; and doubts
 *   (sentence places are `n`, the sentence's index)
 */
export function attribute(
  paragraphs: Paragraph[],
  people: DraftPerson[],
): { sentences: AttributedSentence[]; participants: DraftParticipant[]; roles: RoleData[]; doubts: Doubt[] } {
  const sentences: AttributedSentence[] = [];
  const participants: DraftParticipant[] = [];
  const roles: RoleData[] = [];
  const doubts: Doubt[] = [];
  const name = (v: Voice) =>
    v.kind === 'narration'
      ? 'narration'
      : v.kind === 'participant'
        ? `participant ${v.id}`
        : v.ids.map((id) => people.find((p) => p.id === id)!.shortName).join(' and ');
  let current: Voice = { kind: 'narration' };
  let qaStarted = false;
  let pendingSession: { title: string; kind?: string | undefined } | undefined;
  let seenProse = false;
  let seenHeading = false;
  let discussion = false;

  /**
   * The people a definite role noun stands for ("Both respondents", "The moderator"): those in
   * that role (everyone who presented, for "the speakers") who have spoken since the current
   * session began, when that gives as many as the noun says (two or more, or one); else all in that
   * role, when that does.
   */
  const roleIds = (role: string | undefined, singular: boolean) => {
    const inRole = people.filter((p) => (role ? p.role === role : PRESENTER_ROLES.includes(p.role))).map((p) => p.id);
    const since = sentences.slice(
      Math.max(
        0,
        sentences.findLastIndex((x) => x.session),
      ),
    );
    const spoke = inRole.filter((id) => since.some((x) => x.voice.kind === 'person' && x.voice.ids.includes(id)));
    const fits = (ids: string[]) => (singular ? ids.length === 1 : ids.length > 1);
    return fits(spoke) ? spoke : fits(inRole) ? inRole : [];
  };

  /**
   * The participant a description names: a new one (its role from the noun or the setting, see
   * `contextRole`), or for "The same …" the last one, for "The audience member" the last one
   * described with that noun (else role).
   */
  const participantFor = (subject: Described, n: number, quote: string, setting: { qa: boolean; asks: boolean }): string => {
    if (subject.kind === 'same' || subject.kind === 'last') {
      const latest = [...participants].reverse();
      const earlier =
        subject.kind === 'last'
          ? latest[0]
          : (latest.find((p) => p.asDescribed.toLowerCase().endsWith(subject.noun)) ??
            latest.find((p) => p.role === subject.role) ??
            latest[0]);
      if (earlier) {
        const lastSpoke = sentences.findLast((x) => x.voice.kind === 'participant' && x.voice.id === earlier.id);
        if (lastSpoke && sentences.some((x) => x.n > lastSpoke.n && x.exchange)) {
          doubts.push({
            severity: 2,
            place: { sentence: n },
            message: `“${subject.asDescribed}” taken to be ${earlier.id} (“${earlier.asDescribed}”), who last spoke in an earlier exchange: check it is the same person.`,
            quote,
          });
        }
        return earlier.id;
      }
      doubts.push({
        severity: 1,
        place: { sentence: n },
        message: 'refers back to a participant ("The …") but none came before: drafted as a new one.',
        quote,
      });
    }
    // "Another executive" after "A telecoms executive": the same declared category.
    const kin =
      /^Another\s/i.test(subject.asDescribed) && subject.declared
        ? roles.find((r) => r.id.endsWith(subject.noun.replace(/\s+/g, '-')))
        : undefined;
    const role = kin && !setting.qa && !setting.asks ? kin.id : contextRole(subject, setting);
    const id = `${role}-${participants.filter((p) => p.role === role).length + 1}`;
    participants.push({ id, role, ...(subject.kind === 'group' ? { label: subject.asDescribed } : {}), asDescribed: subject.asDescribed });
    if (subject.declared?.id === role && !roles.some((r) => r.id === role)) {
      roles.push({ id: role, label: subject.declared.label });
      doubts.push({
        severity: 2,
        place: { sentence: n },
        message: `“${subject.asDescribed}” drafted with the declared role “${subject.declared.label}” (event.mdx \`roles\`): keep it, or make them a commentator.`,
        quote,
      });
    }
    return id;
  };

  const eventTitle = titleLine(paragraphs);
  for (const paragraph of paragraphs) {
    if (paragraph === eventTitle || (paragraph.heading && isPeopleList(paragraph))) continue;
    if (paragraph.heading) {
      if (seenHeading || seenProse) pendingSession = headingSession(paragraph.text);
      seenHeading = true;
      continue;
    }
    if (paragraph.list) {
      // Names and affiliations, a label, a date line: the summary's own words, as narration.
      current = { kind: 'narration' };
      for (const s of paragraph.sentences) {
        const entry: AttributedSentence = {
          n: sentences.length,
          paragraph: paragraph.index,
          text: s.text,
          start: s.start,
          end: s.end,
          voice: current,
        };
        if (pendingSession) entry.session = pendingSession;
        pendingSession = undefined;
        sentences.push(entry);
      }
      continue;
    }
    const opening = !seenProse;
    seenProse = true;
    // A roundtable, dinner or other discussion: people the summary does not name take part in it.
    if (opening)
      discussion =
        /\b(?:roundtable|round-table|discussion|dialogue|consultation|workshop|dinner|meeting|conversation|seminar|salon|retreat)\b/i.test(
          paragraph.text,
        );
    const subjects = paragraph.sentences.map((s) => subjectOf(s.text, people, roleIds));
    paragraph.sentences.forEach((s, k) => {
      const n = sentences.length;
      // "The analyst" is a participant met before only if one was described so; else someone talked about.
      // Found afresh: a role noun ("Both panelists") resolves to the people of the session as it now stands.
      const found = (subjects[k] = subjectOf(s.text, people, roleIds));
      const unmet =
        found?.kind === 'participant' &&
        ((found.described.weak && !participants.some((p) => p.asDescribed.toLowerCase().endsWith(found.described.noun))) ||
          (found.described.profession && !discussion && !qaStarted && !ASKS.test(s.text)));
      const subject = unmet ? undefined : found;
      const asks = ASKS.test(s.text) || (subject?.kind === 'participant' && !!subject.described.question);
      let voice: Voice = current;
      if (subject?.kind === 'person') {
        const ids = [...new Set([...subject.ids, ...coSpeakers(s.text, subject.end, people)])];
        voice = { kind: 'person', ids };
        const verb = predicate(s.text, subject.end);
        if (EVENT_ACTION.test(verb) || (opening && PROGRAMME.test(verb))) {
          voice = { kind: 'narration' };
          doubts.push({
            severity: 2,
            place: { sentence: n },
            message: 'names a person but describes the event (who spoke on what, opened or closed it), so it is drafted as narration.',
            quote: s.text,
          });
        } else if (subject.group) {
          doubts.push({
            severity: 2,
            place: { sentence: n },
            message: `credited jointly to the people the role stands for (${name(voice)}): check who is meant.`,
            quote: s.text,
          });
        } else if (ids.length > 1) {
          doubts.push({ severity: 3, place: { sentence: n }, message: `joint remark by ${name(voice)}.`, quote: s.text });
        }
      } else if (subject?.kind === 'participant') {
        const qa = qaStarted || sessionMarker(s.text.slice(0, subject.at))?.kind === 'Q&A';
        voice = { kind: 'participant', id: participantFor(subject.described, n, s.text, { qa, asks }) };
      } else if (describesEvent(s.text)) {
        voice = { kind: 'narration' };
      } else if (k === 0 && !opening) {
        const next = subjects.slice(1).find((x) => x && x.kind !== 'other-name');
        const resumes = next?.kind === 'pronoun' || (next?.kind === 'person' && sameVoice({ kind: 'person', ids: next.ids }, current));
        if (subject?.kind === 'pronoun' || resumes) {
          if (current.kind === 'narration')
            doubts.push({
              severity: 2,
              place: { sentence: n },
              message: 'a paragraph opens with no named speaker before it: drafted as narration.',
              quote: s.text,
            });
          else if (subject?.kind !== 'pronoun')
            doubts.push({
              severity: 3,
              place: { sentence: n },
              message: `a paragraph opens without naming its speaker: drafted as ${name(current)} going on, who is named again later in it.`,
              quote: s.text,
            });
        } else if (!next && current.kind !== 'narration') {
          doubts.push({
            severity: 2,
            place: { sentence: n },
            message: `this paragraph names no speaker: drafted as ${name(current)} going on.`,
            quote: s.text,
          });
        } else {
          voice = { kind: 'narration' };
          doubts.push({
            severity: 2,
            place: { sentence: n },
            message: 'a paragraph opens without naming its speaker: drafted as narration.',
            quote: s.text,
          });
        }
      }
      // "She said…, and Moss added…": a pronoun's speaker and the one who adds speak jointly.
      if (subject?.kind === 'pronoun' && voice.kind === 'person') {
        const more = coSpeakers(s.text, subject.at, people);
        if (more.length) voice = { kind: 'person', ids: [...new Set([...voice.ids, ...more])] };
      }
      if (subject?.kind === 'other-name' && voice.kind !== 'narration') {
        doubts.push({
          severity: 2,
          place: { sentence: n },
          message: `“${subject.name}” is not among the event's people: kept in ${name(voice)}'s remark as reported content.`,
          quote: s.text,
        });
      }

      const entry: AttributedSentence = { n, paragraph: paragraph.index, text: s.text, start: s.start, end: s.end, voice };
      const markerText =
        subject && subject.kind !== 'other-name' && voice.kind !== 'narration'
          ? s.text.slice(0, subject.at)
          : voice.kind === 'narration'
            ? s.text
            : '';
      const marker = pendingSession ?? (markerText ? sessionMarker(markerText) : undefined);
      if (marker) {
        entry.session = marker;
        if (marker.kind === 'Q&A') qaStarted = true;
        pendingSession = undefined;
      }

      // An answer to the question just asked ("Responding to the question, Lane said…") stays in its exchange.
      const prev = sentences.at(-1);
      const answers =
        /^(?:In response to|Responding to|Replying to|Answering)\s+(?:the|that|this|these|those|their|his|her)\s+questions?\b/i.test(
          s.text,
        ) ||
        (prev?.voice.kind === 'participant' && ASKS.test(prev.text));
      const framed = answers ? undefined : questionFrame(s.text);
      const topic =
        !answers && k === 0 && qaStarted && subject && (subject.kind === 'person' || subject.kind === 'pronoun')
          ? /^On\s+([^,]+),/.exec(s.text.slice(0, subject.at))?.[1]
          : undefined;
      // A participant's turn, or a named questioner's (a person whose role is audience-member or commentator),
      // in a Q&A or asking: a remark in a roundtable with no Q&A is no exchange.
      const questioner =
        subject?.kind === 'participant' ||
        (subject?.kind === 'person' &&
          subject.ids.every((id) => ['audience-member', 'commentator'].includes(people.find((p) => p.id === id)!.role)));
      const participantTurn =
        questioner && voice.kind !== 'narration' && (asks || (qaStarted && k === 0 && !RESPONDS.test(predicate(s.text, subject.end))));
      if (framed || topic || participantTurn) {
        // The question may come a sentence later in the same turn ("X returned to the locks. She asked whether…").
        const turn = paragraph.sentences
          .slice(k)
          .filter((_, i) => i === 0 || subjects.slice(k + 1, k + 1 + i).every((x) => !x || x.kind === 'pronoun'));
        const asked = turn.map((x) => askedHeading(x.text)).find(Boolean);
        const heading = framed ?? (topic ? cap(topic) : asked) ?? `TODO: heading for “${s.text.split(/\s+/).slice(0, 8).join(' ')} …”`;
        entry.exchange = { heading };
        qaStarted = true;
        if (topic && !framed)
          doubts.push({
            severity: 2,
            place: { sentence: n },
            message: 'a Q&A exchange was started here because the paragraph opens with a topic ("On …,") during the Q&A.',
            quote: s.text,
          });
      }
      sentences.push(entry);
      current = voice;
    });
  }
  return { sentences, participants, roles, doubts };
}
