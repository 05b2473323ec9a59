/**
 * The content model: one zod schema per kind of content file, with a doc comment per field. The
 * collections (`src/content.config.ts`), the validator and the drafter (`npm run new-event`) use
 * these schemas, and every content type is inferred from them, so a field is written once.
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
 * - `source/event-summary.txt`: the summary exactly as received.
 */
import { z } from 'astro/zod';

/**
 * Ids become URL segments and HTML ids that other sites link to: lowercase ASCII words joined by
 * single hyphens, starting with a letter (stricter than HTML's rule,
 * https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute, so an id never needs escaping).
 */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(ID_PATTERN, 'lowercase words joined by hyphens, e.g. "lane-on-bridges"');

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
export const roleSchema = z
  .object({
    /** The id people's `role` fields use. */
    id: idSchema,
    /** What pages call one person in it ("Respondent"). */
    label: text,
    /** What pages call several ("Respondents"); defaults to the label plus "s". */
    plural: text.optional(),
  })
  .strict();

/** `event.mdx` frontmatter. */
export const eventSchema = z
  .object({
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
  })
  .strict();

/** `speakers/<id>.mdx` frontmatter: one named person, whatever their role. */
export const personSchema = z
  .object({
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
  })
  .strict();

/** One person of a session: an id, or an id with the role they had in that session. */
export const sessionPersonSchema = z.union([idSchema, z.object({ id: idSchema, role: idSchema }).strict()]);

/** `sessions/<id>.mdx` frontmatter: a panel, keynote, opening remarks or other part of the event. */
export const sessionSchema = z
  .object({
    /** The session's title as the source gives it, or a plain description ("First panel"). */
    title: text,
    /** What kind of session ("Panel", "Keynote", "Opening remarks", "Q&A"), if the source says. */
    kind: text.optional(),
    /** Its people (`speakers/` ids), with a role where it differs from theirs elsewhere. */
    people: z.array(sessionPersonSchema).default([]),
  })
  .strict();

/** `topics/<id>.mdx` frontmatter. */
export const topicSchema = z
  .object({
    /** Editorial title of the topic. */
    title: text,
  })
  .strict();

/** One entry of `participants.json`: someone the summary does not name. */
export const participantSchema = z
  .object({
    /** Stable id used by `participant="…"` on remarks. */
    id: idSchema,
    /** Role id (commentator, audience-member, or a declared role). */
    role: idSchema,
    /** What the site calls them; defaults to the role's label ("Audience member"). */
    label: text.optional(),
    /** The source's own words for them ("One audience member"). */
    asDescribed: text,
  })
  .strict();

export type EventData = z.output<typeof eventSchema>;
export type PersonData = z.output<typeof personSchema>;
export type SessionData = z.output<typeof sessionSchema>;
export type TopicData = z.output<typeof topicSchema>;
export type ParticipantData = z.output<typeof participantSchema>;
export type RoleData = z.output<typeof roleSchema>;
