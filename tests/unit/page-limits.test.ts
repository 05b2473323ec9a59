import { describe, expect, it } from 'vitest';
import { firstOf, paginate } from '../../src/lib/page-limits';

describe('firstOf', () => {
  it('keeps a short list whole and says nothing is left out', () => {
    expect(firstOf(['a', 'b'], 6)).toEqual({ shown: ['a', 'b'], more: 0 });
  });

  it('cuts a long list at the limit and counts the rest', () => {
    expect(firstOf(['a', 'b', 'c', 'd'], 2)).toEqual({ shown: ['a', 'b'], more: 2 });
  });

  it('treats a limit of zero or less as showing nothing', () => {
    expect(firstOf(['a', 'b'], 0)).toEqual({ shown: [], more: 2 });
    expect(firstOf(['a', 'b'], -1)).toEqual({ shown: [], more: 2 });
  });
});

describe('paginate', () => {
  it('cuts a list into numbered pages, each knowing where it starts', () => {
    expect(paginate(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      { number: 1, start: 0, items: ['a', 'b'] },
      { number: 2, start: 2, items: ['c', 'd'] },
      { number: 3, start: 4, items: ['e'] },
    ]);
  });

  it('gives a short list one page, and an empty list one empty page', () => {
    expect(paginate(['a'], 100)).toEqual([{ number: 1, start: 0, items: ['a'] }]);
    expect(paginate([], 100)).toEqual([{ number: 1, start: 0, items: [] }]);
  });
});
