/**
 * The event's named people, found where event summaries name them: a speaker list ("Name,
 * Affiliation" lines), the opening paragraph ("hosted three experts – Dr. A, Dr. B and C –",
 * "moderated by X", "a keynote address by X"), sentences about the sessions ("The first panel,
 * with A and B, …", "The co-chairs, A and B, …", "remarks by X"), and a full name (two or more
 * words, or an honorific and a name) that is the subject of a reporting verb at a clause start
 * ("Samuel Ash, a senior fellow at the Forum, pointed out…"). A name met only inside someone's
 * remark ("Prime Minister Abe stressed…", "In 1992, Ada Reed said…") is not a speaker.
 * A person's role comes from the nouns around the name (see `roleFromContext`), else from a
 * role the paragraph announced before ("Two respondents then offered their reactions.").
 */
import type { Paragraph } from './sentences';
import type { Doubt } from './review';
import { clauseStarts, REPORTING_VERB } from './subject';
import { slugWords } from './ids';
import { FULL, HONORIFIC, namesIn, personName } from './names';
import { ASKS, predicate } from './patterns';
import { announcedRole, ROLE_NOUN } from './roles';
import { affiliationAfter, affiliationIn, descriptionAfter, roleFromContext, ROLE_WORDS } from './introductions';

/** A person as drafted into `speakers/<id>.mdx` (fields of `personSchema`). */
export interface DraftPerson {
  id: string;
  name: string;
  honorific?: string | undefined;
  shortName: string;
  role: string;
  affiliation?: string | undefined;
  description?: string | undefined;
}

/** A person as found, before an id is chosen. */
interface Found {
  name: string;
  honorific?: string | undefined;
  role?: string | undefined;
  affiliation?: string | undefined;
  description?: string | undefined;
}

const ROSTER_ROW = new RegExp(`^(?:([\\p{L} ]+):\\s*)?((?:${HONORIFIC}\\s+)?${FULL})(?:\\s*[,–—]\\s*(.+))?$`, 'u');

/** A label line that heads a list: "Speakers:", "PANELISTS". */
const isLabel = (line: string) => /:$/.test(line) || !/\p{Ll}/u.test(line);

/**
 * A label that numbers a part of the programme ("Panel One", "Session 2", "Part II", "Day 1"): the
 * line is a session heading ("Panel One: Financing Adaptation"), and what follows the colon its
 * title, not a person's name.
 */
const PROGRAMME_PART =
  /^(?:panel|session|part|segment|day|track|module)\s+(?:\d+|[IVX]+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth)$/i;

/**
 * Reads a block of lines as a list of people: each line a name with an optional affiliation or
 * description after a comma ("Dr. Ada Lane, Harbor College"), or a label and one ("Moderator: Cy
 * Kim, Bridge Trust"), none ending a sentence; a label line ("Speakers:", "PANELISTS") may head it.
 * @param label a label read just before the block (a "Speakers:" line with a blank line after it)
 * @returns the people, or undefined when any line is not such a row (or there is none)
 * @example rosterOf(['Moderator: Cy Kim, Bridge Trust']) // [{ name: 'Cy Kim', role: 'moderator', affiliation: 'Bridge Trust', … }]
 */
function rosterOf(lines: string[], label = ''): Found[] | undefined {
  const rowsOf = lines[0] && isLabel(lines[0]) ? lines.slice(1) : lines;
  const heading = rowsOf === lines ? label : lines[0]!;
  const rows = rowsOf.map((line) => {
    const m = ROSTER_ROW.exec(line);
    const person = m && !/[.!?]$/.test(line) && !PROGRAMME_PART.test((m[1] ?? '').trim()) ? personName(m[2]!) : undefined;
    return person && { ...person, label: m![1] ?? heading, rest: m![3] };
  });
  if (!rows.length || rows.some((r) => !r)) return undefined;
  return rows.map((r) => {
    const parts = (r!.rest ?? '').split(/\s*,\s*/).filter(Boolean);
    const roleAt = parts.findIndex((p) => ROLE_WORDS.some(([re]) => re.test(p)) && p.split(/\s+/).length <= 2);
    const role = roleAt >= 0 ? ROLE_WORDS.find(([re]) => re.test(parts[roleAt]!))![1] : ROLE_WORDS.find(([re]) => re.test(r!.label))?.[1];
    if (roleAt >= 0) parts.splice(roleAt, 1);
    // "Tidewater Institute" is an affiliation; "former envoy to the Isles" a description.
    const rest = parts.join(', ') || undefined;
    const lower = rest !== undefined && /^\p{Ll}/u.test(rest);
    return { name: r!.name, honorific: r!.honorific, role, affiliation: lower ? undefined : rest, description: lower ? rest : undefined };
  });
}

