/**
 * The content model: one zod schema per kind of content file, with a doc comment per field. The
 * collections (`src/content.config.ts`), the JSON readers (src/lib/entities.ts,
 * src/lib/link-contract.ts), the validator and the drafter (`npm run new-event`) use these
 * schemas, and every content type is inferred from them, so a field is written once.
 * Pure: imports `astro/zod` (plain zod 3), never `astro:content`.
 *
 * An event folder holds:
 * - `event.mdx`: the event's fields; its body is the summary's opening as written (narration), or empty;
 * - `speakers/<id>.mdx`: one named person (any role); the body, if any, holds their presentation;
 * - `sessions/<id>.mdx` (optional): a panel, keynote or other session; the body is its record in
 *   source order: `<Narration>`, `<Remark>` and `<Exchange>` (a Q&A question and its answers);
 * - `topics/<id>.mdx` (optional): a topic remarks are tagged with; the body, if any, holds Q&A
 *   exchanges filed under it (the event's `programme` orders them);
 * - `participants.json` (optional): people the summary does not name ("One audience member");
 * - `entities.json` (optional): the A–Z index's people, organisations, programmes and places;
 * - `link-aliases.json` (optional): where published addresses went;
 * - `source/event-summary.txt`: the summary exactly as received.
 *
 * Every object is strict: a misspelt key fails, and the error names the key probably meant.
 */
import { z } from 'astro/zod';

/**
 * Ids become URL segments and HTML ids that other sites link to: lowercase ASCII words joined by
 * single hyphens, starting with a letter (stricter than HTML's rule,
 * https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute, so an id never needs escaping).
 */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** What an id must look like, in the words every id error uses. */
export const ID_RULE = 'lowercase words joined by hyphens, e.g. "lane-on-bridges"';
export const idSchema = z.string().regex(ID_PATTERN, ID_RULE);

/**
 * The known key closest to a misspelt one, if any is close: at most two edits, or one per three
 * letters of a long key (Levenshtein distance), fewer than the key's length; or the same key in another case.
 * @example closestKey('titel', ['title', 'kind']) // 'title'
 * @example closestKey('colour', ['title']) // undefined
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (distance <= Math.min(Math.max(2, Math.floor(key.length / 3)), key.length - 1) && (!best || distance < best.distance))
      best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * What to say about keys a strict object does not know: zod's own words (which the build's output
 * and its tests look for), then, for a misspelling, the key that was probably meant.
 * @example unknownKeysMessage(['titel'], ['title']) // 'Unrecognized key(s) in object: \'titel\' (did you mean "title"?)'
 */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  const hints = keys.flatMap((key) => {
    const meant = closestKey(key, known);
    return meant ? [`"${meant}" for "${key}"`] : [];
  });
  const base = `Unrecognized key(s) in object: ${keys.map((k) => `'${k}'`).join(', ')}`;
  if (!hints.length) return `${base} (known keys: ${known.join(', ')})`;
  return `${base} (did you mean ${hints.join(', ')}?)`;
}

/**
 * `z.object(shape).strict()` whose unknown-key error names the key probably meant. Astro prints a
 * schema's own message for this issue (it passes `defaultError` through), so the hint reaches the build log.
 */
function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z
    .object(shape, {
      errorMap: (issue, ctx) => ({
        message: issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : ctx.defaultError,
      }),
    })
    .strict();
}

/**
 * Roles every event may use without declaring them, with the label pages print. An event declares
 * any other role in `event.mdx` (`roles`).
 */
export const BUILT_IN_ROLES = {
  panelist: { label: 'Panelist', plural: 'Panelists' },
  speaker: { label: 'Speaker', plural: 'Speakers' },
  moderator: { label: 'Moderator', plural: 'Moderators' },
  chair: { label: 'Chair', plural: 'Chairs' },
  keynote: { label: 'Keynote speaker', plural: 'Keynote speakers' },
  discussant: { label: 'Discussant', plural: 'Discussants' },
  commentator: { label: 'Commentator', plural: 'Commentators' },
  'audience-member': { label: 'Audience member', plural: 'Audience members' },
} as const;

const text = z.string().trim().min(1);

/**
 * A calendar date written `YYYY-MM-DD` (YAML reads it as a date at midnight UTC; quoted, it is a
 * string). Anything else ("14 October 2021") is refused: JavaScript would read it in the build
 * machine's time zone and could shift it by a day.
 */
const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2015-04-20')])
  .transform((d) => (typeof d === 'string' ? new Date(`${d}T00:00:00Z`) : d))
  .refine((d) => !Number.isNaN(d.getTime()), 'not a calendar date (write YYYY-MM-DD)');

