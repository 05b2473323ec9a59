import { describe, expect, it } from 'vitest';
import { rankKeys, rankWords, rerank, stem, wordMatches } from '../../src/lib/search/rank';

const keys = (query: string, ownText: string, speaker = '') => rankKeys(rankWords(query), { ownText, speaker });

describe('rankWords and stem', () => {
  it('splits as a reader reads: hyphens and symbols split, numbers with commas and percentages stay whole', () => {
    expect(rankWords('US-Japan <100 9,000 85% G4 Lane’s')).toEqual(['us', 'japan', '100', '9,000', '85%', 'g4', 'lane']);
    expect(rankWords('Négociations')).toEqual(['negociations']);
  });

  it('matches word forms by stem, and short words only whole', () => {
    expect(stem('missions')).toBe('mission');
    expect(stem('countries')).toBe('countr');
    expect(wordMatches('mission', 'missions')).toBe(true);
    expect(wordMatches('country', 'countries')).toBe(true);
    expect(wordMatches('peacekeepers', 'peacekeeping')).toBe(true);
    expect(wordMatches('unknown', 'un')).toBe(false);
    expect(wordMatches('un', 'un')).toBe(true);
  });
});

describe('rankKeys', () => {
  it('says a remark is covered only when its own text holds every query word', () => {
    expect(keys('security council', 'a seat on the Security Council').covered).toBe(true);
    expect(keys('security council', 'three things Japan has not changed').covered).toBe(false);
    expect(keys('security council', 'security matters to the council').covered).toBe(true);
  });

  it('counts a word that names the remark’s speaker as covered, and notes the speaker was named', () => {
    expect(keys('holt mandate', 'the mandate is broader', 'Victoria Holt')).toEqual({ covered: true, speakerNamed: true, adjacent: true });
    expect(keys('holt mandate', 'the mandate is broader', 'Yuji Uesugi')).toEqual({ covered: false, speakerNamed: false, adjacent: false });
  });

  it('tells adjacent words (a phrase) from scattered ones', () => {
    expect(keys('security council', 'the Security Council met').adjacent).toBe(true);
    expect(keys('security council', 'security, said the council').adjacent).toBe(false);
  });
});

describe('rerank', () => {
  it('puts covered before uncovered, a named speaker’s remarks first among them, phrases next, and keeps the given order among equals', () => {
    const items = [
      { id: 'topic-title-only', own: 'three things Japan has not changed', speaker: 'Hoshino' },
      { id: 'scattered', own: 'security, said the council', speaker: 'Uesugi' },
      { id: 'phrase', own: 'the Security Council met', speaker: 'Hoshino' },
      { id: 'phrase-2', own: 'a Security Council seat', speaker: 'Uesugi' },
      { id: 'by-holt', own: 'the Security Council should grow', speaker: 'Victoria Holt' },
      { id: 'mentions-holt', own: 'as Holt put it, the Security Council', speaker: 'Yuji Uesugi' },
    ];
    const order = (query: string) =>
      rerank(items, (i) => rankKeys(rankWords(query), { ownText: i.own, speaker: i.speaker })).map((i) => i.id);
    expect(order('security council')).toEqual(['phrase', 'phrase-2', 'by-holt', 'mentions-holt', 'scattered', 'topic-title-only']);
    // Only Holt's remark and the one that says "Holt" hold every word; the others keep their order below them.
    expect(order('holt security council')).toEqual(['by-holt', 'mentions-holt', 'topic-title-only', 'scattered', 'phrase', 'phrase-2']);
  });
});
