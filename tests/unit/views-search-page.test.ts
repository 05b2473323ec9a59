import { describe, expect, it } from 'vitest';
import { FILTER_LONG, FILTER_SHOWN } from '../../src/lib/search/filters';
import { searchPageView } from '../../src/lib/views/search-page';
import { eventData, withSpeakersOnRivers } from './views-fixture';

describe('searchPageView', () => {
  it('gives each value a checkbox id of its filter and value, and shows every value of a short filter', () => {
    const speaker = searchPageView(eventData()).filters.find((f) => f.key === 'speaker')!;
    const options = speaker.groups.flatMap((g) => g.options);
    expect(options.map((o) => o.id)).toContain('filter-speaker-ada');
    expect(speaker.long).toBe(false);
    expect(speaker.count).toBe(options.length);
    expect(options.every((o) => o.frequent)).toBe(true);
  });

  it(`makes a filter of more than ${FILTER_LONG} values long, showing ${FILTER_SHOWN} of them first`, () => {
    const speaker = searchPageView(eventData(withSpeakersOnRivers(FILTER_LONG))).filters.find((f) => f.key === 'speaker')!;
    expect(speaker.long).toBe(true);
    expect(speaker.count).toBeGreaterThan(FILTER_LONG);
    expect(speaker.groups.flatMap((g) => g.options).filter((o) => o.frequent)).toHaveLength(FILTER_SHOWN);
  });
});
