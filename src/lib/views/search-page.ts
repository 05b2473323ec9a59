/**
 * The view of `/search/`: its filters as the page prints them (src/lib/search/filters.ts), each
 * value with its checkbox id and whether a long filter shows it before "Show all". The results are
 * written in the browser (src/scripts/search/page.ts); this is only the page's static HTML.
 */
import { FILTER_LONG, filterSpecs, frequentValues } from '../search/filters';
import type { FilterKey } from '../search/state';
import type { EventData } from './event-data';

export interface SearchFilterView {
  key: FilterKey;
  legend: string;
  /** More values than FILTER_LONG: the filter gets a box to find a value and a "Show all" button. */
  long: boolean;
  /** How many values the filter has ("Show all 12"). */
  count: number;
  groups: Array<{
    label?: string | undefined;
    options: Array<{
      value: string;
      label: string;
      /** The checkbox's id. */ id: string;
      /** Shown before "Show all". */ frequent: boolean;
    }>;
  }>;
}

export interface SearchPageView {
  filters: SearchFilterView[];
}

/** Builds the search page's filters from the remark index. */
export function searchPageView({ index }: Pick<EventData, 'index'>): SearchPageView {
  return {
    filters: filterSpecs(index).map((f) => {
      const frequent = frequentValues(f);
      const count = f.groups.flatMap((g) => g.options).length;
      return {
        key: f.key,
        legend: f.legend,
        long: count > FILTER_LONG,
        count,
        groups: f.groups.map((g) => ({
          label: g.label,
          options: g.options.map((o) => ({
            value: o.value,
            label: o.label,
            id: `filter-${f.key}-${o.value}`,
            frequent: frequent.has(o.value),
          })),
        })),
      };
    }),
  };
}
