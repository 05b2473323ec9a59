import { describe, expect, it } from 'vitest';
import {
  describeFound,
  filterSummary,
  historyEntry,
  initialPageState,
  moreLabel,
  reduce,
  type Action,
  type PageState,
} from '../../src/lib/search/page-state';

const run = (actions: Action[], from: PageState = initialPageState) => actions.reduce(reduce, from);
const ready = run([{ type: 'engine-loading' }, { type: 'engine-ready' }]);
const found = { remarks: 45, pages: 12, pagesShown: 10, shown: 20, near: false, truncated: false, labels: [] };

describe('the search page’s state', () => {
  it('says the index is loading until it has, and then what to type when there is nothing to search', () => {
    expect(run([{ type: 'engine-loading' }]).status).toBe('Loading the search index…');
    expect(ready.status).toBe('Type a word or a name, or pick a speaker, topic or part of the event.');
    expect(run([{ type: 'query', query: '?!' }], ready).status).toBe('Nothing to search for in “?!”: type a word or a name.');
  });

  it('keeps a URL’s search while the index loads, and waits for the search rather than saying there is nothing to find', () => {
    const state = run([
      { type: 'url', search: { query: 'Hiroshima', filters: {} }, unknown: [] },
      { type: 'engine-loading' },
      { type: 'engine-ready' },
    ]);
    expect(state.search.query).toBe('Hiroshima');
    expect(state.status).toBe('Loading the search index…');
  });

  it('names the filter values from the URL it ignored, after whatever the status says, until the reader changes the search', () => {
    const state = run(
      [
        { type: 'url', search: { query: 'x', filters: {} }, unknown: [{ key: 'speaker', value: 'nobody' }] },
        { type: 'found', found: { ...found, remarks: 1, shown: 1, pages: 0 } },
      ],
      ready,
    );
    expect(state.status).toBe('1 remark found for “x”. Ignored unknown filter speaker=nobody.');
    expect(run([{ type: 'query', query: 'y' }], state).notice).toBe('');
  });

  it('describes results by what was searched: words, filters, event order, a checked phrase, near matches', () => {
    expect(describeFound('mandate', found)).toBe('45 remarks and 12 pages (first 10 shown) found for “mandate”.');
    expect(describeFound('', { ...found, pages: 0, labels: ['Victoria Holt', 'Q&A'] })).toBe(
      '45 remarks found with filters: Victoria Holt, Q&A, in event order.',
    );
    expect(describeFound('"the mission"', { ...found, pages: 0, truncated: true })).toBe(
      '45 remarks found for “"the mission"” (the phrase was checked in the first 500 matches only).',
    );
    expect(describeFound('aprrp', { ...found, pages: 0, near: true })).toMatch(
      /^No remark holds every word of “aprrp”\. Near matches: 45 remarks found/,
    );
  });

  it('offers Retry after a failure that trying again can mend, and takes it away when a search starts', () => {
    const failed = run([{ type: 'failed', message: 'Search did not answer.', retry: true }], ready);
    expect([failed.status, failed.retry, failed.engine]).toEqual(['Search did not answer.', true, 'ready']);
    expect(run([{ type: 'searching' }], failed).retry).toBe(false);
    expect(run([{ type: 'engine-loading' }, { type: 'failed', message: 'No index.', retry: false }]).engine).toBe('failed');
  });

  it('counts what "Show more" has left, and nothing once every remark is shown', () => {
    const shown = run(
      [
        { type: 'query', query: 'x' },
        { type: 'found', found },
      ],
      ready,
    );
    expect(moreLabel(shown)).toBe('Show more remarks (25 more)');
    expect(
      moreLabel(
        run(
          [
            { type: 'more', added: 20 },
            { type: 'more', added: 5 },
          ],
          shown,
        ),
      ),
    ).toBeNull();
  });

  it('adds a history entry for Enter, a cleared query and a filter change, but not for each key typed', () => {
    const typed = run([{ type: 'query', query: 'Holt' }], ready);
    expect(historyEntry(typed, { type: 'query', query: 'Holt m' })).toBe('replace');
    expect(historyEntry(typed, { type: 'query', query: 'Holt', submitted: true })).toBe('push');
    expect(historyEntry(typed, { type: 'query', query: '' })).toBe('push');
    expect(historyEntry(ready, { type: 'query', query: '' })).toBe('replace');
    expect(historyEntry(typed, { type: 'filter', key: 'part', value: 'qa', on: true })).toBe('push');
  });

  it('ticks and unticks filter values, and says how many are set', () => {
    const state = run(
      [
        { type: 'filter', key: 'speaker', value: 'holt', on: true },
        { type: 'filter', key: 'part', value: 'qa', on: true },
      ],
      ready,
    );
    expect(filterSummary(state.search)).toBe(' (2 selected)');
    const cleared = run(
      [
        { type: 'filter', key: 'speaker', value: 'holt', on: false },
        { type: 'filter', key: 'part', value: 'qa', on: false },
      ],
      state,
    );
    expect(cleared.search.filters).toEqual({});
    expect(filterSummary(cleared.search)).toBe('');
  });
});
