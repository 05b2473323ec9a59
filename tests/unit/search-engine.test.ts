/**
 * The search engine (src/scripts/search/engine.ts) against a fake Pagefind: a small object with the calls
 * the engine makes (options, init, filters, search, preload; results with data()), over a handful of
 * invented records, so each rule of the engine shows in a case small enough to read. The fake matches a
 * term as Pagefind would for these records (any record holding a query word); ranking and phrase checks
 * are the engine's own.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IndexMissing, SearchEngine, SearchTimeout } from '../../src/scripts/search/engine';

interface Data {
  url: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  filters: Record<string, string[]>;
}
type Filters = Record<string, string | { any: string[] }>;

/** A remark record: its own words, then the speaker-and-topic block Pagefind also indexes (records.ts). */
function remark(id: string, speaker: string, own: string, filters: Record<string, string[]>, order: number): Data {
  const ownWords = own.split(/\s+/).length;
  return {
    url: `/speakers/${speaker.toLowerCase()}/#${id}`,
    content: `${own} ${speaker} ${(filters.topic ?? []).join(' ')}`,
    meta: { title: `${speaker}: remark`, speaker, bodyWords: String(ownWords), order: String(order).padStart(4, '0') },
    locations: [0],
    filters: { kind: ['remark'], speaker: [speaker.toLowerCase()], ...filters },
  };
}

const RECORDS: Data[] = [
  // Names Cambodia only in its topic block: Pagefind finds it, but the remark does not say the word.
  remark('holt-1', 'Holt', 'peacekeepers need training before deployment', { topic: ['cambodia'], part: ['qa'] }, 2),
  remark('uesugi-1', 'Uesugi', 'in Cambodia the first mission trained engineers', { topic: ['lessons'], part: ['presentation'] }, 1),
  remark('ito-1', 'Ito', 'rapid response to crises needs rapid deployment', { topic: ['lessons'], part: ['qa'] }, 3),
  remark('ito-2', 'Ito', 'a response that is rapid in name only', { topic: ['lessons'], part: ['qa'] }, 4),
  { url: '/topics/cambodia/', content: 'Cambodia lessons page', meta: { title: 'Cambodia' }, locations: [0], filters: { kind: ['page'] } },
];

const matchesFilters = (d: Data, filters: Filters = {}) =>
  Object.entries(filters).every(([key, want]) => (typeof want === 'string' ? [want] : want.any).some((v) => d.filters[key]?.includes(v)));