/**
 * Whether a paragraph is nothing but a list of people (see `rosterOf`) or a label line over one
 * ("Speakers:"). The build may read a list of bare names ("Dr. Ada Lane" / "Ben Moss") as a
 * heading; the drafter reads it for people, never as the title of a session or of the document.
 */
export function isPeopleList(paragraph: Paragraph): boolean {
  if (!paragraph.list) return false;
  return rosterOf(paragraph.lines) !== undefined || (paragraph.lines.length === 1 && /:$/.test(paragraph.lines[0]!));
}

/**
 * Every list of people in the summary (see `rosterOf`), read from its blank-line-separated blocks
 * (also where the build joins a block to the next: a line too long for a list line); a label
 * alone in a block ("Speakers:", "PANELISTS") heads the block after it.
 * @returns the people, and the lines they were read from (labels included)
 */
function listedPeople(raw: string): { found: Found[]; lines: string[] } {
  const out: Found[] = [];
  const used: string[] = [];
  let label = '';
  for (const block of raw.replace(/\r\n?/g, '\n').split(/\n[^\S\n]*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const found = rosterOf(lines, label);
    // A label, not a document heading such as "ROUNDTABLE ON HARBOR SEDIMENT".
    label = lines.length === 1 && (/:$/.test(lines[0]!) || (isLabel(lines[0]!) && lines[0]!.split(/\s+/).length <= 2)) ? lines[0]! : '';
    if (!found) continue;
    used.push(...lines.map((l) => l.replace(/\s+/g, ' ')));
    out.push(...found);
  }
  return { found: out, lines: used };
}

/**
 * Whether a sentence is about the event's sessions and people ("The first panel, with A and B, …",
 * "The co-chairs, A and B, opened…", "The event opened with remarks by X").
 */
const ABOUT_SESSIONS = new RegExp(
  String.raw`\b(?:panel|panelists|session|keynote|moderat\w*|chaired|discussants?|speakers|roundtable|lecture|featured|joined by|(?:remarks|address|presentation|talk|welcome)\s+(?:\w+\s+)?by)\b|\b(?:the|its|our)\s+(?:two\s+|three\s+)?${ROLE_NOUN},`,
  'iu',
);

/**
 * A new full name (two or more words, or an honorific and a name) at a clause start of `sentence`,
 * as the subject of a reporting verb past any apposition ("Samuel Ash, a senior fellow at the
 * Forum, pointed out…"); not someone known by that surname, nor in a sentence dated to a year,
 * which reports history ("In 1992, Ada Reed said…").
 */
function speakingName(
  sentence: string,
  found: Found[],
): { name: string; honorific?: string | undefined; start: number; end: number } | undefined {
  const surnames = new Set(found.map((f) => lastWord(f.name)));
  for (const at of clauseStarts(sentence)) {
    const n = namesIn(sentence.slice(at)).find((x) => x.start === 0);
    if (!n || surnames.has(n.name) || found.some((f) => f.name === n.name)) continue;
    if (/\b(?:1[89]|20)\d\d\b/.test(sentence.slice(0, at))) return undefined;
    if (new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+|then\\s+|also\\s+)?${REPORTING_VERB}\\b`, 'u').test(predicate(sentence, at + n.end)))
      return { ...n, start: at + n.start, end: at + n.end };
  }
  return undefined;
}

/**
 * Finds the people of an event.
 * @param raw the summary as received (lists of people are read from its blocks, line by line)
 * @param paragraphs the summary read by `readSource`
 * @returns the people in order of first mention, with unique ids (the surname, else the full
 *   name, as id words), and doubts for the editor (people found late, roles guessed)
 */
export function findPeople(raw: string, paragraphs: Paragraph[]): { people: DraftPerson[]; doubts: Doubt[] } {
  const list = listedPeople(raw);
  const found: Found[] = list.found;
  const listed = new Set(found.map((f) => f.name));
  // A list the build joins to the next paragraph (a line too long for a list line) is read already: blank it out.
  const withoutList = (text: string) => list.lines.reduce((t, line) => t.split(line).join(' '.repeat(line.length)), text);
  const late: Array<{ name: string; quote: string }> = [];
  // A person as the sentence names them: affiliation and description are read after the name.
  const described = (text: string, n: { name: string; honorific?: string | undefined; end: number }, role: string | undefined): Found => ({
    name: n.name,
    honorific: n.honorific,
    role,
    affiliation: affiliationAfter(text, n.end) ?? affiliationIn(descriptionAfter(text, n.end)),
    description: descriptionAfter(text, n.end),
  });
  const add = (f: Found) => {
    const same = found.find((p) => p.name === f.name);
    if (!same) found.push(f);
    else for (const k of ['honorific', 'role', 'affiliation', 'description'] as const) same[k] ??= f[k];
  };
  // Prose: not a heading, nor a list ("Dr. Ada Lane, Example Institute"), which is its own paragraph; the first is the opening.
  const prose = paragraphs.filter((p) => !p.heading && !p.list);
  const defaultRole = /\b(?:panel|panelists|roundtable)\b/i.test(prose[0]?.text ?? '') ? 'panelist' : 'speaker';

  // The opening and the lists name the event's people; a later paragraph, in a sentence about the
  // sessions, or as the subject of a reporting verb. A role a sentence announces ("Two respondents
  // then offered their reactions.") goes to those the paragraph introduces after it.
  const inSessionSentence: Array<{ name: string; quote: string }> = [];
  for (const paragraph of paragraphs.filter((p) => !p.heading)) {
    const later = !paragraph.list && prose.indexOf(paragraph) > 0;
    let announced: string | undefined;
    for (const s of paragraph.sentences) {
      const isNew = (name: string) => !found.some((f) => f.name === name);
      if (!later || ABOUT_SESSIONS.test(s.text)) {
        for (const n of namesIn(withoutList(s.text))) {
          if (later && isNew(n.name)) inSessionSentence.push({ name: n.name, quote: s.text });
          const role = roleFromContext(s.text, n.start, n.end) ?? (isNew(n.name) ? announced : undefined);
          add(described(s.text, n, role));
        }
      } else if (later) {
        const n = speakingName(s.text, found);
        if (n) {
          // Someone named only when they ask a question is a named member of the audience.
          const role =
            roleFromContext(s.text, n.start, n.end) ?? announced ?? (ASKS.test(predicate(s.text, n.end)) ? 'audience-member' : 'speaker');
          add(described(s.text, n, role));
          late.push({ name: n.name, quote: s.text });
        }
      }
      // "The second panel, … It featured A, B and C": those named after a sentence about a panel sit on it.
      announced = announcedRole(s.text) ?? (/\b(?:panel|roundtable)\b/i.test(s.text) ? 'panelist' : undefined) ?? announced;
    }
  }

  const surnameCount = new Map<string, number>();
  for (const f of found) surnameCount.set(lastWord(f.name), (surnameCount.get(lastWord(f.name)) ?? 0) + 1);
  const people: DraftPerson[] = found.map((f) => {
    const shortName = lastWord(f.name);
    const id = slugWords(surnameCount.get(shortName)! > 1 ? f.name : shortName).join('-') || 'person';
    const person: DraftPerson = { id, name: f.name, shortName, role: f.role ?? defaultRole };
    if (f.honorific) person.honorific = f.honorific;
    if (f.affiliation) person.affiliation = f.affiliation;
    if (f.description) person.description = f.description;
    return person;
  });
  const doubts: Doubt[] = [];
  for (const p of people) {
    const lateOne = late.find((l) => l.name === p.name);
    const session = inSessionSentence.find((l) => l.name === p.name);
    if (session)
      doubts.push({
        severity: 3,
        place: { person: p.id },
        message: `${p.name} was found in a sentence about the sessions, not in the opening.`,
        quote: session.quote,
      });
    if (lateOne)
      doubts.push({
        severity: 1,
        place: { person: p.id },
        message: `${p.name} is not among the people the opening names; drafted as ${p.role === 'audience-member' ? 'an audience member' : `a ${p.role}`} because a sentence has them speaking. Check their role.`,
        quote: lateOne.quote,
      });
    else if (!found.find((f) => f.name === p.name)?.role)
      doubts.push({ severity: 3, place: { person: p.id }, message: `role of ${p.name} guessed as "${p.role}": the text names no role.` });
    if (p.affiliation && !listed.has(p.name)) {
      const from = p.description?.endsWith(p.affiliation)
        ? `the end of the description “${p.description}”`
        : `“${p.name} of ${p.affiliation}”`;
      doubts.push({ severity: 3, place: { person: p.id }, message: `affiliation of ${p.name} taken from ${from}.` });
    }
    if (p.description)
      doubts.push({
        severity: 3,
        place: { person: p.id },
        message: `description of ${p.name} taken from the words after the name: “${p.description}”.`,
      });
  }
  return { people, doubts };
}

const lastWord = (name: string) => name.split(/\s+/).at(-1)!;

/** Role words used as a title before a name ("Moderator Cy Kim"). */
const ROLE_TITLE = '(?:Moderator|Chair|Chairman|Chairwoman|Chairperson|Panelist|Panellist|Discussant|Commentator|Host)';

/**
 * Between the names of a joint subject: a comma, "and" or "nor", after any apposition or
 * parenthesis of the name before ("Lane, director of the lab, and Moss", "Lane (Harbor College) and Moss").
 */
const LIST_SEPARATOR = /^(?:\s*\([^)]*\)|,\s+(?:who\s+[^,]+|\p{Ll}[^,]*),)?(?:\s*,\s*(?:and\s+)?|\s+(?:and|nor)\s+)/u;

/** A reference to people at a position: one id, or several for a joint subject ("Lane and Moss"). */
export interface Reference {
  ids: string[];
  end: number;
}

/**
 * Finds a reference to known people starting exactly at `pos`: a full name, honorific and name, or
 * surname, or a list of them ("Both Lane and Moss", "Lane, Moss and Kim", "Neither Lane nor Moss",
 * "Lane, director of the lab, and Moss"), used as a subject: not possessive ("Lane’s view") and,
 * `asSubject`, followed by a verb, adverb, appositive or parenthesis.
 * @example referenceAt('Lane and Moss agreed.', 0, people) // { ids: ['lane', 'moss'], end: 13 }
 */
export function referenceAt(text: string, pos: number, people: DraftPerson[], asSubject = true): Reference | undefined {
  const forms = people
    .flatMap((p) =>
      [p.name, p.shortName, ...(p.honorific ? [`${p.honorific} ${p.name}`, `${p.honorific} ${p.shortName}`] : [])].map((form) => ({
        form,
        id: p.id,
      })),
    )
    .sort((a, b) => b.form.length - a.form.length);
  const one = (at: number) => {
    const rest = text.slice(at);
    // "Ms. Tanabe" when no honorific was given, "Moderator Kim": a title the forms do not hold.
    const generic = new RegExp(`^(?:${HONORIFIC}|${ROLE_TITLE})\\s+`, 'u').exec(rest)?.[0].length ?? 0;
    for (const skip of generic ? [0, generic] : [0]) {
      const hit = forms.find(({ form }) => rest.startsWith(form, skip) && !/^[\p{L}\p{N}]/u.test(rest.slice(skip + form.length)));
      if (hit) return { id: hit.id, end: at + skip + hit.form.length };
    }
    return undefined;
  };
  let at = pos + (/^(?:Both|Neither)\s+/.exec(text.slice(pos))?.[0].length ?? 0);
  const first = one(at);
  if (!first) return undefined;
  const ids = [first.id];
  at = first.end;
  for (;;) {
    const sep = LIST_SEPARATOR.exec(text.slice(at));
    const next = sep && one(at + sep[0].length);
    if (!next) break;
    ids.push(next.id);
    at = next.end;
  }
  const after = text.slice(at);
  if (/^[’']s\b/.test(after) || (asSubject && !/^(?:\s+\p{Ll}|\s*,\s*(?:who\b|\p{Ll})|\s*\()/u.test(after))) return undefined;
  return { ids: [...new Set(ids)], end: at };
}
