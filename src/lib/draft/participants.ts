/**
 * People a summary does not name, as it describes them, and the role each gets. English event
 * summaries describe an unnamed speaker by a determiner and a noun: one new person ("One
 * participant", "A former official", "a representative of a philanthropic foundation", "Someone
 * in the audience"; "The first question, from a student, …" names its asker), a group ("Several
 * participants", "Participants", "Others"), or someone met before ("The same participant", "The
 * audience member"). The role:
 * - the noun's own when it names one: an audience member, listener, viewer or caller is an
 *   audience member; a commentator a commentator;
 * - otherwise the setting's (see `contextRole`): an audience member in a Q&A or when asking, else
 *   a commentator (a roundtable, or a discussion without a Q&A);
 * - except that, outside a Q&A, a profession or status on its own ("A former official", "An
 *   economist") is a role the event declares (`former-official`, "Former official"); with a
 *   complement ("a representative of a foundation") it describes one person, who takes the setting's role.
 * Someone described by a profession speaks at the event only in a Q&A or a discussion (the caller
 * decides): in a lecture, "A senior official said…" reports someone talked about.
 */
import { REPORTING_VERB } from './subject';
import { ROLE_NOUN } from './roles';

const AUDIENCE = String.raw`audience[- ]members?|members?\s+of\s+the\s+(?:audience|public)|listeners?|viewers?|callers?|questioners?`;
const GENERIC = String.raw`participants?|individuals?|attendees?|guests?|persons?|people`;
const EXPLICIT = String.raw`commentators?|discussants?`;
const PROFESSION = String.raw`officials?|diplomats?|ambassadors?|economists?|bankers?|scholars?|academics?|researchers?|analysts?|experts?|practitioners?|lawyers?|negotiators?|officers?|executives?|ministers?|legislators?|lawmakers?|representatives?|delegates?|donors?|investors?|activists?|advocates?|residents?|farmers?|teachers?|scientists?|engineers?|consultants?|observers?|veterans?|entrepreneurs?|policymakers?|regulators?|historians?|journalists?|reporters?|students?|members?|judges?|mayors?|councill?ors?|doctors?|nurses?|professors?|owners?|managers?|leaders?|organi[sz]ers?|founders?|directors?|servants?|workers?|producers?|industrialists?|businesspeople|businessm[ae]n|businesswom[ae]n`;
/**
 * Any other noun for a person by what they do, by its English agent suffix (-er, -or, -ist, -ian,
 * -ant: "diver", "donor", "economist", "librarian", "consultant"), except the event's role nouns
 * ("moderator", "speaker": see `apposition.ts`) and the common words for things with those
 * endings that summaries give voices to ("A paper argued", "One chapter noted").
 */
const AGENT = String.raw`(?!${ROLE_NOUN}\b)(?!(?:news)?paper|letter|chapter|number|order|cent(?:er|re)|sector|factor|error|floor|door|plant|grant|border|barrier|water|matter|quarter|register|layer|filter|computer|meter|indicator|poster)\p{Ll}{2,}(?:er|or|ist|ian|ant)s?`;
const PERSON = `(?:${PROFESSION}|${AGENT})`;
const NOUN = `(?:${AUDIENCE}|${GENERIC}|${EXPLICIT}|${PERSON})`;
/** Up to two lowercase modifiers before the noun ("former", "senior government"); a capitalised one ("Japanese officials") marks reported content. */
const MODIFIERS = String.raw`(?:(?!(?:asked|said|noted|argued|agreed)\b)\p{Ll}[\p{L}-]*\s+){0,2}?`;
/** A reporting or asking verb, after an adverb: what follows a description of a speaker. */
const VERB_AHEAD = String.raw`(?=\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?(?:${REPORTING_VERB}|wanted to know|inquired|enquired|pointed)\b)`;
/** What follows the holder of a view ("In the view of a participant with …, …"). */
const HOLDER_AHEAD = String.raw`(?=\s*[,.])`;
/** A complement ("from the port", "of a philanthropic foundation", "with experience at a bank"). */
const COMPLEMENT = String.raw`(?:\s+(?:from|of|with|at|in|representing|who\s+\p{Ll}+)\s+[^,.;]+?)?`;
/** An apposition after it (", a journalist,", ", who said she was a trader,"). */
const APPOSITION = String.raw`(?:,\s+(?:a|an|who)\s+[^,.;]+,)?`;

