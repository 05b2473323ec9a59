/** The event-wide citation context, from the loaded event (see src/lib/cite-sources.ts). */
import type { CiteContext } from '../lib/cite-sources';
import type { EventInput } from '../lib/event-model';
import type { EventIndex } from '../lib/remark-index';

/** Builds the context once per page from the loaded event. */
export function citeContext(event: EventInput, index: EventIndex): CiteContext {
  return { event, siteTitle: `${event.shortTitle}: event summary`, speakers: index.speakers, topicTitles: new Map(index.topics.map((t) => [t.id, t.title])) };
}
