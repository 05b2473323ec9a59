import { describe, expect, it } from 'vitest';
import { assembleContent, defaultShortName, eventDateText, hostLine, joinNames, roleTable } from '../../src/lib/event-model';
import { closestKey, eventSchema, participantSchema, personSchema, topicSchema, unknownKeysMessage } from '../../src/lib/content-model';

describe('eventDateText', () => {
  it('brackets a year the source does not state (an editorial supply)', () => {
    expect(eventDateText({ dateAsStated: 'April 20', date: '2015-04-20', yearInferred: true })).toBe('April 20 [2015]');
  });

  it('prints a full date the source states as stated, adding nothing', () => {
    expect(eventDateText({ dateAsStated: 'January 6, 2017', date: '2017-01-06', yearInferred: false })).toBe('January 6, 2017');
    expect(eventDateText({ dateAsStated: 'Tuesday, 6 January', yearInferred: false })).toBe('Tuesday, 6 January');
  });

  it('spells out an ISO date when the source’s wording is not recorded, and says nothing without a date', () => {
    expect(eventDateText({ date: '2017-01-06', yearInferred: false })).toBe('January 6, 2017');
    expect(eventDateText({ date: '2017-01-06', yearInferred: true })).toBe('January 6, [2017]');
    expect(eventDateText({ yearInferred: false })).toBeUndefined();
  });
});

describe('roles and hosts', () => {
  it('knows the built-in roles and adds those an event declares, with a plural', () => {
    const roles = roleTable([{ id: 'respondent', label: 'Respondent' }]);
    expect(roles.get('moderator')?.label).toBe('Moderator');
    expect(roles.get('audience-member')?.plural).toBe('Audience members');
    expect(roles.get('respondent')).toEqual({ id: 'respondent', label: 'Respondent', plural: 'Respondents' });
    expect(roles.has('host')).toBe(false);
  });

  it('joins names as prose, one rule for hosts and joint remarks', () => {
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B, and C');
  });

  it('joins hosts as prose, in the source’s order', () => {
    expect(hostLine({ hosts: ['The Center'] })).toBe('The Center');
    expect(hostLine({ hosts: ['The Center', 'The Institute'] })).toBe('The Center and The Institute');
    expect(hostLine({ hosts: ['A', 'B', 'C'] })).toBe('A, B, and C');
  });

  it('takes a surname as the short name', () => {
    expect(defaultShortName('Toshiya Hoshino')).toBe('Hoshino');
    expect(defaultShortName(' Holt ')).toBe('Holt');
  });
});

describe('the content schemas', () => {
  it('need only a title and a host for an event, and fill the rest with defaults', () => {
    const event = eventSchema.parse({ title: 'A panel', hosts: ['A host'] });
    expect(event).toMatchObject({
      yearInferred: false,
      coHosts: [],
      documentTitle: 'Event summary',
      panel: [],
      sessions: [],
      programme: [],
      roles: [],
    });
    expect(() => eventSchema.parse({ title: 'A panel', host: 'A host' })).toThrow(/hosts[\s\S]*Required|Unrecognized key/);
  });

  it('default a person’s role to speaker, and reject a misspelt key', () => {
    expect(personSchema.parse({ name: 'Ada Lane' }).role).toBe('speaker');
    expect(() => personSchema.parse({ name: 'Ada Lane', affilation: 'X' })).toThrow(/Unrecognized key/);
  });

  it('require a person’s name, naming the missing field', () => {
    expect(personSchema.safeParse({ shortName: 'Moss', role: 'panelist' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['name'], message: 'Required' }),
    ]);
  });

  it('need a role and the source’s words for a participant, not a label', () => {
    expect(participantSchema.parse({ id: 'guest', role: 'audience-member', asDescribed: 'One guest' }).label).toBeUndefined();
    expect(() => participantSchema.parse({ id: 'guest', asDescribed: 'One guest' })).toThrow(/role/);
  });
});

describe('the event date', () => {
  it('is a calendar date in UTC whether YAML read it as a date or a quoted string', () => {
    expect(eventSchema.parse({ title: 't', hosts: ['h'], date: new Date('2015-04-20T00:00:00Z') }).date?.toISOString()).toBe(
      '2015-04-20T00:00:00.000Z',
    );
    expect(eventSchema.parse({ title: 't', hosts: ['h'], date: '2015-04-20' }).date?.toISOString()).toBe('2015-04-20T00:00:00.000Z');
  });

  it('refuses a date in words, which would be read in the machine’s time zone', () => {
    expect(() => eventSchema.parse({ title: 't', hosts: ['h'], date: '14 October 2021' })).toThrow(/YYYY-MM-DD/);
    expect(() => eventSchema.parse({ title: 't', hosts: ['h'], date: '2021-13-45' })).toThrow(/calendar date/);
  });
});

describe('assembleContent', () => {
  it('applies the defaults that depend on other fields: short name, participant label, short title, ISO date', () => {
    const empty = { remarks: [], narrations: [], exchanges: [], problems: [] };
    const withRemark = {
      ...empty,
      remarks: [{ id: 'r', speakers: ['lane'], topics: [], segments: [{ text: 'x' }], file: 'f', line: 1, position: 0 }],
    };
    const input = assembleContent({
      event: {
        file: 'e.mdx',
        data: eventSchema.parse({ title: 'A panel', hosts: ['H'], date: '2019-03-03', roles: [{ id: 'respondent', label: 'Respondent' }] }),
        extracted: empty,
      },
      speakers: [
        { id: 'lane', file: 's/lane.mdx', data: personSchema.parse({ name: 'Ada Lane' }), extracted: withRemark },
        { id: 'moss', file: 's/moss.mdx', data: personSchema.parse({ name: 'Ben Moss', shortName: 'Ben' }), extracted: empty },
      ],
      sessions: [],
      topics: [],
      participants: { file: 'p.json', data: [participantSchema.parse({ id: 'g', role: 'respondent', asDescribed: 'One respondent' })] },
    });
    expect(input.event).toMatchObject({ shortTitle: 'A panel', date: '2019-03-03', file: 'e.mdx' });
    expect(input.speakers.map((s) => [s.id, s.shortName, s.hasPresentation])).toEqual([
      ['lane', 'Lane', true],
      ['moss', 'Ben', false],
    ]);
    expect(input.participants).toEqual([
      { id: 'g', role: 'respondent', asDescribed: 'One respondent', label: 'Respondent', file: 'p.json' },
    ]);
    expect(input.remarks.map((r) => r.id)).toEqual(['r']);
  });
});

describe('a misspelt frontmatter key', () => {
  it('fails with zod’s own words and the key probably meant', () => {
    const result = topicSchema.safeParse({ titel: 'Bridges' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(
      `Unrecognized key(s) in object: 'titel' (did you mean "title" for "titel"?)`,
    );
  });

  it('lists the known keys when no key is close', () => {
    expect(unknownKeysMessage(['colour'], ['title'])).toBe(`Unrecognized key(s) in object: 'colour' (known keys: title)`);
  });

  it('suggests a key only when it is a few edits away', () => {
    expect(closestKey('shortname', ['shortName', 'name'])).toBe('shortName');
    expect(closestKey('affilation', ['affiliation', 'description'])).toBe('affiliation');
    expect(closestKey('xy', ['id'])).toBeUndefined();
    expect(closestKey('speaker', ['name', 'role'])).toBeUndefined();
  });
});
