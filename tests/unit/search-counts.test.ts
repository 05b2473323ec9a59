import { describe, expect, it } from 'vitest';
import { foundAndShown } from '../../src/lib/search/counts';

describe('foundAndShown', () => {
  it('says what was found and, when a list is cut, what of each is shown, so the figures add up', () => {
    expect(foundAndShown({ total: 5, shown: 5 }, { total: 6, shown: 3 })).toBe(
      '5 remarks and 6 pages; showing the 5 remarks and 3 of the pages.',
    );
    expect(foundAndShown({ total: 12, shown: 8 }, { total: 2, shown: 2 })).toBe(
      '12 remarks and 2 pages; showing 8 of the remarks and the 2 pages.',
    );
    expect(foundAndShown({ total: 1, shown: 1 }, { total: 4, shown: 3 })).toBe(
      '1 remark and 4 pages; showing the remark and 3 of the pages.',
    );
  });

  it('says only the totals when everything is shown, and leaves out an empty list', () => {
    expect(foundAndShown({ total: 2, shown: 2 }, { total: 1, shown: 1 })).toBe('2 remarks and 1 page.');
    expect(foundAndShown({ total: 0, shown: 0 }, { total: 3, shown: 3 })).toBe('3 pages.');
    expect(foundAndShown({ total: 9, shown: 8 }, { total: 0, shown: 0 })).toBe('9 remarks; showing 8 of the remarks.');
  });
});
