import { describe, expect, it } from 'vitest';
import {
  findMentions,
  groupByLetter,
  mentionProblems,
  parseEntities,
  unmentioned,
  validateEntities,
  type Entity,
} from '../../src/lib/entities';

const FILE = 'content/entities.json';

/** Invented entities for the tests (not the event's). */
const person = (id: string, name: string, aliases: string[], sortKey?: string): Entity => ({
  id,
  name,
  kind: 'person',
  aliases,
  ...(sortKey ? { sortKey } : {}),
});

describe('validateEntities', () => {
  it('accepts well-formed entries and returns them', () => {
    const raw = [
      { id: 'ada-al', name: 'Ada Al', kind: 'person', aliases: ['Ada Al', 'Al'], sortKey: 'Al, Ada', note: 'Named as “Ada Al”.' },
      { id: 'riverland', name: 'Riverland', kind: 'place', aliases: ['Riverland'] },
    ];
    const out = validateEntities(raw, FILE);
    expect(out.problems).toEqual([]);
    expect(out.entities).toEqual(raw);
  });

  it('reports each malformed entry, naming the field, and drops it', () => {
    const out = validateEntities(
      [
        'just a string',
        { id: 'Ada_1', name: 'Ada', kind: 'person', aliases: ['Ada'] },
        { id: 'ben', kind: 'person', aliases: ['Ben'] },
        { id: 'cid', name: 'Cid', kind: 'country', aliases: ['Cid'] },
        { id: 'dot', name: 'Dot', kind: 'place', aliases: ['Dot'], colour: 'red' },
        { id: 'eve', name: 'Eve', kind: 'person', aliases: [] },
        { id: 'fay', name: 'Fay', kind: 'person', aliases: ['', ' Fay', 'Fay', 'Fay'] },
        { id: 'gus', name: 'Gus', kind: 'person', aliases: ['Gus'], sortKey: '' },
        { name: 'Hal', kind: 'person', aliases: ['Hal'] },
      ],
      FILE,
    );
    expect(out.entities).toEqual([]);
    expect(out.problems.every((p) => p.file === FILE)).toBe(true);
    expect(out.problems.map((p) => `${p.entity ?? '-'} ${p.field}`)).toEqual([
      '- (entry)',
      'Ada_1 id',
      'ben name',
      'cid kind',
      'dot colour',
      'eve aliases',
      'fay aliases', // ""
      'fay aliases', // " Fay"
      'fay aliases', // listed twice
      'gus sortKey',
      '- id',
    ]);
    expect(out.problems[3]!.message).toContain('"country" is not one of person, organisation, programme, place, group');
  });

  it('reports a duplicate id and an alias shared by two entities, keeping the first', () => {
    const out = validateEntities(
      [
        { id: 'g4-initiative', name: 'G4 initiative', kind: 'programme', aliases: ['G4 initiative', 'G4'] },
        { id: 'group-of-four', name: 'Group of four', kind: 'group', aliases: ['group of four', 'G4'] },
        { id: 'g4-initiative', name: 'Again', kind: 'programme', aliases: ['again'] },
      ],
      FILE,
    );
    expect(out.problems.map((p) => [p.entity, p.field])).toEqual([
      ['group-of-four', 'aliases'],
      ['g4-initiative', 'id'],
    ]);
    expect(out.problems[0]!.message).toContain('alias "G4" is also an alias of "g4-initiative"');
    expect(out.entities.map((e) => e.name)).toEqual(['G4 initiative']);
  });
});

describe('parseEntities', () => {
  it('names the line of the faulty field and suggests the key probably meant', () => {
    const text = [
      '[',
      '  { "id": "ada", "name": "Ada", "kind": "person", "aliases": ["Ada"] },',
      '  {',
      '    "id": "ben",',
      '    "name": "Ben",',
      '    "kind": "person",',
      '    "alias": ["Ben"]',
      '  }',
      ']',
    ].join('\n');
    const { entities, problems } = parseEntities(text, FILE);
    expect(entities.map((e) => e.id)).toEqual(['ada']);
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, field: 'aliases', entity: 'ben', message: expect.stringContaining('has no aliases') }),
      expect.objectContaining({
        line: 7,
        field: 'alias',
        entity: 'ben',
        message: expect.stringContaining('did you mean "aliases" for "alias"?'),
      }),
    ]);
  });

  it('reports text that is not JSON, or not a list, as a problem of the file', () => {
    expect(parseEntities('[{', FILE).problems).toEqual([
      expect.objectContaining({ field: '(file)', message: expect.stringContaining('not valid JSON') }),
    ]);
    expect(parseEntities('{}', FILE).problems).toEqual([
      expect.objectContaining({ field: '(file)', message: expect.stringContaining('must be a JSON list') }),
    ]);
  });
});

