/**
 * Who a sentence says is speaking: its subject, found where English puts it (see the rules in
 * `attribution.ts`): a known person or several, an unnamed participant by description, a pronoun,
 * or someone the event does not know ("Prime Minister Abe stressed…"), and any further speaker of
 * a coordinated speech clause. Pure: the caller resolves roles to people and keeps the state.
 */
import { referenceAt, type DraftPerson } from './people';
import { clauseStarts, coordinateStarts, holderStarts, pronounAt, pronounHolder, REPORTING_VERB, type Holder } from './subject';
import { describedAt, type Described } from './participants';
import { appositionSubject, roleGroupAt, titleSubject } from './apposition';
import { cap, predicate } from './patterns';

/** A sentence's subject; `at` is where it starts, `end` where its words end (the verb phrase follows). */
export type Subject =
  | { kind: 'person'; ids: string[]; at: number; end: number; group?: boolean }
  | { kind: 'participant'; described: Described; at: number; end: number }
  | { kind: 'pronoun'; at: number }
  | { kind: 'other-name'; name: string; at: number };

/** "A resident asked…", "One woman from the port wondered…": anyone unnamed who asks is a participant. */
const SOMEONE_ASKING =
  /^((?:One|A|An|Another)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*(?:\s+(?:from|of|with|in)\s+[^,]+?)?)\s+(?:asked|wondered|wanted to know|inquired|enquired|questioned)\b/u;
/** A capitalised phrase (not a pronoun or article) followed by a reporting verb: someone speaking. */
const SOMEONE_SPEAKING = new RegExp(
  `^((?!(?:The|This|That|These|Those|It|He|She|They|We|There|Its|Their)\\b)\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3})\\s+(?:\\p{Ll}+ly\\s+)?${REPORTING_VERB}\\b`,
  'u',
);
/** A reporting verb right after a subject (past an adverb or apposition, see `predicate`). */
const SPEECH_AHEAD = new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+|then\\s+|also\\s+)?${REPORTING_VERB}\\b`, 'u');

/**
 * The sentence's subject, if it is a person, participant or pronoun (see the module rules).
 * @param roleIds the people a definite role noun stands for ("Both respondents", "The moderator"), by role
 */
export function subjectOf(
  text: string,
  people: DraftPerson[],
  roleIds: (role: string | undefined, singular: boolean) => string[],
): Subject | undefined {
  const holders = holderStarts(text);
  // "According to Lane, …", "In Lane’s view, …", "In the view of a participant with …, …": the view reported is theirs.
  const holder = (h: Holder): Subject | undefined => {
    const possessive = h.form === 'possessive';
    const upto = possessive
      ? text.slice(0, h.at + (/[’']s?\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:,|\s+(?:was|is|had been)\b)/u.exec(text.slice(h.at))?.index ?? 0))
      : text;
    const ref = referenceAt(upto, h.at, people, false);
    const follows =
      possessive ||
      (h.form === 'as-clause'
        ? new RegExp(`^\\s+(?:put it|${REPORTING_VERB})`, 'u')
        : /^(?:[,.;]|\s+(?:if|when|as|because|although|though|unless)\b)/
      ).test(text.slice(ref?.end ?? 0));
    if (ref && follows) return { kind: 'person', ids: ref.ids, at: h.at, end: ref.end };
    const described = h.form === 'plain' ? describedAt(text, h.at, true) : undefined;
    return described && { kind: 'participant', described, at: h.at, end: described.end };
  };
  const fronted = holders.filter((h) => h.at <= (/^[^,]*/.exec(text)?.[0].length ?? 0));
  for (const h of fronted) {
    const found = holder(h);
    if (found) return found;
  }
  if (pronounHolder(text)) return { kind: 'pronoun', at: 0 };
  for (const at of clauseStarts(text)) {
    const rest = text.slice(at);
    const ref = appositionSubject(text, at, people) ?? referenceAt(text, at, people) ?? titleSubject(text, at, people);
    if (ref) return { kind: 'person', ids: ref.ids, at, end: ref.end };
    const described = describedAt(text, at);
    if (described) return { kind: 'participant', described, at, end: described.end };
    const asking = SOMEONE_ASKING.exec(rest);
    if (asking)
      return {
        kind: 'participant',
        described: { kind: 'new', asDescribed: cap(asking[1]!), noun: '', end: at + asking[1]!.length },
        at,
        end: at + asking[1]!.length,
      };
    const group = roleGroupAt(text, at);
    const members = group ? roleIds(group.role, group.singular) : [];
    if (group && members.length) return { kind: 'person', ids: members, at, end: group.end, group: !group.singular };
    if (pronounAt(text, at)) return { kind: 'pronoun', at };
    const other = SOMEONE_SPEAKING.exec(rest);
    if (other) return { kind: 'other-name', name: other[1]!, at };
  }
  // "Costs rise, according to Lane, if …": a view credited later in the sentence.
  for (const h of holders.filter((x) => !fronted.includes(x))) {
    const found = holder(h);
    if (found) return found;
  }
  // Attribution at the end: "“We need bridges,” Lane said." / "…, said Lane."
  for (const m of text.matchAll(/[,”"]\s+(?:(said|added|noted|asked)\s+)?/g)) {
    const at = m.index! + m[0].length;
    const ref = referenceAt(text, at, people, false);
    const tail = ref && text.slice(ref.end);
    if (tail && (m[1] ? /^[.!?]?[”"]?$/ : new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+)?${REPORTING_VERB}[.!?]?[”"]?$`, 'u')).test(tail))
      return { kind: 'person', ids: ref.ids, at, end: ref.end };
  }
  return undefined;
}

/**
 * People who speak in a further clause of the sentence ("Lane responded that…, and Moss
 * added that…", "…; Moss countered that…", "…, while Park argued…"): a known person as subject of
 * a reporting verb after a clause break. Such a sentence is a joint remark.
 */
export function coSpeakers(text: string, from: number, people: DraftPerson[]): string[] {
  return coordinateStarts(text, from).flatMap((at) => {
    const ref = referenceAt(text, at, people);
    return ref && SPEECH_AHEAD.test(predicate(text, ref.end)) ? ref.ids : [];
  });
}