/**
 * The forms of a description of unnamed speakers, each capturing (modifiers)(noun)(complement),
 * then what must follow (`ahead`):
 * - one new person: "One participant", "A former official", "a representative of a foundation",
 *   "One audience member, a journalist,", "Someone in the audience";
 * - a group: a quantifier and a plural participant noun ("Several participants"), a bare plural
 *   one ("Participants"), or "Others", "Some", "Many"; a number goes with participant nouns only,
 *   since a number and a role noun ("Two discussants then replied") introduces people instead.
 */
const forms = (ahead: string): Array<['new' | 'group', RegExp]> => [
  [
    'group',
    new RegExp(
      `^(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Aa]\\s+few|[Aa]\\s+number\\s+of|[Oo]ther|[Vv]arious|[Nn]umerous)\\s+(?:of\\s+the\\s+)?(${MODIFIERS})((?:${AUDIENCE}|${GENERIC}|${EXPLICIT})(?<=s|people))\\b(${COMPLEMENT})${ahead}`,
      'u',
    ),
  ],
  [
    'group',
    new RegExp(
      `^(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\\s+(?:of\\s+the\\s+)?(${MODIFIERS})((?:${AUDIENCE}|${GENERIC})(?<=s|people))\\b(${COMPLEMENT})${ahead}`,
      'u',
    ),
  ],
  [
    'group',
    new RegExp(
      `^(?:Participants|Attendees|Audience members|Members of the (?:audience|public)|Listeners|Viewers|Callers|Others|Some|Many|Several|Most)\\b()()()${ahead}`,
      'u',
    ),
  ],
  [
    'new',
    new RegExp(
      `^(?:[Aa]nother|[Oo]ne|[Aa]n|[Aa])\\s+(?:of\\s+the\\s+)?(${MODIFIERS})(${NOUN})\\b(${COMPLEMENT})${APPOSITION}${ahead}`,
      'u',
    ),
  ],
  ['new', new RegExp(`^(?:Someone|Somebody)\\b()()(${COMPLEMENT})${ahead}`, 'u')],
];
const FORMS = { verb: forms(VERB_AHEAD), holder: forms(HOLDER_AHEAD) };
/**
 * "The same participant" (whoever spoke last), "The audience member" (the last one so described),
 * or "The analyst" (only if a participant was described so: else it is someone talked about).
 */
const SAME = new RegExp(
  `^The\\s+same\\s+(${MODIFIERS}${NOUN})\\b|^The\\s+((?:${AUDIENCE}|participants?|individuals?|attendees?|guests?|${EXPLICIT}))\\b(?:\\s+from\\s+earlier)?|^The\\s+(${PERSON})\\b`,
  'u',
);
/** A question's asker named after it: "The first question, from a graduate student, concerned…", "A question from the chat asked…". */
const QUESTION_FROM =
  /^(?:The|A|An|One|Another)\s+(?:\p{Ll}+\s+)?question,?\s+(?:from|by)\s+([^,]+?)(?=,|\s+(?:concerned|was|asked|focused|focussed|related|dealt|touched|addressed|sought|raised|turned)\b)/u;

/** An unnamed speaker as described at a position. */
export interface Described {
  /** A new person, a group, someone met before by this noun ("The audience member"), or "The same …" (the last one). */
  kind: 'new' | 'group' | 'same' | 'last';
  /** The source's words for them ("A former official"), first letter capitalised. */
  asDescribed: string;
  /** The head noun, lowercase and singular ("official", "audience member"). */
  noun: string;
  /** The role the noun itself gives (audience-member, commentator, discussant); else the setting decides. */
  role?: string | undefined;
  /** A role to declare, for a profession or status on its own ("former official"). */
  declared?: { id: string; label: string };
  /** Where the description ends in the sentence. */
  end: number;
  /** "The analyst": someone met before only if a participant was described so. */
  weak?: boolean;
  /** "The first question, from a student, …": the sentence reports their question. */
  question?: boolean;
  /** Described by a profession or status ("A former official"), not as a participant: outside a Q&A or a discussion, someone talked about. */
  profession?: boolean;
}

