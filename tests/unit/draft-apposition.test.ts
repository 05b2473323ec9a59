import { describe, expect, it } from 'vitest';
import { appositionSubject, roleGroupAt, titleSubject } from '../../src/lib/draft/apposition';
import type { DraftPerson } from '../../src/lib/draft/people';

const cast: DraftPerson[] = [
  { id: 'lane', name: 'Ada Lane', honorific: 'Dr.', shortName: 'Lane', role: 'chair' },
  { id: 'moss', name: 'Bea Moss', shortName: 'Moss', role: 'chair' },
];

describe('appositionSubject', () => {
  it('takes the person in apposition to a singular role noun, with the verb phrase after the comma', () => {
    const text = 'The host, Bea Moss, a baker from Eastport, opened by noting that rents rose.';
    const ref = appositionSubject(text, 0, cast);
    expect(ref?.ids).toEqual(['moss']);
    expect(text.slice(ref!.end)).toBe(' opened by noting that rents rose.');
  });

  it('takes every person listed in apposition to a plural role noun, past their appositions', () => {
    expect(
      appositionSubject('The co-chairs, Dr. Ada Lane, a former mayor, and Bea Moss of the Rail Board, argued that fares rise.', 0, cast)
        ?.ids,
    ).toEqual(['lane', 'moss']);
  });

  it('needs a role noun, a comma and a reporting verb', () => {
    expect(appositionSubject('The baker, Bea Moss, bakes bread.', 0, cast)).toBeUndefined();
    expect(appositionSubject('Moss, a baker, said so.', 0, cast)).toBeUndefined();
  });
});

describe('roleGroupAt', () => {
  it('reads a definite plural role noun before a reporting verb, with its role', () => {
    expect(roleGroupAt('The two co-chairs agreed that fares rise.', 0)).toMatchObject({ role: 'chair', singular: false });
    expect(roleGroupAt('All three panellists warned that fares rise.', 0)).toMatchObject({ role: 'panelist', singular: false });
    expect(roleGroupAt('Both experts noted that fares rise.', 0)).toMatchObject({ role: undefined, singular: false });
  });

  it('reads "The moderator" as the one person in that role', () => {
    expect(roleGroupAt('The moderator asked whether fares rise.', 0)).toMatchObject({ role: 'moderator', singular: true });
  });

  it('does not read an indefinite count, which introduces people, or a role noun with no speech after it', () => {
    expect(roleGroupAt('Two respondents then offered their reactions.', 0)).toBeUndefined();
    expect(roleGroupAt('The chair of the board resigned.', 0)).toBeUndefined();
  });
});

describe('titleSubject', () => {
  const guests: DraftPerson[] = [
    { id: 'vale', name: 'Ines Vale', honorific: 'Sen.', shortName: 'Vale', role: 'speaker' },
    { id: 'orr', name: 'Tam Orr', honorific: 'Dr.', shortName: 'Orr', role: 'speaker' },
  ];

  it('takes an honorific used as a noun for the one person who bears it', () => {
    expect(titleSubject('The senator replied that fares rise.', 0, guests)?.ids).toEqual(['vale']);
  });

  it('takes no one when nobody or more than one bears it, or when no speech follows', () => {
    expect(titleSubject('The ambassador replied that fares rise.', 0, guests)).toBeUndefined();
    expect(titleSubject('The senator from Ohio replied.', 0, guests)).toBeUndefined();
    expect(
      titleSubject('The senator replied.', 0, [
        ...guests,
        { id: 'kim', name: 'Bo Kim', honorific: 'Senator', shortName: 'Kim', role: 'speaker' },
      ]),
    ).toBeUndefined();
  });
});
