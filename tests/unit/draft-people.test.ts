import { describe, expect, it } from 'vitest';
import { findPeople, referenceAt, type DraftPerson } from '../../src/lib/draft/people';
import { readSource } from '../../src/lib/draft/sentences';

const people = (summary: string) => findPeople(summary, readSource(summary)).people;

describe('findPeople', () => {
  it('finds the people the opening lists, with honorifics, and the surname as id and short name', () => {
    const summary = 'On May 1, the Harbor Club hosted three experts – Dr. Ada Lane, Bea Moss, and Ms. Cy Kim – for a talk on bridges.';
    expect(people(summary).map((p) => [p.id, p.name, p.honorific, p.shortName])).toEqual([
      ['lane', 'Ada Lane', 'Dr.', 'Lane'],
      ['moss', 'Bea Moss', undefined, 'Moss'],
      ['kim', 'Cy Kim', 'Ms.', 'Kim'],
    ]);
  });

  it('reads roles from "moderated by", "chaired by" and "keynote address by"', () => {
    const summary =
      'On May 1, the Harbor Club hosted a keynote address by Dr. Ada Lane, chaired by Bea Moss. The panel that followed was moderated by Cy Kim.';
    expect(people(summary).map((p) => [p.id, p.role])).toEqual([
      ['lane', 'keynote'],
      ['moss', 'chair'],
      ['kim', 'moderator'],
    ]);
  });

  it('reads "Name, Affiliation" lines, and a "Moderator:" label, as people', () => {
    const summary =
      'SUMMARY\n\nDr. Ada Lane, Harbor College\nBea Moss, former mayor of Eastport\n\nModerator: Cy Kim, Bridge Trust\n\nOn May 1, a roundtable met.';
    expect(people(summary).map((p) => [p.id, p.role, p.affiliation, p.description])).toEqual([
      ['lane', 'panelist', 'Harbor College', undefined],
      ['moss', 'panelist', undefined, 'former mayor of Eastport'],
      ['kim', 'moderator', 'Bridge Trust', undefined],
    ]);
  });

  it('does not take the title of a numbered programme part ("Panel One: Financing Adaptation") for a person', () => {
    const summary = 'SUMMARY\n\nPanel One: Financing Adaptation\n\nModerator: Cy Kim, Bridge Trust\n\nOn May 1, a roundtable met.';
    expect(people(summary).map((p) => p.name)).toEqual(['Cy Kim']);
    expect(
      people('SUMMARY\n\nSession 2: Harbor Dredging\n\nOn May 1, Ada Lane said that the harbor was deep.').map((p) => p.name),
    ).not.toContain('Harbor Dredging');
  });

  it('reads a list of bare names (which the build takes for a heading) under a "Panelists:" label in a block of its own', () => {
    const summary = 'SUMMARY\n\nPanelists:\n\nDr. Ada Lane\nBea Moss\n\nOn May 1, the club held a talk on bridges.';
    expect(people(summary).map((p) => [p.id, p.honorific, p.role])).toEqual([
      ['lane', 'Dr.', 'panelist'],
      ['moss', undefined, 'panelist'],
    ]);
  });

  it('does not take organisations, places or someone named inside a remark for a speaker', () => {
    const summary =
      'On May 1, the Stimson Center hosted Ada Lane for a talk.\n\nLane said that Prime Minister Abe and South Korea agreed. Yasushi Akashi advised the government.';
    expect(people(summary).map((p) => p.name)).toEqual(['Ada Lane']);
  });

  it('adds, with a doubt, a name that opens a later paragraph as the subject of a reporting verb', () => {
    const summary = 'On May 1, the Harbor Club hosted Ada Lane.\n\nDr. Bea Moss of the Tide Institute then argued that bridges are old.';
    const { people: found, doubts } = findPeople(summary, readSource(summary));
    expect(found.map((p) => p.name)).toEqual(['Ada Lane', 'Bea Moss']);
    expect(doubts.some((d) => d.severity === 1 && 'person' in d.place && d.place.person === 'moss')).toBe(true);
  });

  it('adds a full name that is the subject of a reporting verb anywhere in a later paragraph, past its apposition', () => {
    const summary =
      'On May 1, the Harbor Club hosted Ada Lane.\n\nLane spoke first. Then, Cy Roe, a surveyor at the Port Office, argued that piers sink.';
    expect(people(summary).map((p) => [p.name, p.affiliation])).toEqual([
      ['Ada Lane', undefined],
      ['Cy Roe', 'Port Office'],
    ]);
  });

  it('does not add a name that speaks in a sentence dated to a year, which reports history', () => {
    expect(
      people('On May 1, the Harbor Club hosted Ada Lane.\n\nLane spoke. In 1990, Cy Roe argued that piers sink.').map((p) => p.name),
    ).toEqual(['Ada Lane']);
  });

  it('reads the people in apposition to a role noun and those a passage of remarks is "by"', () => {
    const summary =
      'On May 1, the Harbor Club met.\n\nThe day opened with remarks by Dr. Ada Lane. The co-hosts, Bea Moss and Cy Kim, then spoke.';
    expect(people(summary).map((p) => [p.id, p.role])).toEqual([
      ['lane', 'speaker'],
      ['moss', 'chair'],
      ['kim', 'chair'],
    ]);
  });

  it('gives the role a paragraph announces to the people it introduces after it', () => {
    const summary =
      'On May 1, the Harbor Club hosted Ada Lane.\n\nTwo respondents then replied. Bo Lin, a welder, noted that piers sink. Cy Roe, a diver, agreed.';
    expect(people(summary).map((p) => [p.id, p.role])).toEqual([
      ['lane', 'speaker'],
      ['lin', 'discussant'],
      ['roe', 'discussant'],
    ]);
  });

  it('gives two people with the same surname ids from their full names', () => {
    expect(people('On May 1, the club hosted Ada Lane and Tom Lane.').map((p) => p.id)).toEqual(['ada-lane', 'tom-lane']);
  });
});

