import { describe, expect, it } from 'vitest';
import { namesEnd, namesIn } from '../../src/lib/draft/names';

describe('namesIn', () => {
  it('finds names with an honorific, or of two or more capitalised words, with their offsets', () => {
    const text = 'The panel heard Dr. Lane, Bea Moss and Prof. Cy de Kim.';
    expect(namesIn(text).map((n) => [n.name, n.honorific, text.slice(n.start, n.end)])).toEqual([
      ['Lane', 'Dr.', 'Dr. Lane'],
      ['Bea Moss', undefined, 'Bea Moss'],
      ['Cy de Kim', 'Prof.', 'Prof. Cy de Kim'],
    ]);
  });

  it('skips organisations, places and dates, and drops a sentence opener in front of a name', () => {
    expect(namesIn('On April 20, the Stimson Center and South Africa met. Yesterday Victoria Holt spoke.').map((n) => n.name)).toEqual([
      'Victoria Holt',
    ]);
  });

  it('skips a capitalised name after "the", which names a place or body', () => {
    expect(namesIn('The talk was held at the Old Mill Theatre by Omar Pike.').map((n) => n.name)).toEqual(['Omar Pike']);
  });

  it('skips a quoted title and a name after a title of office', () => {
    expect(namesIn('A talk titled “Saving Grace Harbor” by Ada Lane mentioned President Tom Reed.').map((n) => n.name)).toEqual([
      'Ada Lane',
    ]);
  });

  it('reads a full rank as an honorific, after which a surname may be a place word', () => {
    expect(namesIn('The second panel heard Colonel Min-ho Hall and Captain Ari Lake.').map((n) => [n.name, n.honorific])).toEqual([
      ['Min-ho Hall', 'Colonel'],
      ['Ari Lake', 'Captain'],
    ]);
  });

  it('accepts a surname that is also a place word when the other words are names, but not a place', () => {
    expect(namesIn('Ellen Park spoke near Central Park.').map((n) => n.name)).toEqual(['Ellen Park']);
  });

  it('skips a title in title case: five or more capitalised words, or a subtitle opening with How or Why', () => {
    expect(namesIn('She wrote Salt Roads: Why Coastal Towns Outlast Empires, with Omar Pike.').map((n) => n.name)).toEqual(['Omar Pike']);
    expect(namesIn('The Long Quiet Winter Harbor Story was read by Omar Pike.').map((n) => n.name)).toEqual(['Omar Pike']);
  });

  it('skips an organisation named after a person and "of"', () => {
    expect(namesIn('Omar Pike of Tern Logistics spoke.').map((n) => n.name)).toEqual(['Omar Pike']);
  });
});

describe('namesEnd', () => {
  it('ends after the last of several names, however long the first one is', () => {
    const text = 'Hartwell and Kim agreed that tolls work.';
    expect(text.slice(namesEnd(text, ['Hartwell', 'Kim']))).toBe(' agreed that tolls work.');
  });

  it('counts only whole words, and gives -1 when no name occurs', () => {
    expect(namesEnd('The planes left; Lane said so.', ['Lane'])).toBe(21);
    expect(namesEnd('Nobody spoke.', ['Lane'])).toBe(-1);
  });
});
