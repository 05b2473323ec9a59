import type { FilterOption } from './filters';
import type { FilterKey, SearchState } from './state';

/**
 * Matches filter values from a URL to the known ones: the value itself, or a value or label equal to it
 * ignoring case (`?speaker=Ada`, `?topic=Old+bridges`). Values that match nothing are returned
 * apart, so the page can say so and drop them rather than silently find nothing.
 */
export function resolveFilters(
  filters: SearchState['filters'],
  known: Partial<Record<FilterKey, FilterOption[]>>,
): { filters: SearchState['filters']; unknown: Array<{ key: FilterKey; value: string }> } {
  const resolved: SearchState['filters'] = {};
  const unknown: Array<{ key: FilterKey; value: string }> = [];
  for (const [key, values] of Object.entries(filters) as Array<[FilterKey, string[]]>) {
    const options = known[key] ?? [];
    for (const value of values) {
      const lower = value.toLowerCase();
      const match =
        options.find((o) => o.value === value) ?? options.find((o) => o.value.toLowerCase() === lower || o.label.toLowerCase() === lower);
      if (!match) unknown.push({ key, value });
      else if (!resolved[key]?.includes(match.value)) resolved[key] = [...(resolved[key] ?? []), match.value];
    }
  }
  return { filters: resolved, unknown };
}