describe('referenceAt', () => {
  const cast: DraftPerson[] = [
    { id: 'lane', name: 'Ada Lane', honorific: 'Dr.', shortName: 'Lane', role: 'panelist' },
    { id: 'moss', name: 'Bea Moss', shortName: 'Moss', role: 'panelist' },
  ];

  it('finds one person as the subject by surname, full name or honorific and surname', () => {
    expect(referenceAt('Lane said so.', 0, cast)?.ids).toEqual(['lane']);
    expect(referenceAt('Dr. Lane said so.', 0, cast)?.ids).toEqual(['lane']);
    expect(referenceAt('Ms. Moss said so.', 0, cast)?.ids).toEqual(['moss']);
  });

  it('finds a joint subject: "Lane and Moss", "Both Lane and Moss"', () => {
    expect(referenceAt('Lane and Moss agreed.', 0, cast)?.ids).toEqual(['lane', 'moss']);
    expect(referenceAt('Both Lane and Moss agreed.', 0, cast)?.ids).toEqual(['lane', 'moss']);
  });

  it('finds a joint subject past an apposition or parenthesis, and "Neither … nor"', () => {
    expect(referenceAt('Lane, a welder, and Moss agreed.', 0, cast)?.ids).toEqual(['lane', 'moss']);
    expect(referenceAt('Lane (Harbor College) and Moss agreed.', 0, cast)?.ids).toEqual(['lane', 'moss']);
    expect(referenceAt('Neither Lane nor Moss agreed.', 0, cast)?.ids).toEqual(['lane', 'moss']);
  });

  it('does not take a possessive or a name with no verb after it for a subject', () => {
    expect(referenceAt('Lane’s plan won.', 0, cast)).toBeUndefined();
    expect(referenceAt('Lane, Harbor College', 0, cast)).toBeUndefined();
  });
});
