import { describe, expect, it } from 'vitest';
import { eventLd, jsonLdScript, quotationLd } from '../../src/lib/structured-data';

const holt = { name: 'Victoria Holt', url: 'https://example.org/speakers/holt/' };
const event = eventLd({ name: 'An event', date: '2015-04-20', host: 'A host', url: 'https://example.org/', performers: [holt, { ...holt, name: 'Toshiya Hoshino', honorificPrefix: 'Dr.' }] });

describe('structured data', () => {
  it('describes the event with organizer and performers', () => {
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2015-04-20', organizer: { '@type': 'Organization', name: 'A host' } });
    expect((event.performer as Array<Record<string, unknown>>).map((p) => [p['@type'], p.name, p.honorificPrefix])).toEqual([
      ['Person', 'Victoria Holt', undefined],
      ['Person', 'Toshiya Hoshino', 'Dr.'],
    ]);
  });

  it('refers to the event without its performers when none are given', () => {
    expect(eventLd({ name: 'An event', date: '2015-04-20', host: 'A host', url: 'https://example.org/' })).not.toHaveProperty('performer');
  });

  it('makes a remark a Quotation spoken by its speaker and part of the event', () => {
    const q = quotationLd({ text: 'Words.', url: 'https://example.org/remarks/x/', speaker: holt, event });
    expect(q).toMatchObject({ '@type': 'Quotation', text: 'Words.', spokenByCharacter: { name: 'Victoria Holt' }, creator: { name: 'Victoria Holt' }, isPartOf: { '@type': 'Event' } });
    expect(quotationLd({ text: 'Asked.', url: 'u', event })).not.toHaveProperty('creator');
  });

  it('cannot be broken out of its script block', () => {
    const out = jsonLdScript(quotationLd({ text: '</script><script>alert(1)</script>', url: 'u', event }));
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out).text).toBe('</script><script>alert(1)</script>');
    expect(JSON.parse(out)['@context']).toBe('https://schema.org');
  });
});
