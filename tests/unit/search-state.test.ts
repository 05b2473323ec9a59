import { describe, expect, it } from 'vitest';
import { hasSearch, readSearchState, searchStateHref, toggleFilter } from '../../src/lib/search/state';
import { landingHref, landingTerms } from '../../src/lib/search/landing';

describe('search state in the URL', () => {
  it('reads the query and repeated filters, dropping blanks, repeats and unknown parameters', () => {
    const state = readSearchState('/search/?q=%20mandate%20&speaker=holt&speaker=&speaker=holt&speaker=hoshino&part=qa&utm=x');
    expect(state).toEqual({ query: 'mandate', filters: { speaker: ['holt', 'hoshino'], part: ['qa'] } });
  });

  it('writes filters in a fixed order after q, under the search page href it is given', () => {
    const href = searchStateHref('/sub/search/', {
      query: 'rapid response',
      filters: { part: ['qa'], speaker: ['holt', 'audience-member'] },
    });
    expect(href).toBe('/sub/search/?q=rapid+response&speaker=holt&speaker=audience-member&part=qa');
    expect(searchStateHref('/search', { query: '', filters: {} })).toBe('/search');
  });

  it('round-trips any state through its URL', () => {
    const state = { query: '“9,000” & 85%', filters: { topic: ['us-japan-cooperation', 'charter-reform'], speaker: ['holt'] } };
    expect(readSearchState(`http://h${searchStateHref('/search/', state)}`)).toEqual(state);
  });

  it('toggles one filter value, removing the filter when its last value goes', () => {
    let state = toggleFilter({ query: 'x', filters: {} }, 'speaker', 'holt', true);
    state = toggleFilter(state, 'speaker', 'uesugi', true);
    expect(state.filters.speaker).toEqual(['holt', 'uesugi']);
    state = toggleFilter(toggleFilter(state, 'speaker', 'holt', false), 'speaker', 'uesugi', false);
    expect(state.filters).toEqual({});
    expect(hasSearch(state)).toBe(true);
    expect(hasSearch({ query: '', filters: {} })).toBe(false);
    expect(hasSearch({ query: '', filters: { part: ['qa'] } })).toBe(true);
  });
});

describe('landing URLs', () => {
  it('puts the words before the fragment, keeping an existing query', () => {
    expect(landingHref('/topics/x/#holt-y', ['mandate', '9,000'])).toBe('/topics/x/?hl=mandate%209%2C000#holt-y');
    expect(landingHref('/a-z/?k=1', ['akashi'])).toBe('/a-z/?k=1&hl=akashi');
    expect(landingHref('/speakers/holt/#r', [])).toBe('/speakers/holt/#r');
  });

  it('reads back the words it wrote', () => {
    expect(landingTerms(new URL(landingHref('http://h/topics/x/#r', ['rapid', 'response'])))).toEqual(['rapid', 'response']);
    expect(landingTerms(new URL('http://h/topics/x/'))).toEqual([]);
  });
});
