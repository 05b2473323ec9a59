import { describe, expect, it } from 'vitest';
import { contentWords, createIdAllocator, slugWords } from '../../src/lib/draft/ids';
import { ID_PATTERN } from '../../src/lib/content-model';

describe('slugWords', () => {
  it('lowercases, removes accents and possessives, and splits at punctuation', () => {
    expect(slugWords('Japan’s Peace-building, Ünal')).toEqual(['japan', 'peace', 'building', 'unal']);
  });
});

describe('contentWords', () => {
  it('drops stop words, reporting verbs and the given names', () => {
    expect(contentWords('Lane said that the bridges need care.', ['Ada Lane'])).toEqual(['bridges', 'need', 'care']);
  });

  it('never starts with a number, so an id built from it starts with a letter', () => {
    expect(contentWords('2015 was the year budgets fell.')).toEqual(['year', 'budgets', 'fell']);
  });
});

describe('createIdAllocator', () => {
  it('builds a prefix and three content words, then falls back to two, four, and a number', () => {
    const ids = createIdAllocator();
    const words = ['bridges', 'need', 'care', 'now'];
    expect(ids.take(['lane'], words)).toBe('lane-bridges-need-care');
    expect(ids.take(['lane'], words)).toBe('lane-bridges-need');
    expect(ids.take(['lane'], words)).toBe('lane-bridges-need-care-now');
    expect(ids.take(['lane'], words)).toBe('lane-bridges-need-care-now-2');
  });

  it('never hands out a reserved id, and every id it makes is a valid content id', () => {
    const ids = createIdAllocator();
    ids.reserve('first-panel');
    const id = ids.take([], ['first', 'panel']);
    expect(id).not.toBe('first-panel');
    expect(id).toMatch(ID_PATTERN);
    expect(ids.take([], [], 'Q & A!')).toMatch(ID_PATTERN);
  });
});
