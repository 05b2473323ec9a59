import { describe, expect, it } from 'vitest';
import { eventLd, jsonLdScript, quotationLd } from '../../src/lib/structured-data';

const holt = { name: 'Victoria Holt', url: 'https://example.org/speakers/holt/' };
const event = eventLd({
  name: 'An event',
  date: '2015-04-20',
  hosts: ['A host'],
  url: 'https://example.org/',
  performers: [holt, { ...holt, name: 'Toshiya Hoshino', honorificPrefix: 'Dr.' }],
});

describe('structured data', () => {
  it('describes the event with organizer and performers', () => {
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2015-04-20', organizer: [{ '@type': 'Organization', name: 'A host' }] });
    expect((event.performer as Array<Record<string, unknown>>).map((p) => [p['@type'], p.name, p.honorificPrefix])).toEqual([
      ['Person', 'Victoria Holt', undefined],
      ['Person', 'Toshiya Hoshino', 'Dr.'],
    ]);
  });

  it('refers to the event without its performers when none are given', () => {
    expect(eventLd({ name: 'An event', date: '2015-04-20', hosts: ['A host'], url: 'https://example.org/' })).not.toHaveProperty(
      'performer',
    );
  });

  it('leaves out the start date when the summary gives none, and names every host', () => {
    const ld = eventLd({ name: 'An event', hosts: ['A host', 'A co-host'], url: 'https://example.org/' });
    expect(ld).not.toHaveProperty('startDate');
    expect(ld.organizer).toEqual([
      { '@type': 'Organization', name: 'A host' },
      { '@type': 'Organization', name: 'A co-host' },
    ]);
  });

  it('makes a remark a Quotation spoken by its speaker and part of the event', () => {
    const q = quotationLd({ text: 'Words.', url: 'https://example.org/remarks/x/', speakers: [holt], event });
    expect(q).toMatchObject({
      '@type': 'Quotation',
      text: 'Words.',
      spokenByCharacter: { name: 'Victoria Holt' },
      creator: { name: 'Victoria Holt' },
      isPartOf: { '@type': 'Event' },
    });
    expect(quotationLd({ text: 'Asked.', url: 'u', speakers: [], event })).not.toHaveProperty('creator');
  });

  it('credits a joint remark to each of its speakers', () => {
    const q = quotationLd({ text: 'Agreed.', url: 'u', speakers: [holt, { name: 'Toshiya Hoshino', url: 'h' }], event });
    expect((q.creator as Array<{ name: string }>).map((p) => p.name)).toEqual(['Victoria Holt', 'Toshiya Hoshino']);
  });

  it('cannot be broken out of its script block', () => {
    const out = jsonLdScript(quotationLd({ text: '</script><script>alert(1)</script>', url: 'u', speakers: [], event }));
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out).text).toBe('</script><script>alert(1)</script>');
    expect(JSON.parse(out)['@context']).toBe('https://schema.org');
  });
});