describe('findMentions', () => {
  const abe = person('abe', 'Prime Minister Abe', ['Prime Minister Abe', 'Abe'], 'Abe');

  it('matches whole words only, case-sensitively', () => {
    const us: Entity = { id: 'us', name: 'US', kind: 'place', aliases: ['US'] };
    const [abeEntry, usEntry] = findMentions(
      [abe, us],
      [
        { id: 'able', text: 'Abel was able to help us; abe is lower case; ABE shouts; USA and US2 are other words.' },
        { id: 'possessive', text: 'Abe’s view of US-Japan ties.' },
        { id: 'spaced', text: 'Said Prime   Minister\nAbe.' },
      ],
    );
    expect(abeEntry!.remarkIds).toEqual(['possessive', 'spaced']);
    expect(usEntry!.remarkIds).toEqual(['possessive']);
  });

  it('matches the longest alias first, so one stretch of text is one mention', () => {
    const office: Entity = { id: 'prime-minister', name: 'Prime Minister', kind: 'organisation', aliases: ['Prime Minister'] };
    const entries = findMentions(
      [abe, office],
      [
        { id: 'named', text: 'Prime Minister Abe spoke.' },
        { id: 'office', text: 'The Prime Minister spoke.' },
        { id: 'both', text: 'Abe, later Prime Minister, spoke.' },
      ],
    );
    expect(entries.map((e) => [e.entity.id, e.remarkIds])).toEqual([
      ['abe', ['named', 'both']],
      ['prime-minister', ['office', 'both']],
    ]);
  });

  it('keeps the two G4s apart: the G4 initiative is not also the group of four', () => {
    const initiative: Entity = { id: 'g4-initiative', name: 'G4 initiative', kind: 'programme', aliases: ['G4 initiative'] };
    // An editor might give the group the bare "G4"; longest-first keeps it off the initiative.
    const group: Entity = { id: 'group-of-four', name: 'Group of four with Germany', kind: 'group', aliases: ['group of four', 'G4'] };
    const entries = findMentions(
      [initiative, group],
      [
        { id: 'charter', text: 'Japan, forming a group of four with Germany, pushed reform.' },
        { id: 'training', text: 'One is the G4 initiative, which trains leaders.' },
        { id: 'bare', text: 'The G4 met again.' },
      ],
    );
    expect(entries.map((e) => [e.entity.id, e.remarkIds])).toEqual([
      ['g4-initiative', ['training']],
      ['group-of-four', ['charter', 'bare']],
    ]);
  });

  it('lists each remark once per entity, in the order given', () => {
    const [entry] = findMentions(
      [abe],
      [
        { id: 'z', text: 'Abe and Abe again.' },
        { id: 'a', text: 'Prime Minister Abe.' },
      ],
    );
    expect(entry!.remarkIds).toEqual(['z', 'a']);
  });

  it('sorts A–Z by sortKey or name, locale-aware, and groups by letter', () => {
    const entities: Entity[] = [
      { id: 'zed', name: 'Zedland', kind: 'place', aliases: ['Zedland'] },
      person('yo-akas', 'Yo Akas', ['Akas'], 'Akas, Yo'),
      { id: 'eire', name: 'Éire', kind: 'place', aliases: ['Éire'] },
      { id: 'asn', name: 'ASN', kind: 'organisation', aliases: ['ASN'] },
      person('ta-aso', 'Ta Aso', ['Aso'], 'Aso, Ta'),
      { id: 'eastland', name: 'Eastland', kind: 'place', aliases: ['Eastland'] },
      { id: 'four', name: '4 Rivers', kind: 'place', aliases: ['4 Rivers'] },
    ];
    const entries = findMentions(entities, [{ id: 'r', text: 'Zedland Akas Éire ASN Aso Eastland' }]);
    expect(entries.map((e) => e.entity.id)).toEqual(['four', 'yo-akas', 'asn', 'ta-aso', 'eastland', 'eire', 'zed']);
    expect(unmentioned(entries).map((e) => e.id)).toEqual(['four']);
    expect(mentionProblems(entries, FILE)).toEqual([
      expect.objectContaining({ file: FILE, field: 'aliases', entity: 'four', message: expect.stringContaining('mentioned in no remark') }),
    ]);
    expect(groupByLetter(entries).map((g) => [g.letter, g.entries.map((e) => e.entity.id)])).toEqual([
      ['#', ['four']],
      ['A', ['yo-akas', 'asn', 'ta-aso']],
      ['E', ['eastland', 'eire']],
      ['Z', ['zed']],
    ]);
  });
});
