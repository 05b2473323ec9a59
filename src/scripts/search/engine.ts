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
 * - "Quoted phrases": Pagefind finds the candidates (exactly, for a query that is one phrase); each
 *   candidate's own text is then checked for every phrase (`containsPhrase`), so a phrase found only in a
 *   remark record's speaker-and-topic block does not count, and counts come from the checked results.
 *   Checking reads each candidate's data, so at most PHRASE_CHECK_LIMIT candidates are checked.
 * - Ranking: Pagefind's metadata boost is off (its `title`, `speaker` and `topics` fields would
 *   outweigh the remark's words); the first RERANK_DEPTH remark results of a query are then ordered by
 *   `src/lib/search/rank.ts` (the remark's own words first), the rest stay in Pagefind's order, as
 *   page results do.
 * - Never stuck: loading the bundle and every Pagefind call is bounded by ENGINE_TIMEOUT_MS and rejects
 *   with `SearchTimeout`, which the UI shows as "Search did not answer" with a Retry.
 */
import { cutExcerpt, type Excerpt } from '../../lib/search/excerpt';
import { landingHref } from '../../lib/search/landing';
import { PHRASE_CHECK_LIMIT } from '../../lib/search/page-state';
import { containsPhrase, highlightTerms, parseQuery, searchable } from '../../lib/search/query';
import { rankKeys, rankWords, rerank } from '../../lib/search/rank';
import { FILTER_KEYS, type FilterKey, type SearchState } from '../../lib/search/state';
import { searchTimeoutMs } from '../../lib/search/timeouts';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
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
  search(
    term: string | null,
    o?: { filters?: Filters | undefined; sort?: Record<string, 'asc' | 'desc'> | undefined },
  ): Promise<PagefindSearch | null>;
  preload(term: string, o?: { filters?: Filters | undefined }): Promise<void>;
}

/** One shown result. */
export interface Hit {
  kind: 'remark' | 'page';
  /** Where the result leads, with the words to highlight (`?hl=`). */
  href: string;
  /** Page title, or for a remark "Speaker: topics". */
  title: string;
  speaker?: string | undefined;
  topics?: string | undefined;
  part?: string | undefined;
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
  /** True when a phrase query had more candidates than were checked; the lists hold the checked ones. */
  truncated: boolean;
  /**
   * True when no remark among those the second ranking pass read holds every query word (or names its
   * speaker): Pagefind found near spellings only ("aprrp" matches words starting with "a").
   */
  near: boolean;
}

/**
 * Thrown when the Pagefind bundle cannot be loaded, i.e. the site has not been built. `devServer` is
 * true when `astro dev` said so itself (its stand-in module, src/integrations/pagefind-dev.ts): there a
 * build and a reload are enough.
 */
export class IndexMissing extends Error {
  constructor(
    message: string,
    readonly devServer = false,
  ) {
    super(message);
  }
}

/** Thrown when loading the bundle or a Pagefind call takes longer than ENGINE_TIMEOUT_MS (a stalled network or worker). */
export class SearchTimeout extends Error {}

/** Longest wait for the bundle to load or one Pagefind call to answer, in ms: 8 s built, 60 s under `astro dev` (see timeouts.ts). */
export const ENGINE_TIMEOUT_MS = searchTimeoutMs(import.meta.env.DEV);

/** Most candidates whose text is checked for a quoted phrase (named in the page's status line, hence kept in page-state.ts). */
export { PHRASE_CHECK_LIMIT };

/**
 * How many of Pagefind's first remark results the second ranking pass orders (`rank.ts`), by default.
 * Each needs its data (one small fragment file): the search page shows 20 at a time, so 24 covers its
 * first screen with room to lift a result from below it; the dialog, which shows 8 and searches at
 * every pause in typing, asks for fewer (see `run`).
 */
export const RERANK_DEPTH = 24;