/** Calls the engine made, and a fake Pagefind that answers them (or, for the calls named in `hang`, never does). */
function fakePagefind(hang: Array<'init' | 'search'> = []) {
  const calls: Array<{ call: string; term?: string | null | undefined; filters?: Filters | undefined; sort?: unknown; options?: unknown }> =
    [];
  const never = new Promise<never>(() => {});
  const pagefind = {
    options: async (options: unknown) => void calls.push({ call: 'options', options }),
    init: () => (calls.push({ call: 'init' }), hang.includes('init') ? never : Promise.resolve()),
    filters: async () => (calls.push({ call: 'filters' }), {}),
    preload: async () => {},
    search(term: string | null, o: { filters?: Filters | undefined; sort?: Record<string, string> } = {}) {
      calls.push({ call: 'search', term, filters: o.filters, sort: o.sort });
      if (hang.includes('search')) return never;
      const words = term === null ? [] : term.toLowerCase().replaceAll('"', '').split(/\s+/);
      let found = RECORDS.filter(
        (d) => matchesFilters(d, o.filters) && (term === null || words.some((w) => d.content.toLowerCase().includes(w))),
      );
      if (o.sort?.order) found = [...found].sort((a, b) => a.meta.order!.localeCompare(b.meta.order!));
      const counts: Record<string, Record<string, number>> = {};
      for (const d of found)
        for (const [key, values] of Object.entries(d.filters)) for (const v of values) (counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1;
      return Promise.resolve({ results: found.map((d, i) => ({ id: d.url, score: 1 - i / 10, data: async () => d })), filters: counts });
    },
  };
  return { pagefind, calls };
}

const load = (pagefind: unknown, timeoutMs = 1000) => SearchEngine.load('/pagefind/', timeoutMs, async () => pagefind);

beforeEach(() => {
  vi.stubGlobal('location', new URL('https://site.test/search/'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('loading the index', () => {
  it('turns Pagefind’s metadata boost off before it starts, so speaker and topic fields cannot outrank a remark’s words', async () => {
    const { pagefind, calls } = fakePagefind();
    await load(pagefind);
    expect(calls.map((c) => c.call)).toEqual(['options', 'init']);
    expect(calls[0]!.options).toEqual({ ranking: { metaWeights: { title: 0, speaker: 0, topics: 0, part: 0 } } });
  });

  it('asks for the bundle’s pagefind.js below the base, and under a new address after a failed attempt', async () => {
    const asked: string[] = [];
    const importer = async (url: string) => {
      asked.push(url);
      throw new Error('404');
    };
    await expect(SearchEngine.load('/sub/pagefind/', 1000, importer)).rejects.toBeInstanceOf(IndexMissing);
    await expect(SearchEngine.load('/sub/pagefind/', 1000, importer)).rejects.toBeInstanceOf(IndexMissing);
    expect(asked[0]).toMatch(/^https:\/\/site\.test\/sub\/pagefind\/pagefind\.js(\?attempt=\d+)?$/);
    expect(asked[1]).not.toBe(asked[0]);
  });

  it('reports the stand-in module of astro dev as a missing index that the dev server can serve after a build', async () => {
    const error = await load({ indexMissing: true, message: 'No search index yet' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexMissing);
    expect((error as IndexMissing).devServer).toBe(true);
    expect((error as Error).message).toBe('No search index yet');
  });

  it('gives up on a Pagefind that never finishes starting when the timeout has passed, and not before', async () => {
    vi.useFakeTimers();
    const { pagefind } = fakePagefind(['init']);
    let settled: unknown = 'pending';
    const loading = load(pagefind, 5000).then(
      () => 'loaded',
      (error: unknown) => error,
    );
    void loading.then((outcome) => (settled = outcome));
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBeInstanceOf(SearchTimeout);
  });
});

describe('running a search', () => {
  it('gives up with SearchTimeout on a search Pagefind never answers', async () => {
    vi.useFakeTimers();
    const { pagefind } = fakePagefind(['search']);
    const engine = await load(pagefind, 3000);
    const running = engine.run({ query: 'Cambodia', filters: {} }, false).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await running).toBeInstanceOf(SearchTimeout);
  });

  it('puts the remark that says the word ahead of one that only has it in its topic block, and lists pages apart', async () => {
    const { pagefind, calls } = fakePagefind();
    const engine = await load(pagefind);
    const found = await engine.run({ query: 'Cambodia', filters: {} }, false);
    const remarks = await found.remarks.load(0, 10);
    expect(remarks.map((h) => h.speaker)).toEqual(['Uesugi', 'Holt']);
    expect(found.near).toBe(false);
    const pages = await found.pages.load(0, 10);
    expect(pages.map((h) => h.title)).toEqual(['Cambodia']);
    // Remark and page searches are told apart by the `kind` filter, never mixed in one list.
    expect(calls.filter((c) => c.call === 'search').map((c) => c.filters)).toEqual([{ kind: 'remark' }, { kind: 'page' }]);
    // Each result leads to its anchor with the words to highlight.
    expect(remarks[0]!.href).toBe('/speakers/uesugi/?hl=cambodia#uesugi-1');
  });

  it('lists every remark of a filter in event order for an empty query, and no pages while a filter is set', async () => {
    const { pagefind, calls } = fakePagefind();
    const engine = await load(pagefind);
    const found = await engine.run({ query: '', filters: { topic: ['lessons'] } }, false);
    expect((await found.remarks.load(0, 10)).map((h) => h.href)).toEqual([
      '/speakers/uesugi/#uesugi-1',
      '/speakers/ito/#ito-1',
      '/speakers/ito/#ito-2',
    ]);
    expect(found.pages.total).toBe(0);
    expect(calls.find((c) => c.call === 'search')!.sort).toEqual({ order: 'asc' });
  });

  it('asks Pagefind for nothing when there is neither a word nor a filter', async () => {
    const { pagefind, calls } = fakePagefind();
    const engine = await load(pagefind);
    const found = await engine.run({ query: '…', filters: {} }, false);
    expect(found.remarks.total + found.pages.total).toBe(0);
    expect(calls.filter((c) => c.call === 'search')).toEqual([]);
  });

  it('keeps only the candidates whose own text holds a quoted phrase, words in another order not counting', async () => {
    const { pagefind } = fakePagefind();
    const engine = await load(pagefind);
    const found = await engine.run({ query: '"rapid response"', filters: {} }, false);
    expect(found.remarks.total).toBe(1);
    expect((await found.remarks.load(0, 10))[0]!.href).toContain('#ito-1');
  });

  it('counts a ticked filter’s values from a search without it: what ticking one more value would add', async () => {
    const { pagefind } = fakePagefind();
    const engine = await load(pagefind);
    const found = await engine.run({ query: 'deployment', filters: { part: ['qa'] } });
    // Both remarks saying "deployment" are Q&A, but the part counts ignore the part filter itself …
    expect(found.counts.part).toEqual({ qa: 2 });
    // … while the speaker counts follow it.
    expect(found.counts.speaker).toEqual({ holt: 1, ito: 1 });
    const all = await engine.run({ query: 'rapid', filters: { part: ['presentation'] } });
    expect(all.remarks.total).toBe(0);
    expect(all.counts.part).toEqual({ qa: 2 });
  });
});
