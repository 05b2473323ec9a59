/**
 * The event's collections over `content/` (or `EVENT_CONTENT_DIR`), with the schemas of
 * src/lib/content-model.ts (strict, so a misspelt or unknown frontmatter key fails the build).
 * Cross-references (people, topic, session and exchange ids) are checked in src/lib/validate.ts,
 * because `reference()` does not check them; MDX that does not parse is reported as it loads
 * (src/data/loaders.ts). Optional parts (sessions, topics, participants)
 * get an empty loader when absent, so Astro warns about nothing.
 * See https://docs.astro.build/en/guides/content-collections/
 */
import { defineCollection } from 'astro:content';
import { jsonList, mdxGlob } from './data/loaders';
import { contentDir, hasContent } from './content-dir';
import { eventSchema, participantSchema, personSchema, sessionSchema, topicSchema } from './lib/content-model';

const none = async () => [];
const mdxFolder = (folder: string) => (hasContent(folder) ? mdxGlob({ pattern: '*.mdx', base: `${contentDir}/${folder}` }) : none);

const event = defineCollection({ loader: mdxGlob({ pattern: 'event.mdx', base: contentDir }), schema: eventSchema });
const speakers = defineCollection({ loader: mdxFolder('speakers'), schema: personSchema });
const sessions = defineCollection({ loader: mdxFolder('sessions'), schema: sessionSchema });
const topics = defineCollection({ loader: mdxFolder('topics'), schema: topicSchema });
const participants = defineCollection({
  loader: hasContent('participants.json') ? jsonList(`${contentDir}/participants.json`) : none,
  schema: participantSchema,
});

export const collections = { event, speakers, sessions, topics, participants };