/**
 * Resolves as `promise` does, or rejects with SearchTimeout after `ms`. A late rejection of `promise`
 * is caught, so nothing is logged as uncaught.
 */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  promise.catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SearchTimeout(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A result of a ranked search with its data, fetched at most once. */
interface Ranked {
  result: PagefindResult;
  data(): Promise<PagefindData>;
}

type Candidates =
  | { kind: 'ranked'; results: Ranked[]; counts: Record<string, Record<string, number>>; near?: boolean | undefined }
  | { kind: 'checked'; data: PagefindData[]; truncated: boolean };

let attempts = 0;

export class SearchEngine {
  private filtersLoaded: Promise<unknown> | undefined;

  private constructor(
    private readonly pagefind: Pagefind,
    private readonly timeoutMs: number,
  ) {}

  /**
   * @param bundle URL of the Pagefind bundle folder, with the base (`hrefs.pagefindBundle()`)
   * @param timeoutMs longest wait for the bundle and for each later call (ms)
   * @param importModule loads the module at a URL (the browser's `import()`; tests pass a fake Pagefind)
   * @throws IndexMissing if `pagefind.js` does not load; SearchTimeout if it or its start takes longer than `timeoutMs`
   */
  static async load(
    bundle: string,
    timeoutMs = ENGINE_TIMEOUT_MS,
    importModule: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
  ): Promise<SearchEngine> {
    // A URL built at run time: bundlers must not try to resolve the bundle, which exists only after a build.
    // After a failed attempt the URL changes: the browser keeps a module whose load stalled pending for good.
    const url = new URL(`${bundle}pagefind.js${attempts++ ? `?attempt=${attempts}` : ''}`, location.href).href;
    const start = async () => {
      let pagefind: Pagefind & { indexMissing?: boolean; message?: string | undefined };
      try {
        pagefind = (await importModule(url)) as Pagefind;
      } catch (error) {
        throw new IndexMissing(String(error));
      }
      // `astro dev` without a build answers with a stand-in module that says so (src/integrations/pagefind-dev.ts).
      if (pagefind.indexMissing) throw new IndexMissing(pagefind.message ?? 'no search index', true);
      // Pagefind 1.5 adds a boost for query words found in metadata (https://pagefind.app/docs/ranking/):
      // the `title` of a remark record repeats its speaker and topics, which outweighed the remark's words.
      await pagefind.options({ ranking: { metaWeights: { title: 0, speaker: 0, topics: 0, part: 0 } } });
      await pagefind.init();
      return pagefind;
    };
    return new SearchEngine(await within(start(), timeoutMs, 'The search index'), timeoutMs);
  }

  /** A Pagefind call, bounded by the engine's timeout. */
  private call<T>(promise: Promise<T>): Promise<T> {
    return within(promise, this.timeoutMs, 'Search');
  }

  /**
   * Fetches the index chunks a query will need, while the reader is still typing it
   * (https://pagefind.app/docs/api/#preloading-search-terms). Errors are ignored: the search itself reports them.
   */
  preload(query: string): void {
    const { words } = parseQuery(query);
    if (searchable(words)) void this.call(this.pagefind.preload(words, { filters: { kind: 'remark' } })).catch(() => {});
  }

  /**
   * Readies Pagefind for a first query (its metadata, WebAssembly and the remark/page filter load on the
   * first search, hundreds of ms on a large event) with a search for a word that is not there, which
   * fetches one small chunk of the word index. Not a filter-only search: that fetches the whole word
   * index (2.3 MB at 10,000 remarks). The header dialog calls it as it opens, while the reader types.
   */
  async warm(): Promise<void> {
    await this.call(this.pagefind.search('zzzzqx', { filters: { kind: 'page' } }));
  }

  /**
   * Runs a state. Resolves to empty lists when there is nothing to search for.
   * @param withCounts whether filter counts are wanted; they need Pagefind's whole filter index, which the
   *   header dialog (no filters) never loads
   * @param rerankDepth how many of the first remark results the second ranking pass orders
   * @param wanted asked once Pagefind has answered: false when the reader has typed on, so the result
   *   data the second pass reads is not fetched for a list nobody will see
   */
  async run(state: SearchState, withCounts = true, rerankDepth = RERANK_DEPTH, wanted: () => boolean = () => true): Promise<Outcome> {
    // Without the filter index loaded, a search counts only the filters it uses.
    if (withCounts)
      await (this.filtersLoaded ??= this.call(this.pagefind.filters()).catch((error: unknown) => {
        this.filtersLoaded = undefined;
        throw error;
      }));
    const parsed = parseQuery(state.query);
    const term = !searchable(parsed.words) ? null : parsed.wholePhrase ? `"${parsed.phrases[0]}"` : parsed.words;
    const chosen: Filters = {};
    for (const key of FILTER_KEYS) if (state.filters[key]?.length) chosen[key] = { any: state.filters[key]! };
    const filtered = Object.keys(chosen).length > 0;
    const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, {}])) as Outcome['counts'];
    const terms = highlightTerms(state.query);
    if (term === null && !filtered) return { remarks: EMPTY, pages: EMPTY, counts, truncated: false, near: false };

    const phrases = term === null ? [] : parsed.phrases;
    const remarkFilters: Filters = { kind: 'remark', ...chosen };
    // Remarks and pages are searched side by side: their index chunks and fragments load together.
    const [main, pages] = await Promise.all([
      this.candidates(term, phrases, remarkFilters, parsed.words, rerankDepth, wanted),
      // Pages keep Pagefind's order: a page's data is its whole text (a speaker page of a large event is tens of KB).
      term !== null && !filtered ? this.candidates(term, phrases, { kind: 'page' }, null) : null,
    ]);
    for (const key of withCounts ? FILTER_KEYS : []) {
      const { [key]: own, ...others } = remarkFilters;
      // A chosen filter's counts come from a search without it: what ticking one more value would add.
      counts[key] = tally(own ? await this.candidates(term, phrases, others, null) : main, key);
    }
    return {
      remarks: list(main, 'remark', terms),
      pages: pages ? list(pages, 'page', terms) : EMPTY,
      counts,
      truncated: main.kind === 'checked' && main.truncated,
      near: main.kind === 'ranked' && main.near === true,
    };
  }

  /**
   * The results for a term and filters: ranked (Pagefind's order, then the second pass over the first
   * `depth` for the query's `words`; none for counts only), or, with phrases, checked against each
   * result's text.
   */
  private async candidates(
    term: string | null,
    phrases: string[],
    filters: Filters,
    words: string | null,
    depth = 0,
    wanted: () => boolean = () => true,
  ): Promise<Candidates> {
    // An empty query lists remarks in event order (the records' zero-padded `order` sort key).
    const search = await this.call(this.pagefind.search(term, { filters, sort: term === null ? { order: 'asc' } : undefined }));
    const results = search?.results ?? [];
    if (!phrases.length) {
      const ranked = results.map((result) => {
        let data: Promise<PagefindData> | undefined;
        return { result, data: () => (data ??= this.call(result.data())) };
      });
      const query = words === null || term === null ? [] : rankWords(words);
      if (!query.length || !depth || !wanted()) return { kind: 'ranked', results: ranked, counts: search?.filters ?? {} };
      const head = ranked.slice(0, depth);
      const keys = new Map(await Promise.all(head.map(async (r) => [r, rankKeys(query, rankInput(await r.data()))] as const)));
      const near = head.length > 0 && ![...keys.values()].some((k) => k.covered);
      return {
        kind: 'ranked',
        results: [...rerank(head, (r) => keys.get(r)!), ...ranked.slice(depth)],
        counts: search?.filters ?? {},
        near,
      };
    }
    const data = await Promise.all(results.slice(0, PHRASE_CHECK_LIMIT).map((r) => this.call(r.data())));
    return {
      kind: 'checked',
      data: data.filter((d) => phrases.every((p) => containsPhrase(ownText(d), p))),
      truncated: results.length > PHRASE_CHECK_LIMIT,
    };
  }
}

