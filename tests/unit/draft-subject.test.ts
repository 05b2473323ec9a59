import { describe, expect, it } from 'vitest';
import { clauseStarts, pronounAt } from '../../src/lib/draft/subject';

describe('clauseStarts', () => {
  it('offers the start and the place after each introductory clause', () => {
    const text = 'To a question on bridges, Holt remarked that they are old.';
    expect(clauseStarts(text).map((at) => text.slice(at, at + 4))).toEqual(['To a', 'Holt']);
    const two = 'Particularly, on water, Lane said more.';
    expect(clauseStarts(two).map((at) => two.slice(at, at + 4))).toEqual(['Part', 'on w', 'Lane']);
  });

  it('does not look past a clause that is reported content or that opens with a noun', () => {
    expect(clauseStarts('Holt said that, in her view, Lane was right.')).toEqual([0]);
    expect(clauseStarts('The Stimson Center, with Holt, hosted it.')).toEqual([0]);
    expect(clauseStarts('As Lane put it: costs, Moss said, rise.')).toEqual([0]);
  });
});

describe('pronounAt', () => {
  it('recognises he, she and they in any case, and nothing else', () => {
    expect(['He said', 'she said', 'They said', 'Them', 'Hence'].map((t) => pronounAt(t, 0))).toEqual([true, true, true, false, false]);
  });
});
