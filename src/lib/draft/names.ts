/**
 * Personal names in running text: an honorific and a name ("Dr. Ada Lane", "Ambassador Ferrant",
 * "Captain Min-ho Hall"), or two to four capitalised words that are not the words of
 * organisations, places, dates or sentence openers ("Stimson Center", "On April", "South Korea").
 * A name after a title of office ("Prime Minister Abe") is someone talked about, not a person of
 * the event; nor is a name after "the", a preposition of place, or a name and "of" ("the Old Mill
 * Theatre", "from Upper Vale", "Ada Lane of Harbor Works"); and a title names no one: quoted, or a run of five or more capitalised words, or
 * one that opens with "How", "Why" or "What" ("Salt Roads: Why Towns Outlast Empires").
 */

/** Honorifics and ranks written before a name; full military ranks only where they rarely start other phrases. */
export const HONORIFIC = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Amb|Sen|Rep|Gen|Gov|Rev|Hon|Capt|Col|Lt|Cmdr|Adm)\.|Professor|Ambassador|Senator|Judge|Sir|Dame|Captain|Colonel|Admiral|Commander|Lieutenant)`;
/** A capitalised name word: "Holt", "O’Neil", "McAllister", "Smith-Jones"; not "US-Japan" or "UN". */
export const WORD = String.raw`\p{Lu}(?:\p{Ll}|[’'](?=\p{Lu}))[\p{L}’'-]*`;
const PARTICLE = String.raw`(?:van|von|de|da|del|della|der|den|di|du|le|la|bin|ibn|al|ten|ter)`;
/** A honorific abbreviation ("Dr.") starts the next name, so it never continues this one. */
const NOT_ABBREVIATION = String.raw`(?!(?:Dr|Mr|Mrs|Ms|Mx|Prof|Amb|Sen|Rep|Gen|Gov|Rev|Hon|Capt|Col|Lt)\.)`;
export const FULL = String.raw`${WORD}(?:\s+(?:\p{Lu}\.\s+)?(?:${PARTICLE}\s+)?${NOT_ABBREVIATION}${WORD}){1,3}`;
/** Titles of office: a name after one ("Prime Minister Abe") is someone talked about. */
const OFFICE =
  /(?:President|Minister|Secretary|Secretary-General|Governor|Mayor|Chancellor|King|Queen|Prince|Princess|Pope|Premier|Commissioner|Chairman|Chairwoman|Emperor|Speaker)\s*$/;

/**
 * Capitalised words that are not parts of personal names: sentence openers, months and days, and
 * the words of organisations, places and things ("Stimson Center", "South Korea", "World War").
 */
const NOT_NAME = new Set(
  `the a an this that these those on in at for with by from to of and but or as after before during while when since because though
  although however yet then also both one another each all most some many such it he she they we i his her their our its there here
  yesterday today tomorrow later earlier finally meanwhile afterwards recently next first second third last lastly instead indeed
  moreover furthermore therefore thus still only even moderator chair chairman chairwoman chairperson panelist panellist discussant
  commentator host speaker speakers keynote
  january february march april may june july august september october november december monday tuesday wednesday thursday friday
  saturday sunday center centre program programme institute institution university college school council foundation trust fund
  association society committee commission ministry department agency office bank group forum partnership initiative project
  network alliance union nations organization organisation corporation company inc ltd llc government embassy mission academy
  laboratory lab museum library hall club conference summit symposium panel session board authority service services press times
  post news party army navy force forces court tribunal parliament congress senate house assembly security peace war republic
  kingdom states state east west north south central asia africa europe america americas pacific atlantic sea ocean river harbor
  harbour street avenue road park building tower room hotel summary executive city county province region island islands coast
  bay lake valley sector policy studies affairs relations development cooperation research global international national world
  federal royal united european african asian american japanese chinese
  president minister prime foreign secretary governor mayor chancellor king queen prince princess pope premier commissioner emperor`.split(
    /\s+/,
  ),
);

/** Words of places and bodies that are also common surnames: "Ellen Park", "Ada Hall", "Tom King" are people, "Central Park" is not. */
const SURNAME_TOO = new Set([
  'park',
  'hall',
  'king',
  'house',
  'court',
  'lake',
  'bay',
  'banks',
  'rivers',
  'street',
  'post',
  'press',
  'times',
  'law',
  'young',
]);

/**
 * Splits an honorific off a matched name and drops leading words that are no part of a name
 * ("On April", "The Stimson…"); rejects a match with a non-name word inside ("Stimson Center"),
 * except that after an honorific only the first word must be a name word: a surname may be a
 * place word ("Captain Min-ho Hall", "Dr. Lake"), but "General Assembly" is no one; without one, a
 * last word that is a common surname as well ("Ellen Park") does not reject a name whose other words are names.
 * @returns the name, its honorific, and how many characters of the match were dropped in front
 */
export function personName(match: string): { name: string; honorific?: string | undefined; skip: number } | undefined {
  const m = new RegExp(`^(?:(${HONORIFIC})\\s+)?(.+)$`, 'u').exec(match);
  if (!m) return undefined;
  let skip = 0;
  let name = m[2]!.replace(/[’']s$/, '');
  if (!m[1]) {
    while (/^\S+\s/.test(name) && NOT_NAME.has(name.split(/\s/)[0]!.toLowerCase())) {
      const cut = /^\S+\s+/.exec(name)![0].length;
      name = name.slice(cut);
      skip += cut;
    }
  }
  const words = name.split(/\s+/);
  // After an honorific only the first word must be a name word; a surname may also be a place word ("Ellen Park").
  const checked = m[1] ? words.slice(0, 1) : SURNAME_TOO.has(words.at(-1)!.toLowerCase()) ? words.slice(0, -1) : words;
  if (checked.some((w) => NOT_NAME.has(w.toLowerCase().replace(/[’']s$/, '')))) return undefined;
  if (!m[1] && words.length < 2) return undefined;
  return { name, honorific: m[1], skip };
}

/**
 * A title in title case: five or more capitalised words in a row, or "How"/"Why"/"What" and two
 * more (a book's or talk's subtitle), with any main title before its colon; no personal name is one.
 * @example 'Salt Roads: Why Towns Outlast Empires, by Omar Pike'.replace(TITLE_RUN, '…') // '…, by Omar Pike'
 */
export const TITLE_RUN = new RegExp(
  `(?:${WORD}(?:\\s+${WORD})*:\\s+)?(?:${WORD}(?:\\s+${WORD}){4,}|\\b(?:How|Why|What)(?:\\s+${WORD}){2,})`,
  'gu',
);

/** Every personal name in `text` (with an honorific, or of two or more capitalised words), with offsets. */
export function namesIn(text: string): Array<{ name: string; honorific?: string | undefined; start: number; end: number }> {
  const re = new RegExp(`(?:${HONORIFIC}\\s+)?${FULL}|${HONORIFIC}\\s+${WORD}`, 'gu');
  const out = [];
  // A title names no one: blank out quoted ones ("“Feeding the Islands: …”") and title-case runs, keeping offsets.
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length)).replace(TITLE_RUN, (t) => ' '.repeat(t.length));
  for (const m of unquoted.matchAll(re)) {
    const person = personName(m[0]);
    if (!person) continue;
    const start = m.index! + person.skip;
    // "the Old Mill Theatre", "a farmer from Upper Vale", "Aiko Mori of Nordline Shipping": a person is not preceded
    // by "the", a preposition of place, or "of" after a name (an affiliation).
    const before = text.slice(0, start);
    if (!OFFICE.test(before) && !/\b(?:the|from|in|at|near|across)\s+$/i.test(before) && !/\p{Lu}[\p{L}’'.-]*\s+of\s+$/u.test(before))
      out.push({ name: person.name, honorific: person.honorific, start, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * Where a sentence's mention of the given people ends: the end of whichever of `names` (each at its
 * first whole-word occurrence) comes last, each measured by its own length, so "Lindqvist and Raman
 * agreed" ends right after "Raman"; -1 when none occurs. A name inside a longer word ("Lane" in
 * "planes") does not count.
 * @example namesEnd('Lindqvist and Raman agreed that…', ['Lindqvist', 'Raman']) // 19
 */
export function namesEnd(text: string, names: string[]): number {
  const ends = names.flatMap((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    return m ? [m.index + name.length] : [];
  });
  return ends.length ? Math.max(...ends) : -1;
}
