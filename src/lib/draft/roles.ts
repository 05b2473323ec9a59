/**
 * The nouns event summaries use for the parts people play ("the moderator", "the co-chairs",
 * "two respondents", "the evening's discussant") and the built-in role each stands for
 * (`BUILT_IN_ROLES` in `content-model.ts`): a respondent is a discussant, a co-chair a chair.
 */

/**
 * A role noun, singular or plural: moderator, chair, co-chair, panelist, respondent, discussant,
 * commentator, keynote speaker, speaker; and a host or convener (who runs the discussion, so a
 * chair) and an author (a speaker).
 */
export const ROLE_NOUN = String.raw`(?:co-?)?(?:moderators?|chair(?:s|persons?|men|women|man|woman)?|panell?ists?|respondents?|discussants?|commentators?|keynote(?:\s+speakers?)?|speakers?|hosts?|conven[eo]rs?|authors?)`;

/** Roles "The speakers", "Both experts" stand for: everyone who presented. */
export const PRESENTER_ROLES = ['panelist', 'speaker', 'discussant', 'keynote'];

const ROLE_OF: Array<[RegExp, string]> = [
  [/^(?:co-?)?moderator/i, 'moderator'],
  [/^(?:co-?)?(?:chair|host|conven[eo]r)/i, 'chair'],
  [/^panell?ist/i, 'panelist'],
  [/^(?:respondent|discussant)/i, 'discussant'],
  [/^commentator/i, 'commentator'],
  [/^keynote/i, 'keynote'],
  [/^(?:speaker|author)/i, 'speaker'],
];

/**
 * The role id a role noun stands for.
 * @example roleOfNoun('co-chairs') // 'chair'
 * @example roleOfNoun('Respondents') // 'discussant'
 */
export function roleOfNoun(noun: string): string | undefined {
  return ROLE_OF.find(([re]) => re.test(noun.trim()))?.[1];
}

/**
 * The role an apposition gives the person it describes, when it names their part in the event
 * ("a columnist and the evening's discussant", "who served as moderator"), not an office held
 * elsewhere ("chair of the harbour board"): a role noun after "the …'s", "the" or "as", ending the phrase.
 * @example roleInDescription("a columnist for The Review and the evening's discussant") // 'discussant'
 * @example roleInDescription('chair of the harbour board') // undefined
 */
export function roleInDescription(description: string): string | undefined {
  const m = new RegExp(`(?:\\bthe\\s+(?:[\\w’'-]+[’']s\\s+)?|\\bas\\s+(?:the\\s+|a\\s+|an\\s+)?)(${ROLE_NOUN})\\s*$`, 'iu').exec(
    description,
  );
  return m ? roleOfNoun(m[1]!) : undefined;
}

/**
 * The role a sentence announces for people it does not name ("Two respondents then offered their
 * reactions.", "The panelists were …"), which the people introduced after it in the same
 * paragraph take when nothing else gives theirs: a plural role noun as the subject, after a count,
 * "the" or nothing.
 * @example announcedRole('Two respondents then offered their reactions.') // 'discussant'
 * @example announcedRole('Lane thanked the panelists.') // undefined
 */
export function announcedRole(sentence: string): string | undefined {
  const m = new RegExp(
    `^(?:(?:Then|Next|Later|Afterwards),\\s+)?(?:(?:The|Two|Three|Four|Five|Several|\\d+)\\s+)?(?:[\\p{Ll}-]+\\s+)?(${ROLE_NOUN})\\b`,
    'u',
  ).exec(sentence);
  return m && /s$/i.test(m[1]!) ? roleOfNoun(m[1]!) : undefined;
}
