import { describe, expect, it } from 'vitest';
import { eventFields, hostName, sentenceCase, titleLine } from '../../src/lib/draft/event-fields';
import { readSource } from '../../src/lib/draft/sentences';

const fields = (summary: string) => eventFields(readSource(summary));

describe('eventFields', () => {
  it('reads title, hosts, co-hosts, the stated date and the document heading', () => {
    const { fields: f } = fields(
      'CONFERENCE SUMMARY\n\nOn March 3, 2022, the Harbor Institute hosted a conference on river crossings, co-hosted by the Fjord Council and the Alder Trust.',
    );
    expect(f).toMatchObject({
      title: 'River crossings',
      hosts: ['Harbor Institute'],
      coHosts: ['Fjord Council', 'Alder Trust'],
      dateAsStated: 'March 3, 2022',
      date: '2022-03-03',
      documentTitle: 'Conference summary',
    });
  });

  it('reads the fields from the opening after a list of speakers, and keeps a title-case heading as written', () => {
    const { fields: f } = fields(
      'Summary of Proceedings\n\nDr. Ada Lane, Harbor College\nModerator: Cy Kim, Bridge Trust\n\nOn May 1, 2021, the Harbor Club held a panel on bridges.',
    );
    expect(f).toMatchObject({ title: 'Bridges', hosts: ['Harbor Club'], date: '2021-05-01', documentTitle: 'Summary of Proceedings' });
  });

  it('ends a title before a date and reads a venue after "at"', () => {
    const { fields: f } = fields('The Lakeside Forum hosted a debate on zoning reform on Tuesday, 4 June 2019, at the Old Mill Theatre.');
    expect(f).toMatchObject({ title: 'Zoning reform', hosts: ['The Lakeside Forum'], venue: 'Old Mill Theatre', date: '2019-06-04' });
  });

  it('writes TODO for a title and host the text does not give, and says so in the review', () => {
    const { fields: f, doubts } = fields('Lane said bridges need care.');
    expect(f.title).toMatch(/^TODO: /);
    expect(f.hosts[0]).toMatch(/^TODO: /);
    expect(doubts.filter((d) => d.severity === 1).map((d) => 'field' in d.place && d.place.field)).toEqual(['title', 'hosts']);
  });

  it('takes the host past a fronted time or place phrase, with or without its comma', () => {
    const withComma = fields(
      'Last spring, the Orchard Institute for Rural Affairs, together with the Millpond Trust, hosted a workshop on seed banks.',
    ).fields;
    expect(withComma).toMatchObject({ hosts: ['Orchard Institute for Rural Affairs'], coHosts: ['Millpond Trust'] });
    expect(fields('In Eastport the Harbor Club held a talk on ferries.').fields.hosts).toEqual(['Harbor Club']);
    expect(fields('On May 1, The Kestrel Society’s Seed Program hosted a talk on seeds.').fields.hosts).toEqual([
      'The Kestrel Society’s Seed Program',
    ]);
  });

  it('takes no common noun for a host: TODO, and a review item that names the organisations the opening does', () => {
    const { fields: f, doubts } = fields(
      'On 2 May 2020, farmers convened with the Kestrel Seed Library and the Millpond Trust for a day on seed banks.',
    );
    expect(f.hosts).toEqual(['TODO: host (the summary names none)']);
    const item = doubts.find((d) => d.severity === 1 && 'field' in d.place && d.place.field === 'hosts');
    expect(item?.message).toContain('“farmers” is no organisation');
    expect(item?.message).toContain('“Kestrel Seed Library”, “Millpond Trust”');
  });

  it('always asks for a check of the hosts and co-hosts it found, since every citation names them', () => {
    const { doubts } = fields('On May 1, the Harbor Club hosted a talk on ferries, co-hosted by the Tide Trust.');
    const item = doubts.find((d) => 'field' in d.place && d.place.field === 'hosts');
    expect(item).toMatchObject({ severity: 2 });
    expect(item?.message).toMatch(/“Harbor Club”.*co-hosts as “Tide Trust”.*citation/);
  });

  it("takes the title-case line under the document heading as the event's title, before the opening's own phrase", () => {
    const { fields: f } = fields('SUMMARY\n\nSeeds for Dry Years\n\nOn May 1, 2020, the Orchard Institute held a workshop on seed banks.');
    expect(f).toMatchObject({ title: 'Seeds for Dry Years', documentTitle: 'Summary', hosts: ['Orchard Institute'] });
  });

  it('suggests a short title in the review when the title is long, and writes none itself', () => {
    const long = fields(
      'SUMMARY\n\nSeeds for Dry Years: Keeping Old Grain Varieties Alive\n\nOn May 1, the Orchard Institute held a workshop.',
    );
    expect(long.fields).not.toHaveProperty('shortTitle');
    expect(long.doubts.some((d) => /`shortTitle`/.test(d.message))).toBe(true);
    expect(
      fields('SUMMARY\n\nSeeds for Dry Years\n\nOn May 1, the Orchard Institute held a workshop.').doubts.some((d) =>
        /`shortTitle`/.test(d.message),
      ),
    ).toBe(false);
  });

  it('infers a missing year only from arithmetic the text states, and notes the evidence', () => {
    const { fields: f } = fields(
      'On April 20, the club hosted a talk on bridges.\n\nThe program began in 2007 and has trained 90 people for the last eight years.',
    );
    expect(f).toMatchObject({ date: '2015-04-20', yearInferred: true });
    expect(f.dateNote).toContain('began in 2007');
  });

  it('leaves the date out when the year cannot be established, keeping the date as stated', () => {
    const { fields: f, doubts } = fields('On April 20, the club hosted a talk on bridges. The bridge opened in 2001.');
    expect(f.date).toBeUndefined();
    expect(f.dateAsStated).toBe('April 20');
    expect(doubts.some((d) => 'field' in d.place && d.place.field === 'dateAsStated')).toBe(true);
  });
});

describe('sentenceCase', () => {
  it('lowercases all but the first word of an all-capitals heading', () => {
    expect(sentenceCase('EXECUTIVE SUMMARY')).toBe('Executive summary');
  });
});

describe('hostName', () => {
  it('keeps a proper name as the source writes it, without a lowercase "the" or a fronted phrase', () => {
    expect(hostName('Last autumn, the Hallam Institute for Public Policy')).toBe('Hallam Institute for Public Policy');
    expect(hostName('the Center for Ocean Futures at Greyhaven University')).toBe('Center for Ocean Futures at Greyhaven University');
  });

  it('finds no host in a common noun', () => {
    expect(hostName('experts')).toBeUndefined();
    expect(hostName('On October 14, 2021, experts')).toBeUndefined();
    expect(hostName('a local club')).toBeUndefined();
  });
});

describe('titleLine', () => {
  it('is not a label, a list of people or a session heading', () => {
    const line = (summary: string) => titleLine(readSource(summary))?.text;
    expect(line('SUMMARY\n\nSpeakers:\n\nAda Lane\nBea Moss\n\nOn May 1, a talk.')).toBeUndefined();
    expect(line('SUMMARY\n\nPanel 1: Rivers and Rain\n\nOn May 1, a talk.')).toBeUndefined();
    expect(line('On May 1, a talk.\n\nSeeds for Dry Years\n\nLane spoke.')).toBeUndefined();
    expect(line('SUMMARY\n\nSeeds for Dry Years\n\nOn May 1, a talk.')).toBe('Seeds for Dry Years');
  });
});