/** A role an event declares beyond the built-in ones (e.g. "respondent"). */
export const roleSchema = strictObject({
  /** The id people's `role` fields use. */
  id: idSchema,
  /** What pages call one person in it ("Respondent"). */
  label: text,
  /** What pages call several ("Respondents"); defaults to the label plus "s". */
  plural: text.optional(),
});

/** `event.mdx` frontmatter. */
export const eventSchema = strictObject({
  /** The event's title, in the source's own words. */
  title: text,
  /** A short form of the title for the header and page titles; defaults to the title. */
  shortTitle: text.optional(),
  /** The date as the source states it ("April 20", "January 6, 2017"); omit when the source gives none. */
  dateAsStated: text.optional(),
  /** The date in ISO form (YYYY-MM-DD) for citations and structured data; omit when unknown. */
  date: isoDate.optional(),
  /** True when the source states no year and `date`'s year was inferred: the year is then shown in [brackets]. */
  yearInferred: z.boolean().default(false),
  /** How the date (or its year) was established, shown with the date; required when `yearInferred`. */
  dateNote: text.optional(),
  /** The host or hosts, as the source names them (at least one). */
  hosts: z.array(text).min(1),
  /** Co-hosts or partners, as the source names them. */
  coHosts: z.array(text).default([]),
  /** Where the event took place, if the source says. */
  venue: text.optional(),
  /** The source document's own heading ("Executive summary"); defaults to "Event summary". */
  documentTitle: text.default('Event summary'),
  /** People whose own files hold their presentation (`speakers/<id>.mdx` bodies), in the order they spoke. */
  panel: z.array(idSchema).default([]),
  /** Session ids in the order they happened; needed when there is more than one session file. */
  sessions: z.array(idSchema).default([]),
  /** Ids of the Q&A exchanges written in topic files, in the order they happened. */
  programme: z.array(idSchema).default([]),
  /** Roles beyond the built-in ones (panelist, speaker, moderator, chair, keynote, discussant, commentator, audience-member). */
  roles: z.array(roleSchema).default([]),
  /**
   * What this edition did to this source, beyond what every edition does (e.g. a paragraph
   * rejoined across a PDF page break); one list item each on the edition-notes page.
   */
  preparation: z.array(text).optional(),
  /** One sentence on the source page about how its paragraphs differ from the file, if they do. */
  sourceNote: text.optional(),
  /** What the A–Z index leaves out and why, shown under its heading. */
  azNote: text.optional(),
});

/** `speakers/<id>.mdx` frontmatter: one named person, whatever their role. */
export const personSchema = strictObject({
  /** Full name as the source gives it. */
  name: text,
  /** Honorific as the source gives it ("Dr."); omit when the source gives none. */
  honorific: text.optional(),
  /** The name the summary uses in running text ("Lane"); defaults to the last word of `name`. */
  shortName: text.optional(),
  /** Role id: a built-in role (panelist, moderator, …) or one declared in `event.mdx` `roles`. */
  role: idSchema.default('speaker'),
  /** Affiliation as the source states it ("Stimson Center"); no more than it says. */
  affiliation: text.optional(),
  /** Any other description the source gives ("expert on UN peacekeeping operations"). */
  description: text.optional(),
});

/** One person of a session: an id, or an id with the role they had in that session. */
export const sessionPersonSchema = z.union([idSchema, strictObject({ id: idSchema, role: idSchema })]);

/** `sessions/<id>.mdx` frontmatter: a panel, keynote, opening remarks or other part of the event. */
export const sessionSchema = strictObject({
  /** The session's title as the source gives it, or a plain description ("First panel"). */
  title: text,
  /** What kind of session ("Panel", "Keynote", "Opening remarks", "Q&A"), if the source says. */
  kind: text.optional(),
  /** Its people (`speakers/` ids), with a role where it differs from theirs elsewhere. */
  people: z.array(sessionPersonSchema).default([]),
});

/** `topics/<id>.mdx` frontmatter. */
export const topicSchema = strictObject({
  /** Editorial title of the topic. */
  title: text,
});

/** One entry of `participants.json`: someone the summary does not name. */
export const participantSchema = strictObject({
  /** Stable id used by `participant="…"` on remarks. */
  id: idSchema,
  /** Role id (commentator, audience-member, or a declared role). */
  role: idSchema,
  /** What the site calls them; defaults to the role's label ("Audience member"). */
  label: text.optional(),
  /** The source's own words for them ("One audience member"). */
  asDescribed: text,
});

