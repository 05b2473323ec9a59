/**
 * What a sentence says about a person it names: their role in the event (from the words around the
 * name: "moderated by X", "The co-chairs, X and Y", "X, the evening's discussant"), their
 * affiliation ("X of the Y Institute", "X, a fellow at the Z Forum") and a description set off
 * after the name ("X, director of the lab,"), no more than the sentence states.
 */
import { predicate } from './patterns';
import { REPORTING_VERB } from './subject';
import { ROLE_NOUN, roleInDescription, roleOfNoun } from './roles';

/** Role words as they occur inside longer words and labels ("moderated", "Panelists:"), with their role. */
export const ROLE_WORDS: Array<[RegExp, string]> = [
  [/moderat/i, 'moderator'],
  [/\bchair/i, 'chair'],
  [/keynote/i, 'keynote'],
  [/discussant|respondent/i, 'discussant'],
  [/commentator/i, 'commentator'],
  [/panel/i, 'panelist'],
];

/**
 * The role a sentence gives the name at [start, end): from the words just before it in the same
 * clause ("moderated by X", "a keynote address by X"); from a role noun the name is in apposition
 * to or listed after ("The moderator, X, …", "The co-chairs, X, …, and Y", "The respondents were
 * X and Y"); from its own apposition ("X, the evening's discussant"); from the verb after it, past
 * any apposition ("X, who chaired…", "X, the Forum's director, moderated…"); else "panelist" when
 * the sentence speaks of a panel or roundtable; else undefined.
 */
export function roleFromContext(sentence: string, start: number, end: number): string | undefined {
  const before =
    sentence
      .slice(0, start)
      .split(/[,;–—(]/)
      .at(-1) ?? '';
  for (const [re, role] of ROLE_WORDS)
    if (re.test(before) && /\bby\s*$|\b(?:moderator|chair|discussant|commentator)\s*$/i.test(before)) return role;
  const listed = appositionHead(sentence.slice(0, start));
  if (listed) return listed;
  const own = roleInDescription(descriptionAfter(sentence, end) ?? '');
  if (own) return own;
  const after = predicate(sentence, end);
  const verb = /^,?\s*(?:who\s+)?(moderated|chaired|delivered the keynote|gave the keynote)/i.exec(after)?.[1];
  if (verb) return verb.startsWith('moderated') ? 'moderator' : verb.startsWith('chaired') ? 'chair' : 'keynote';
  return /\b(?:panel|panelists|roundtable)\b/i.test(sentence) ? 'panelist' : undefined;
}

/**
 * The role of a role noun that the text ending here puts a name in apposition to or lists after:
 * "The moderator, " (a singular noun takes the one name right after it), "The co-chairs, Ambassador
 * A, a former envoy, and ", "two discussants, A and " or "The respondents were A and " (a plural
 * takes each name until a verb).
 * @example appositionHead('The moderator, ') // 'moderator'
 * @example appositionHead('The moderator, Ada Lane, said that ') // undefined
 */
export function appositionHead(before: string): string | undefined {
  const m = new RegExp(
    `\\b(?:(?:the|its|our|their)\\s+(?:(?:two|three|four)\\s+)?|(?:two|three|four)\\s+)(?:[\\p{Ll}’'-]+\\s+)??(${ROLE_NOUN})(,\\s+|\\s+(?:were|are|included|was|is)\\s+)([^.;:]*)$`,
    'iu',
  ).exec(before);
  if (!m) return undefined;
  const plural = /s$/i.test(m[1]!);
  if (plural ? new RegExp(`\\b${REPORTING_VERB}\\b`, 'u').test(m[3]!) : m[3]!.trim()) return undefined;
  return roleOfNoun(m[1]!);
}

/** An affiliation joined by "of": "Professor Ansel Thorne of Fenwick College" → "Fenwick College". */
export function affiliationAfter(text: string, end: number): string | undefined {
  return /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?\p{Lu}[\p{L}’'-]*)*)/u.exec(text.slice(end))?.[1];
}

/**
 * Job titles written with capitals before or instead of an organisation ("Director of the Climate
 * Adaptation Program", "Senior Fellow at the Forum", "Chief Engineer"): a title noun, maybe after
 * rank words. Without this list "Senior Fellow" could not be told from a name such as "Bea Moss".
 */
const JOB_TITLE = new RegExp(
  String.raw`^(?:(?:Senior|Junior|Deputy|Assistant|Associate|Executive|Managing|Vice|Chief|Principal|Lead|Acting|Interim|Founding|Former|Distinguished|Visiting|Research|Program|Programme|Policy|General|Regional|Country|Board)\s+)*` +
    String.raw`(?:Director|President|Chair|Chairman|Chairwoman|Chairperson|Head|Chief|Fellow|Professor|Lecturer|Reader|Dean|Provost|Rector|Officer|Manager|Coordinator|Editor|Founder|Co-founder|Adviser|Advisor|Analyst|Engineer|Economist|Scientist|Researcher|Scholar|Secretary|Counsel|Counsellor|Partner|Representative|Commissioner|Correspondent|Strategist|Specialist|Consultant|Trustee|Envoy)` +
    String.raw`(?:\s+(?:of|at|for|in|on|to|with)\s.*)?$`,
  'u',
);

/**
 * A description set off after the name: "X, director of the Harbor Institute," → that phrase;
 * also a capitalised job title ("Dr. Ada Lane, Director of the Climate Program at the Harbor
 * Institute." → "Director of the Climate Program at the Harbor Institute"), kept as written.
 */
export function descriptionAfter(text: string, end: number): string | undefined {
  const phrase = /^,\s+(\p{L}[^,;–—()]*?\p{L})(?=,|\s+[–—]|;|\.\s|\.$)/u.exec(text.slice(end))?.[1];
  if (!phrase) return undefined;
  // A noun phrase ("a historian", "director of the lab"), not a verb phrase ("focused on floods") nor a name.
  if (/^\p{Lu}/u.test(phrase)) return JOB_TITLE.test(phrase) ? phrase : undefined;
  return /^(?:a|an|the)\s|^\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+(?:of|at|for)\s/u.test(phrase) ? phrase : undefined;
}

/**
 * The organisation an apposition ends with: "a senior fellow at the Calloway Forum" → "Calloway
 * Forum" (after "at", "of", "from" or "with"); nothing when it ends otherwise ("director of the Centre's programme").
 */
export function affiliationIn(description: string | undefined): string | undefined {
  return (
    description &&
    /\b(?:at|of|from|with)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?\p{Lu}[\p{L}’'-]*)*)$/u.exec(description)?.[1]
  );
}
