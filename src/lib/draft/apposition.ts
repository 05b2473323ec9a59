/**
 * Subjects that are a role rather than a bare name. English puts the name in apposition to the
 * role noun ("The moderator, Ada Lane, director of the lab, opened the session by noting…"; "The
 * co-chairs, Ambassador A, a former envoy, and Dr. B of the Council, opened…"), or lets a definite
 * role noun stand for the people who play it ("Both respondents agreed…", "The two co-chairs
 * noted…", "The panelists agreed…"), whom the caller resolves; or an honorific used as a noun
 * stands for the one person who bears it ("The senator replied…", "The ambassador agreed…").
 */
import { referenceAt, type DraftPerson, type Reference } from './people';
import { ROLE_NOUN, roleOfNoun } from './roles';
import { REPORTING_VERB } from './subject';

const VERB_AFTER_COMMA = new RegExp(String.raw`,\s+(?:\p{Ll}+ly\s+|then\s+|also\s+|jointly\s+)?${REPORTING_VERB}\b`, 'u');

/**
 * The people named in apposition to a role noun at `pos`, up to the comma before the verb: one
 * for a singular noun, each one listed for a plural. `end` is at that comma's end, so the verb
 * phrase follows it.
 * @example appositionSubject('The moderator, Ada Lane, director of the lab, said so.', 0, people) // { ids: ['lane'], end: 44 }
 */
export function appositionSubject(text: string, pos: number, people: DraftPerson[]): Reference | undefined {
  const head = new RegExp(`^(?:The|Our|Its|Their)\\s+(?:two\\s+|three\\s+|four\\s+)?(?:[\\p{Ll}’'-]+\\s+)?(${ROLE_NOUN}),\\s+`, 'u').exec(
    text.slice(pos),
  );
  if (!head) return undefined;
  const from = pos + head[0].length;
  const verb = VERB_AFTER_COMMA.exec(text.slice(from));
  if (!verb) return undefined;
  const end = from + verb.index + 1;
  const ids: string[] = [];
  const starts = [from, ...[...text.slice(from, end).matchAll(/,\s+(?:and\s+)?|\s+and\s+/g)].map((m) => from + m.index! + m[0].length)];
  for (const at of starts) {
    const ref = referenceAt(text, at, people, false);
    if (ref && ref.end <= end) ids.push(...ref.ids);
  }
  const plural = /s$/i.test(head[1]!);
  if (!ids.length) return undefined;
  return { ids: plural ? [...new Set(ids)] : ids.slice(0, 1), end };
}

/**
 * A definite role noun as the subject at `pos`, followed by a reporting verb: plural ("Both
 * respondents", "The two co-chairs", "All three panelists", "The speakers", "The panel"), or
 * singular ("The moderator", "The chair"), with the role it stands for (`undefined` for
 * "speakers" and "experts": everyone who presented). An indefinite count ("Two respondents then
 * offered…") introduces people and is not one.
 * @example roleGroupAt('Both respondents agreed that…', 0) // { role: 'discussant', singular: false, end: 16 }
 * @example roleGroupAt('The moderator asked whether…', 0) // { role: 'moderator', singular: true, end: 13 }
 */
export function roleGroupAt(text: string, pos: number): { role?: string | undefined; singular: boolean; end: number } | undefined {
  const verb = String.raw`(?=\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?${REPORTING_VERB}\b)`;
  const m = new RegExp(
    `^(?:Both(?:\\s+the)?|The(?:\\s+(?:two|three|four))?|All(?:\\s+(?:the|two|three|four|five))?)\\s+(${ROLE_NOUN}|experts|(?:whole\\s+|entire\\s+)?panel)${verb}`,
    'u',
  ).exec(text.slice(pos));
  if (!m) return undefined;
  const noun = m[1]!;
  const singular = !/s$|panel$/.test(noun);
  if (singular && !/^The\s/.test(m[0])) return undefined;
  const role = /^(?:speakers|experts)$/.test(noun) ? undefined : /panel$/.test(noun) ? 'panelist' : roleOfNoun(noun);
  return { role, singular, end: pos + m[0].length };
}

/** Honorifics that are also nouns for their bearer ("the senator"), with the forms a person's `honorific` may take. */
const TITLE_NOUNS: Array<[string, RegExp]> = [
  ['senator', /^(?:Senator|Sen\.)$/],
  ['ambassador', /^(?:Ambassador|Amb\.)$/],
  ['professor', /^(?:Professor|Prof\.)$/],
  ['judge', /^Judge$/],
  ['captain', /^(?:Captain|Capt\.)$/],
  ['colonel', /^(?:Colonel|Col\.)$/],
  ['admiral', /^(?:Admiral|Adm\.)$/],
  ['commander', /^(?:Commander|Cmdr\.)$/],
  ['governor', /^(?:Governor|Gov\.)$/],
  ['general', /^(?:General|Gen\.)$/],
];

/**
 * "The senator" (an honorific as a noun) as the subject at `pos`, before a reporting verb: the one
 * person whose honorific it is; undefined when none or several bear it.
 * @example titleSubject('The senator replied that…', 0, people) // { ids: ['lind'], end: 11 }
 */
export function titleSubject(text: string, pos: number, people: DraftPerson[]): Reference | undefined {
  const m = new RegExp(`^The\\s+(\\p{Ll}+)(?=\\s+(?:\\p{Ll}+ly\\s+|then\\s+|also\\s+)?${REPORTING_VERB}\\b)`, 'u').exec(text.slice(pos));
  const forms = m && TITLE_NOUNS.find(([noun]) => noun === m[1])?.[1];
  const bearers = forms ? people.filter((p) => p.honorific && forms.test(p.honorific)) : [];
  return bearers.length === 1 ? { ids: [bearers[0]!.id], end: pos + m![0].length } : undefined;
}