export type EventData = z.output<typeof eventSchema>;
export type PersonData = z.output<typeof personSchema>;
export type SessionData = z.output<typeof sessionSchema>;
export type TopicData = z.output<typeof topicSchema>;
export type ParticipantData = z.output<typeof participantSchema>;
export type RoleData = z.output<typeof roleSchema>;

/** The kinds of entry the A–Z index files names under. */
export const ENTITY_KINDS = ['person', 'organisation', 'programme', 'place', 'group'] as const;

/**
 * A phrase that counts as a mention. Remark text is whitespace-collapsed, so an alias with
 * leading, trailing or doubled whitespace could never match as written.
 */
const aliasSchema = z
  .string({ invalid_type_error: 'an alias must be a string' })
  .min(1, 'an alias is empty')
  .refine(
    (a) => a === a.trim() && !/\s{2}/.test(a),
    (a) => ({ message: `alias "${a}" has leading, trailing or doubled whitespace` }),
  );

/** One entry of `entities.json` (optional): a person, organisation, programme, place or group the A–Z index lists. */
export const entitySchema = strictObject({
  /** Stable id, used as the entry's anchor (`/a-z/#entity-ada-lane`). */
  id: idSchema,
  /** Display name, in the summary's own words. */
  name: z.string({ required_error: 'is missing "name" (the display name, in the summary’s words)' }).trim().min(1, '"name" is empty'),
  kind: z.enum(ENTITY_KINDS, {
    errorMap: (issue, ctx) => ({
      message:
        issue.code === 'invalid_enum_value'
          ? `kind ${JSON.stringify(issue.received)} is not one of ${ENTITY_KINDS.join(', ')}`
          : ctx.defaultError,
    }),
  }),
  /**
   * The literal phrases that count as a mention: matched whole-word and case-sensitively, the
   * longest alias first. Each alias belongs to one entity only (checked across entities in src/lib/entities.ts).
   */
  aliases: z
    .array(aliasSchema, { required_error: 'has no aliases: list the phrases that count as a mention (e.g. ["Ada Lane", "Lane"])' })
    .min(1, 'has no aliases: list the phrases that count as a mention (e.g. ["Ada Lane", "Lane"])')
    .superRefine((aliases, ctx) => {
      const seen = new Set<string>();
      for (const alias of aliases) {
        if (seen.has(alias)) ctx.addIssue({ code: 'custom', message: `alias "${alias}" is listed twice` });
        seen.add(alias);
      }
    }),
  /** What the entry is filed under, when not its name ("Lane, Ada"). */
  sortKey: z.string().trim().min(1, '"sortKey" must be a non-empty string when given').optional(),
  /** How the summary names or describes it, quoting the summary. */
  note: z.string().trim().min(1, '"note" must be a non-empty string when given').optional(),
});

/** A page path as the link contract writes it: base-less, with a leading and a trailing slash (`/speakers/ada/`). */
const contractPathSchema = z.string().regex(/^\/(?:[^\s/]+\/)*$/, 'a page path starts and ends with "/", e.g. "/speakers/ada/"');

/** `link-aliases.json` (optional): where addresses the site has published went (see src/lib/link-contract.ts). */
export const linkAliasesSchema = strictObject({
  /** Old page path → new page path; the old one gets a redirect page. */
  pages: z.record(contractPathSchema, contractPathSchema).default({}),
  /** Page path → old anchor id → new anchor id; the browser forwards the old fragment. */
  fragments: z.record(contractPathSchema, z.record(z.string().min(1), z.string().min(1))).default({}),
});

export type EntityData = z.output<typeof entitySchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type LinkAliasesData = z.output<typeof linkAliasesSchema>;

/**
 * A zod issue of a JSON content file in words an editor reads, for `file:line field` problems:
 * a missing field, a value of the wrong type, an id that breaks `ID_RULE`, or the schema's own message.
 * @param value the value the issue is about (the entry), to quote a rejected id
 * @example issueMessage({ code: 'invalid_type', expected: 'string', received: 'undefined', path: ['name'], message: 'Required' }) // 'is missing "name"'
 */
export function issueMessage(issue: z.ZodIssue, value?: unknown): string {
  const field = String(issue.path.at(-1) ?? 'value');
  if (issue.code === 'invalid_type' && issue.received === 'undefined' && issue.message === 'Required') return `is missing "${field}"`;
  if (issue.code === 'invalid_type' && issue.message.startsWith('Expected'))
    return `"${field}" must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${issue.received}`;
  if (issue.code === 'invalid_string' && issue.message === ID_RULE) {
    const id = issue.path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);
    return `${field} ${JSON.stringify(id)} is not ${ID_RULE}`;
  }
  return issue.message;
}
