import { describe, expect, it } from 'vitest';
import { firstOf } from '../../src/lib/page-limits';

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
