/**
 * The views of `/a-z/` and `/a-z/<entity>/`: the people, organisations, programmes and places the
 * summary names (content/entities.json), A to Z, each with the remarks that mention it. An entry
 * with more than MAX_REMARKS_PER_ENTRY remarks (src/lib/page-limits.ts) lists its first ones and
 * links to its own page, which lists them all.
 */
import { type CitationSource, citeContext, pageCitation } from '../citation';
import { groupByLetter, type EntityKind } from '../entities';
import type { LinkItem } from '../link-items';
import { MAX_REMARKS_PER_ENTRY, firstOf } from '../page-limits';
import type { EventIndex } from '../remark-index';
import { absoluteUrl, hrefs } from '../urls';
import type { EventData } from './event-data';
import { remarkLink } from './remarks';

/** How the A–Z page names each kind of entry, after its name. */
const KIND_LABELS: Record<EntityKind, string> = {
  person: 'person',
  organisation: 'organisation',
  programme: 'programme',
  place: 'place',
  group: 'group of states',
};

export interface AzIndexView {
  /** The event's note on what the index leaves out, with its leading space, or empty. */
  note: string;
  letters: Array<{
    letter: string;
    /** The section's anchor: `letter-<letter in lower case>`. */
    anchor: string;
    entries: Array<{ id: string; name: string; kind: string; note?: string | undefined; remarks: LinkItem[]; all?: LinkItem | undefined }>;
  }>;
  cite: CitationSource;
}

const linksTo = (index: EventIndex, ids: string[]) =>
  ids.map((id) => {
    const remark = index.remarkById.get(id);
    if (!remark) throw new Error(`A–Z index: no remark "${id}" in the index`);
    return remarkLink(remark);
  });

/**
 * Builds `/a-z/`: entries with remarks, grouped by letter.
 * @param site Astro's `site`, for the citation's absolute URL
 */
export function azIndexView({ index, entities, event }: EventData, site: string | URL): AzIndexView {
  return {
    note: event.azNote ? ` ${event.azNote}` : '',
    letters: groupByLetter(entities.filter((e) => e.remarkIds.length > 0)).map((g) => ({
      letter: g.letter,
      anchor: `letter-${g.letter.toLowerCase()}`,
      entries: g.entries.map(({ entity, remarkIds }) => ({
        id: entity.id,
        name: entity.name,
        kind: KIND_LABELS[entity.kind],
        note: entity.note,
        remarks: linksTo(index, firstOf(remarkIds, MAX_REMARKS_PER_ENTRY).shown),
        all:
          remarkIds.length > MAX_REMARKS_PER_ENTRY
            ? { href: hrefs.azEntry(entity.id), label: `All ${remarkIds.length} remarks that mention ${entity.name}` }
            : undefined,
      })),
    })),
    cite: pageCitation('page-a-z', 'A–Z index', absoluteUrl(hrefs.azIndex(), site), citeContext(event)),
  };
}

export interface AzEntryView {
  id: string;
  name: string;
  kind: EntityKind;
  note?: string | undefined;
  /** Every remark that mentions it, in event order. */
  remarks: LinkItem[];
  cite: CitationSource;
}

/** The entities that get a page of their own: those with more remarks than the A–Z page lists. */
export function azEntryIds({ entities }: Pick<EventData, 'entities'>): string[] {
  return entities.filter((e) => e.remarkIds.length > MAX_REMARKS_PER_ENTRY).map((e) => e.entity.id);
}

/**
 * Builds `/a-z/<id>/`.
 * @param site Astro's `site`, for the citation's absolute URL
 * @throws Error if `id` is not a declared entity
 */
export function azEntryView({ index, entities, event }: EventData, id: string, site: string | URL): AzEntryView {
  const entry = entities.find((e) => e.entity.id === id);
  if (!entry) throw new Error(`A–Z entry page: no entity "${id}"`);
  const { entity, remarkIds } = entry;
  return {
    id,
    name: entity.name,
    kind: entity.kind,
    note: entity.note,
    remarks: linksTo(index, remarkIds),
    cite: pageCitation(`page-a-z-${id}`, `A–Z index: ${entity.name}`, absoluteUrl(hrefs.azEntry(id), site), citeContext(event)),
  };
}
