/**
 * The event's collections over `content/` (or `EVENT_CONTENT_DIR`). Schemas are strict, so a
 * misspelt or unknown frontmatter key fails the build; cross-references (speaker, topic and
 * exchange ids) are checked in `src/lib/validate.ts`, because `reference()` does not check them.
 * See https://docs.astro.build/en/guides/content-collections/
 */
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './content-dir';

const id = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');

const event = defineCollection({
  loader: glob({ pattern: 'event.mdx', base: contentDir }),
  schema: z
    .object({
      /** The event's title, in the source's own words. */
      title: z.string().min(1),
      /** A short form of the title for the header and page titles. */
      shortTitle: z.string().min(1),
      /** The event date; where the source omits the year, `dateNote` says how it was inferred. */
      date: z.coerce.date(),
      /** The date exactly as the source states it (e.g. "February 3"). */
      dateAsStated: z.string().min(1),
      /** How the date was established, shown next to the date on the site. */
      dateNote: z.string().min(1),
      /** The host, as the source names it. */
      host: z.string().min(1),
      /** The source document's own heading (e.g. "Executive summary"). */
      documentTitle: z.string().min(1),
      /** Panelist ids, in the order they presented. */
      panel: z.array(id).min(1),
      /** Exchange ids of the Q&A, in the order they happened. */
      programme: z.array(id),
      /**
       * What this edition did to this source, beyond what every edition does (e.g. a paragraph
       * rejoined across a PDF page break); one list item each on the edition-notes page.
       */
      preparation: z.array(z.string().min(1)).optional(),
      /** One sentence on the source page about how its paragraphs differ from the file, if they do. */
      sourceNote: z.string().min(1).optional(),
      /** What the A–Z index leaves out and why, shown under its heading. */
      azNote: z.string().min(1).optional(),
    })
    .strict(),
});

const speakers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/speakers` }),
  schema: z
    .object({
      /** Full name as the source gives it. */
      name: z.string().min(1),
      /** Honorific as the source gives it ("Dr."); omit when the source gives none. */
      honorific: z.string().min(1).optional(),
      /** The name the summary uses in running text ("Lane"). */
      shortName: z.string().min(1),
      /** The role the source states; no biography beyond it. */
      role: z.string().min(1),
    })
    .strict(),
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/topics` }),
  schema: z
    .object({
      /** Editorial title of the Q&A topic. */
      title: z.string().min(1),
    })
    .strict(),
});

const participants = defineCollection({
  loader: file(`${contentDir}/participants.json`),
  schema: z
    .object({
      /** Stable id used by `participant="…"` on remarks. */
      id,
      /** What the site calls them: "Commentator" or "Audience member". */
      label: z.string().min(1),
      role: z.enum(['commentator', 'audience-member']),
      /** The source's own words for them ("One audience member"). */
      asDescribed: z.string().min(1),
    })
    .strict(),
});

export const collections = { event, speakers, topics, participants };
