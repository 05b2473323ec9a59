import { describe, expect, it } from 'vitest';
import { reviewMarkdown, shorten } from '../../src/lib/draft/review';

describe('reviewMarkdown', () => {
  it('lists the most doubtful items first, each with its file:line and quote', () => {
    const text = reviewMarkdown(
      [
        { severity: 3, place: { person: 'lane' }, message: 'role guessed.' },
        { severity: 1, place: { file: 'event.mdx', field: 'title' }, message: 'title: TODO.', quote: 'On May 1, a talk.' },
      ],
      (place) => ('person' in place ? 'speakers/lane.mdx:2' : 'event.mdx:2'),
    );
    const items = text.split('\n').filter((l) => l.startsWith('- [ ]'));
    expect(items).toEqual(['- [ ] `event.mdx:2` title: TODO. — “On May 1, a talk.”', '- [ ] `speakers/lane.mdx:2` role guessed.']);
    expect(text.indexOf('## Check first')).toBeLessThan(text.indexOf('## Quick look'));
  });

  it('says so when nothing was uncertain', () => {
    expect(reviewMarkdown([], () => '')).toContain('Nothing was uncertain');
  });
});

describe('shorten', () => {
  it('cuts a long quote at a word boundary', () => {
    expect(shorten('one two three four', 10)).toBe('one two …');
  });
});
