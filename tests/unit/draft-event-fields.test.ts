import { describe, expect, it } from 'vitest';
import { eventFields, sentenceCase } from '../../src/lib/draft/event-fields';
import { readSource } from '../../src/lib/draft/sentences';

const fields = (summary: string) => eventFields(readSource(summary));

describe('eventFields', () => {
  it('reads title, hosts, co-hosts, the stated date and the document heading', () => {
    const { fields: f } = fields('CONFERENCE SUMMARY\n\nOn March 3, 2022, the Harbor Institute hosted a conference on river crossings, co-hosted by the Fjord Council and the Alder Trust.');
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
    const { fields: f } = fields('Summary of Proceedings\n\nDr. Ada Lane, Harbor College\nModerator: Cy Kim, Bridge Trust\n\nOn May 1, 2021, the Harbor Club held a panel on bridges.');
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

  it('infers a missing year only from arithmetic the text states, and notes the evidence', () => {
    const { fields: f } = fields('On April 20, the club hosted a talk on bridges.\n\nThe program began in 2007 and has trained 90 people for the last eight years.');
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
