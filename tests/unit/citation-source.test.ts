import { describe, expect, it } from 'vitest';
import { citationName, citeContext, pageCitation, remarkCitation, type CiteContext } from '../../src/lib/citation/source';
import { buildRemarkIndex } from '../../src/lib/remark-index';
import { makeInput } from './fixtures';

const input = makeInput();
const index = buildRemarkIndex(input);
const ctx: CiteContext = { event: input.event, siteTitle: 'Test: event summary' };

describe('citation sources', () => {
  it('cites a remark as the summary’s report: the host as author, the speaker named in the title', () => {
    const c = remarkCitation(index.remarkById.get('ada-second')!, 'https://example.org/remarks/ada-second/', ctx);
    expect(c).toMatchObject({
      kind: 'remark',
      id: 'ada-second',
      title: 'Dr. Ada Al: “Ada went on.”',
      authors: [],
      host: 'A host',
      date: '2001-02-03',
      url: 'https://example.org/remarks/ada-second/',
    });
  });

  it('passes the named speakers on for the export formats, without the honorific, and the inferred year', () => {
    const ada = input.speakers.find((s) => s.id === 'ada')!;
    const c = remarkCitation(index.remarkById.get('ada-second')!, 'https://example.org/remarks/ada-second/', ctx, [ada]);
    expect(c.speakers).toEqual([{ given: 'Ada', family: 'Al' }]);
    expect(c.yearInferred).toBe(true);
  });

  it('splits a name only where the short name ends it; otherwise keeps it whole', () => {
    expect(citationName({ name: 'Victoria Holt', shortName: 'Holt' })).toEqual({ given: 'Victoria', family: 'Holt' });
    expect(citationName({ name: 'Ban Ki-moon', shortName: 'Ban' })).toEqual({ literal: 'Ban Ki-moon' });
    expect(citationName({ name: 'Holt', shortName: 'Holt' })).toEqual({ literal: 'Holt' });
  });

  it('cites a participant’s remark the same way', () => {
    const c = remarkCitation(index.remarkById.get('guest-asks')!, 'u', ctx);
    expect(c.title).toBe('Audience member: “A guest asked.”');
    expect(c.speakers).toEqual([]);
  });

  it('cites a page under its title, with the event’s host and date', () => {
    expect(pageCitation('page-y', 'Topics', 'u', ctx)).toMatchObject({
      kind: 'page',
      id: 'page-y',
      title: 'Topics',
      authors: [],
      host: 'A host',
      eventTitle: 'A test event',
    });
  });

  it('names the site as the home page does: the short title, then “event summary”', () => {
    expect(citeContext({ ...input.event, shortTitle: 'Bridges panel' }).siteTitle).toBe('Bridges panel: event summary');
  });

  it('gives the event’s venue as the place of a remark, and no place when the source names none', () => {
    const remark = index.remarkById.get('ada-second')!;
    expect(remarkCitation(remark, 'u', citeContext({ ...input.event, venue: 'Granary Hall, Millbrook' })).eventPlace).toBe(
      'Granary Hall, Millbrook',
    );
    expect(remarkCitation(remark, 'u', citeContext({ ...input.event, venue: undefined })).eventPlace).toBeUndefined();
  });
});
