/** The event-wide citation context, from the loaded event (see src/lib/cite-sources.ts). */
import type { CiteContext } from '../lib/cite-sources';
import type { EventInput } from '../lib/event-model';

/** Builds the context from the loaded event. */
export function citeContext(event: EventInput): CiteContext {
  return { event, siteTitle: `${event.shortTitle}: event summary` };
}
