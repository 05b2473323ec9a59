import { describe, expect, it } from 'vitest';
import { cutExcerpt } from '../../src/lib/search/excerpt';
import { containsPhrase, highlightTerms, parseQuery, searchable } from '../../src/lib/search/query';
import { termRanges } from '../../src/lib/search/terms';

describe('parseQuery', () => {
  it('tells a whole quoted phrase, which Pagefind searches exactly, from words mixed with phrases', () => {
    expect(parseQuery('"rapid response"')).toEqual({ words: 'rapid response', phrases: ['rapid response'], wholePhrase: true });
    expect(parseQuery('  “proactive contribution”  ')).toEqual({
      words: 'proactive contribution',
      phrases: ['proactive contribution'],
      wholePhrase: true,
    });
    expect(parseQuery('Holt "rapid response" Japan')).toEqual({
      words: 'Holt rapid response Japan',
      phrases: ['rapid response'],
      wholePhrase: false,
    });
    expect(parseQuery('"a" "b"').wholePhrase).toBe(false);
    expect(parseQuery('Hiroshima')).toEqual({ words: 'Hiroshima', phrases: [], wholePhrase: false });
  });

  it('drops symbols, which Pagefind never indexes, and leaves punctuation, which it drops on both sides', () => {
    expect(parseQuery('<100')).toEqual({ words: '100', phrases: [], wholePhrase: false });
    expect(parseQuery('"fewer than <100 people"')).toEqual({
      words: 'fewer than 100 people',
      phrases: ['fewer than 100 people'],
      wholePhrase: true,
    });
    expect(parseQuery('$5 a+b = c').words).toBe('5 ab c');
    expect(parseQuery('9,000 85% US-Japan G4').words).toBe('9,000 85% US-Japan G4');
    expect(parseQuery('"<" > =')).toEqual({ words: '', phrases: [], wholePhrase: false });
    expect(highlightTerms('<100')).toEqual(['100']);
  });

  it('gives the words to highlight, lower-cased, without one-letter words, repeats or edge punctuation', () => {
    expect(highlightTerms('"Rapid Response" a japan, Japan 85% 9,000.')).toEqual(['rapid', 'response', 'japan', '85%', '9,000']);
    expect(highlightTerms('US-Japan All–Japan')).toEqual(['us', 'japan', 'all']);
  });

  it('finds a phrase as consecutive words, ignoring case and punctuation', () => {
    expect(containsPhrase('on the UN Security Council, which', 'security council')).toBe(true);
    expect(containsPhrase('on the UN Security Council, which', 'council which')).toBe(true);
    expect(containsPhrase('Security and the Council', 'security council')).toBe(false);
    expect(containsPhrase('almost 9,000 people', '9,000 people')).toBe(true);
    expect(containsPhrase('almost 9 000 people', '9,000')).toBe(false);
    expect(containsPhrase('anything', '"')).toBe(false);
  });

  it('tells a query with something to search for from quotes and symbols alone', () => {
    expect(searchable('"')).toBe(false);
    expect(searchable('"" %&')).toBe(false);
    expect(searchable('G4')).toBe(true);
    expect(searchable('日本')).toBe(true);
  });
});

describe('termRanges', () => {
  const marked = (text: string, terms: string[]) => termRanges(text, terms).map(([a, b]) => text.slice(a, b));

  it('marks whole words that start with a query word, ignoring case and accents', () => {
    expect(marked('Training in Hiroshima; trainees train.', ['train'])).toEqual(['Training', 'trainees', 'train']);
    expect(marked('Café and cafe', ['cafe'])).toEqual(['Café', 'cafe']);
    expect(marked('Japan’s role', ['japan'])).toEqual(['Japan’s']);
  });

  it('keeps numbers with commas and percent signs whole, and splits hyphenated words', () => {
    expect(marked('almost 9,000 people; 85% of them.', ['9,000', '85%'])).toEqual(['9,000', '85%']);
    expect(marked('US-Japan cooperation', ['japan'])).toEqual(['Japan']);
  });

  it('compares words by their letters and digits, as Pagefind indexes them', () => {
    expect(marked('judged by 100% success, not 1000 or 10', ['100'])).toEqual(['100%']);
    expect(marked('almost 9,000 people', ['9000'])).toEqual(['9,000']);
    expect(marked('Lane’s view', ["lane's"])).toEqual(['Lane’s']);
  });

  it('matches words under four letters whole, so "un" does not mark "unknown"', () => {
    expect(marked('the UN remains unknown and unrealistic', ['un'])).toEqual(['UN']);
    expect(marked('the US and USA', ['us'])).toEqual(['US']);
  });

  it('marks nothing for no terms or no match', () => {
    expect(termRanges('anything', [])).toEqual([]);
    expect(termRanges('anything', ['zzz'])).toEqual([]);
  });
});

describe('cutExcerpt', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  const text = (e: ReturnType<typeof cutExcerpt>) => e.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

  it('cuts a window around the densest matches and marks them', () => {
    const excerpt = cutExcerpt(words, [2, 60, 62, 64], Infinity, 10);
    expect(text(excerpt)).toBe('w58 w59 [w60] w61 [w62] w63 [w64] w65 w66 w67');
    expect(excerpt.cutStart).toBe(true);
    expect(excerpt.cutEnd).toBe(true);
  });

  it('leaves out words from bodyWords on (the speaker-and-topic block of a remark record)', () => {
    const content = 'She said the mandate matters. Victoria Holt · US–Japan cooperation';
    const excerpt = cutExcerpt(content, [6], 5, 30);
    expect(text(excerpt)).toBe('She said the mandate matters.');
    expect(excerpt.cutEnd).toBe(false);
    expect(text(cutExcerpt(content, [3, 6], 5, 30))).toBe('She said the [mandate] matters.');
  });

  it('marks the word without the punctuation around it', () => {
    expect(text(cutExcerpt('a reasonable mandate, it is “Hiroshima”.', [2, 5], Infinity, 30))).toBe(
      'a reasonable [mandate], it is “[Hiroshima]”.',
    );
  });

  it('starts at the beginning when nothing in the text matched', () => {
    const excerpt = cutExcerpt(words, [], Infinity, 3);
    expect(text(excerpt)).toBe('w0 w1 w2');
    expect(excerpt).toMatchObject({ cutStart: false, cutEnd: true });
  });

  it('does not run past the end of a short text', () => {
    expect(text(cutExcerpt('one two three', [2], Infinity, 30))).toBe('one two [three]');
  });
});
