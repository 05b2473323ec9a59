import { describe, expect, it } from 'vitest';
import { clauseStarts, coordinateStarts, holderStarts, pronounAt, pronounHolder } from '../../src/lib/draft/subject';

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

describe('holderStarts', () => {
  const holderOf = (text: string) => holderStarts(text).map((h) => [text.slice(h.at, h.at + 4), h.form]);

  it('finds the holder of a view named at the start, or after "according to" anywhere', () => {
    expect(holderOf('According to Moss, fares rise.')).toEqual([['Moss', 'plain']]);
    expect(holderOf('Fares rise, according to Moss, when fuel costs do.')).toEqual([['Moss', 'plain']]);
    expect(holderOf('Fares will rise, according to Moss.')).toEqual([['Moss', 'plain']]);
    expect(holderOf('In the opinion of one delegate, fares rise.')).toEqual([['one ', 'plain']]);
  });

  it('finds a possessive holder ("In Moss’s view", "Moss’s main point was") and "As Moss put it"', () => {
    expect(holderOf('In Moss’s view, fares rise.')).toEqual([['Moss', 'possessive']]);
    expect(holderOf("Moss's main point was that fares rise.")).toEqual([['Moss', 'possessive']]);
    expect(holderOf('As Moss put it, fares rise.')).toEqual([['Moss', 'as-clause']]);
    expect(holderOf('In his view, fares rise.')).toEqual([]);
  });
});

describe('pronounHolder', () => {
  it('recognises "In his view", "In her words" as the current speaker going on', () => {
    expect(['In his view, fares rise.', 'In her words, fares rise.', 'In the past, fares rose.'].map(pronounHolder)).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('coordinateStarts', () => {
  it('offers the start of each further clause: after a comma, semicolon, colon or quotation mark, and after "and", "while"', () => {
    const text = 'Lane said "no," and Moss added yes; Kim disagreed, while Roe agreed.';
    expect(coordinateStarts(text, 4).map((at) => text.slice(at, at + 3))).toEqual(['Mos', 'Kim', 'Roe']);
  });
});
