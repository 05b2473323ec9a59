/**
 * The search engine on top of Pagefind's JS API (https://pagefind.app/docs/api/): loads the bundle,
 * runs a search state as remark and page results with per-value filter counts, and loads result data
 * lazily (a fragment file per shown result).
 * - Filters: any-of within a filter, all-of across filters. A filter's counts come from a search without
 *   that filter's own selection, so each count says how many remarks ticking that value would add
 *   (disjunctive facets); the other filters' counts come from the main search.
 * - An empty query with filters lists remarks in event order (the records' `order` sort key).
 * - Pages are searched separately (`kind: page`) and listed below the remarks; with a filter set they are
 *   left out, since pages carry no speaker, topic or part.
 */
import { cutExcerpt, type Excerpt } from '../../lib/search/excerpt';
import { landingHref } from '../../lib/search/landing';
import { highlightTerms, parseQuery } from '../../lib/search/query';
import { FILTER_KEYS, type FilterKey, type SearchState } from '../../lib/search/state';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type Filters = Record<string, string | { any: string[] }>;
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
}

/** One shown result. */
export interface Hit {
  kind: 'remark' | 'page';
  /** Where the result leads, with the words to highlight (`?hl=`). */
  href: string;
  /** Page title, or for a remark "Speaker: topics". */
  title: string;
  speaker?: string;
  topics?: string;
  part?: string;
  excerpt: Excerpt;
}

/** A batch of results whose data is loaded on demand. */
export interface ResultList {
  total: number;
  /** Loads hits `from` … `to` (exclusive). */
  load(from: number, to: number): Promise<Hit[]>;
}

export interface Outcome {
  remarks: ResultList;
  pages: ResultList;
  /** Per filter, remarks per value for the current query and the other filters. */
  counts: Record<FilterKey, Record<string, number>>;
}

/** Thrown when the Pagefind bundle cannot be loaded, i.e. the site has not been built (`astro dev` before any build). */
export class IndexMissing extends Error {}

const EMPTY: ResultList = { total: 0, load: async () => [] };

export class SearchEngine {
  private constructor(private readonly pagefind: Pagefind) {}

  /**
   * @param bundle URL of the Pagefind bundle folder, with the base (`hrefs.pagefindBundle()`)
   * @throws IndexMissing if `pagefind.js` does not load
   */
  static async load(bundle: string): Promise<SearchEngine> {
    let pagefind: Pagefind;
    try {
      // A URL built at run time: bundlers must not try to resolve the bundle, which exists only after a build.
      pagefind = (await import(/* @vite-ignore */ new URL(`${bundle}pagefind.js`, location.href).href)) as Pagefind;
      await pagefind.init();
      // Loads the filter index, without which search results carry counts only for the filters they use.
      await pagefind.filters();
    } catch (error) {
      throw new IndexMissing(String(error));
    }
    return new SearchEngine(pagefind);
  }

  /** Runs a state. Resolves to empty lists when there is nothing to search for. */
  async run(state: SearchState): Promise<Outcome> {
    const parsed = parseQuery(state.query);
    const term = !parsed.words ? null : parsed.wholePhrase ? `"${parsed.phrases[0]}"` : parsed.words;
    const chosen: Filters = {};
    for (const key of FILTER_KEYS) if (state.filters[key]?.length) chosen[key] = { any: state.filters[key]! };
    const filtered = Object.keys(chosen).length > 0;
    const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, {}])) as Outcome['counts'];
    if (term === null && !filtered) return { remarks: EMPTY, pages: EMPTY, counts };

    const remarkFilters: Filters = { kind: 'remark', ...chosen };
    const sort = term === null ? { order: 'asc' as const } : undefined;
    const main = await this.pagefind.search(term, { filters: remarkFilters, sort });
    let results = main?.results ?? [];
    if (!parsed.wholePhrase) {
      for (const phrase of parsed.phrases) {
        const exact = await this.pagefind.search(`"${phrase}"`, { filters: remarkFilters });
        const ids = new Set(exact?.results.map((r) => r.id));
        results = results.filter((r) => ids.has(r.id));
      }
    }
    for (const key of FILTER_KEYS) {
      if (!chosen[key]) {
        counts[key] = main?.filters[key] ?? {};
        continue;
      }
      const { [key]: _own, ...others } = remarkFilters;
      counts[key] = (await this.pagefind.search(term, { filters: others, sort }))?.filters[key] ?? {};
    }

    const terms = highlightTerms(state.query);
    const pages = term !== null && !filtered ? ((await this.pagefind.search(term, { filters: { kind: 'page' } }))?.results ?? []) : [];
    return { remarks: list(results, 'remark', terms), pages: list(pages, 'page', terms), counts };
  }
}

function list(results: PagefindResult[], kind: Hit['kind'], terms: string[]): ResultList {
  return {
    total: results.length,
    load: (from, to) => Promise.all(results.slice(from, to).map(async (r) => toHit(await r.data(), kind, terms))),
  };
}

function toHit(data: PagefindData, kind: Hit['kind'], terms: string[]): Hit {
  const bodyWords = Number(data.meta.bodyWords);
  return {
    kind,
    href: landingHref(data.url, terms),
    title: data.meta.title ?? data.url,
    speaker: data.meta.speaker,
    topics: data.meta.topics,
    part: data.meta.part,
    excerpt: cutExcerpt(data.content, data.locations, Number.isFinite(bodyWords) ? bodyWords : Infinity),
  };
}
