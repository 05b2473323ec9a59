import { describe, expect, it } from 'vitest';
import { citationName, pageCitation, remarkCitation, type CiteContext } from '../../src/lib/cite-sources';
import { buildRemarkIndex } from '../../src/lib/remark-index';
import { makeInput } from './fixtures';

const input = makeInput();
const index = buildRemarkIndex(input);
const ctx: CiteContext = { event: input.event, siteTitle: 'Test: event summary', speakers: index.speakers, topicTitles: new Map(index.topics.map((t) => [t.id, t.title])) };

describe('citation sources', () => {
  it('splits a name into given and family name by the name used in running text', () => {
    expect(citationName({ name: 'Toshiya Hoshino', shortName: 'Hoshino' })).toEqual({ given: 'Toshiya', family: 'Hoshino' });
    expect(citationName({ name: 'Victoria Holt', shortName: 'Holt' })).toEqual({ given: 'Victoria', family: 'Holt' });
  });

  it('cites a speaker’s remark with the speaker as author, at its own URL', () => {
    const c = remarkCitation(index.remarkById.get('ada-second')!, 'https://example.org/remarks/ada-second/', ctx);
    expect(c).toMatchObject({ kind: 'remark', id: 'ada-second', title: 'Remarks on Roads', authors: [{ given: 'Ada', family: 'Al' }], date: '2001-02-03', host: 'A host' });
  });

  it('cites a participant’s remark with no author, naming them in the title', () => {
    const c = remarkCitation(index.remarkById.get('guest-asks')!, 'u', ctx);
    expect(c.authors).toEqual([]);
    expect(c.title).toBe('Audience member, remarks on Rivers');
  });

  it('cites a speaker page with the speaker as author, other pages without', () => {
    expect(pageCitation('page-x', 'Ada', 'u', ctx, index.speakers[0]).authors).toEqual([{ given: 'Ada', family: 'Al' }]);
    expect(pageCitation('page-y', 'Topics', 'u', ctx).authors).toEqual([]);
  });
});