const EMPTY: ResultList = { total: 0, load: async () => [] };

/** How many words of a record are its own text: a remark's words before its speaker-and-topic block (`bodyWords`), or all of a page's. */
function ownWords(data: PagefindData): number {
  const bodyWords = Number(data.meta.bodyWords);
  return Number.isFinite(bodyWords) ? bodyWords : Infinity;
}

/** A record's own text (see `ownWords`). */
const ownText = (data: PagefindData): string => data.content.split(/\s+/).slice(0, ownWords(data)).join(' ');

/** What the second ranking pass reads of a record. */
const rankInput = (data: PagefindData) => ({ ownText: ownText(data), speaker: data.meta.speaker ?? '' });

function tally(candidates: Candidates, key: FilterKey): Record<string, number> {
  if (candidates.kind === 'ranked') return candidates.counts[key] ?? {};
  const counts: Record<string, number> = {};
  for (const d of candidates.data) for (const value of d.filters[key] ?? []) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function list(candidates: Candidates, kind: Hit['kind'], terms: string[]): ResultList {
  if (candidates.kind === 'checked') {
    return { total: candidates.data.length, load: async (from, to) => candidates.data.slice(from, to).map((d) => toHit(d, kind, terms)) };
  }
  return {
    total: candidates.results.length,
    load: (from, to) => Promise.all(candidates.results.slice(from, to).map(async (r) => toHit(await r.data(), kind, terms))),
  };
}

function toHit(data: PagefindData, kind: Hit['kind'], terms: string[]): Hit {
  return {
    kind,
    href: landingHref(data.url, terms),
    title: data.meta.title ?? data.url,
    speaker: data.meta.speaker,
    topics: data.meta.topics,
    part: data.meta.part,
    excerpt: cutExcerpt(data.content, data.locations, ownWords(data)),
  };
}
