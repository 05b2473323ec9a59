/**
 * The search page's filters and their values, from the remark index: named people in the index's order,
 * then participants grouped by role (the source names no participant, so "Audience member" is one
 * value for all audience members); topics in programme order; the parts of the event that have remarks.
 * Values are the ones the records carry (`records.ts`) and the URL holds (`?speaker=ada`).
 */
import { partLabel } from '../remark-index';
import type { EventIndex } from '../remark-index';
import { roleLabel, speakerLabel } from '../remark-index';
import { speakerFacet } from './records';
import type { FilterKey } from './state';

export interface FilterOption {
  value: string;
  label: string;
  /** How many remarks carry the value (the whole event, no query). */
  remarks?: number | undefined;
}
export interface FilterGroup {
  /** Shown above the group's values when a filter has several groups ("Participants"). */
  label?: string | undefined;
  options: FilterOption[];
}
export interface FilterSpec {
  key: FilterKey;
  legend: string;
  groups: FilterGroup[];
}

/**
 * Every filter with its values, in display order. Values no remark carries are left out, and so
 * is a filter with nothing to choose between (an event without topics, or without a Q&A).
 */
export function filterSpecs(index: Pick<EventIndex, 'speakers' | 'topics' | 'remarks' | 'roles'>): FilterSpec[] {
  const participants = new Map<string, FilterOption>();
  for (const a of index.remarks.flatMap((r) => r.authors)) {
    const facet = speakerFacet(a);
    if (facet.group === 'participants' && !participants.has(facet.value))
      participants.set(facet.value, { value: facet.value, label: facet.label });
  }
  const spoke = new Set(index.remarks.flatMap((r) => r.authors.filter((a) => a.kind === 'speaker').map((a) => a.id)));
  const named = index.speakers.filter((s) => spoke.has(s.id));
  // One role for all ("Panelists") names the group by it; a mix of roles is "Named speakers".
  const roles = new Set(named.map((s) => s.role));
  const label = roles.size === 1 ? roleLabel(index, [...roles][0]!, true) : 'Named speakers';
  const speakers: FilterGroup = { label, options: named.map((s) => ({ value: s.id, label: speakerLabel(s) })) };
  const parts = (['presentation', 'qa'] as const).filter((p) => index.remarks.some((r) => r.part === p));
  const specs: FilterSpec[] = [
    {
      key: 'speaker',
      legend: 'Speaker',
      groups: participants.size ? [speakers, { label: 'Participants', options: [...participants.values()] }] : [speakers],
    },
    { key: 'topic', legend: 'Topic', groups: [{ options: index.topics.map((t) => ({ value: t.id, label: t.title })) }] },
    { key: 'part', legend: 'Part of the event', groups: [{ options: parts.map((p) => ({ value: p, label: partLabel(p) })) }] },
  ];
  const carried = (key: FilterKey, value: string) => index.remarks.filter((r) => remarkFilterValues(r, key).includes(value)).length;
  return specs
    .filter((spec) => spec.groups.flatMap((g) => g.options).length > 1)
    .map((spec) => ({
      ...spec,
      groups: spec.groups.map((g) => ({ ...g, options: g.options.map((o) => ({ ...o, remarks: carried(spec.key, o.value) })) })),
    }));
}

/** The values of one filter a remark carries, as its search record does (`remarkFilters`). */
function remarkFilterValues(remark: EventIndex['remarks'][number], key: FilterKey): string[] {
  if (key === 'speaker') return remark.authors.map((a) => speakerFacet(a).value);
  if (key === 'topic') return remark.topics;
  return [remark.part];
}

/** A filter with more values than this shows the most frequent FILTER_SHOWN first, with "Show all" and a box to find a value. */
export const FILTER_LONG = 8;
/** Values shown at first in a long filter. */
export const FILTER_SHOWN = 6;

/**
 * The values a long filter shows before "Show all": the FILTER_SHOWN carried by the most remarks
 * (ties in display order). Every value of a filter that is not long.
 */
export function frequentValues(spec: FilterSpec): Set<string> {
  const options = spec.groups.flatMap((g) => g.options);
  if (options.length <= FILTER_LONG) return new Set(options.map((o) => o.value));
  const ranked = options.map((o, at) => ({ o, at })).sort((a, b) => (b.o.remarks ?? 0) - (a.o.remarks ?? 0) || a.at - b.at);
  return new Set(ranked.slice(0, FILTER_SHOWN).map((x) => x.o.value));
}