const singular = (noun: string) =>
  noun
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\bpeople$/, 'person')
    .replace(/\bmembers(?= of|$)/, 'member')
    .replace(/(?<!s)s$/, '');
/** The role a noun itself gives: "audience member", "listeners" → audience-member; "commentator"; "discussant". */
const nounRole = (phrase: string) => {
  const p = phrase.toLowerCase();
  return new RegExp(`(?:${AUDIENCE})$`).test(p)
    ? 'audience-member'
    : /commentators?$/.test(p)
      ? 'commentator'
      : /discussants?$/.test(p)
        ? 'discussant'
        : undefined;
};

/**
 * The unnamed speaker described at `pos` in `sentence`, if any. A new person or a group must be
 * followed by a reporting verb, unless `holder` (the description ends at a comma: "In the view of a
 * participant with experience at a bank, …"); someone met before need not.
 * @example describedAt('A former official cautioned that costs rise.', 0) // { kind: 'new', asDescribed: 'A former official', declared: { id: 'former-official', … }, … }
 * @example describedAt('Several participants agreed.', 0)?.kind // 'group'
 */
export function describedAt(sentence: string, pos: number, holder = false): Described | undefined {
  const rest = sentence.slice(pos);
  const same = SAME.exec(rest);
  if (same) {
    const phrase = (same[1] ?? same[2] ?? same[3])!;
    const described: Described = {
      kind: same[1] ? 'last' : 'same',
      asDescribed: same[0],
      noun: singular(phrase),
      end: pos + same[0].length,
    };
    const role = nounRole(phrase);
    if (role) described.role = role;
    if (same[3]) described.weak = true;
    if (same[1] || !/s$/.test(phrase)) return described;
  }
  const question = QUESTION_FROM.exec(rest);
  if (question)
    return {
      kind: 'new',
      asDescribed: cap(question[1]!),
      noun: 'question',
      role: 'audience-member',
      question: true,
      end: pos + question[0].length,
    };
  for (const [kind, re] of FORMS[holder ? 'holder' : 'verb']) {
    const m = re.exec(rest);
    if (!m) continue;
    const modifiers = (m[1] ?? '').trim();
    const noun = m[2] ? singular(m[2]) : 'participant';
    const described: Described = { kind, asDescribed: cap(m[0].replace(/,$/, '')), noun, end: pos + m[0].length };
    const role = nounRole(m[2] ?? m[0]);
    if (role) described.role = role;
    if (m[2] && new RegExp(`^(?:${PERSON})$`, 'u').test(m[2]) && !nounRole(m[2]) && !new RegExp(`^(?:${GENERIC})$`).test(m[2]))
      described.profession = true;
    if (described.profession && !m[3]) {
      const words = [...modifiers.split(/\s+/).filter(Boolean), noun];
      described.declared = { id: words.join('-').replace(/[^a-z0-9-]/g, ''), label: cap(words.join(' ')) };
    }
    return described;
  }
  return undefined;
}

/**
 * The role of an unnamed person the noun leaves open: an audience member in a Q&A (or when the
 * sentence asks a question), else a commentator; a declared profession or status outside a Q&A.
 * @example contextRole({ declared: { id: 'former-official', label: 'Former official' } }, { qa: false, asks: false }) // 'former-official'
 */
export function contextRole(described: Pick<Described, 'role' | 'declared'>, setting: { qa: boolean; asks: boolean }): string {
  if (described.role) return described.role;
  if (setting.qa || setting.asks) return 'audience-member';
  return described.declared?.id ?? 'commentator';
}

const cap = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
