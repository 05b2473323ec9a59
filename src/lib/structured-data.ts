/**
 * JSON-LD for search engines and reference managers (https://schema.org): the event with its
 * organiser and performers, a person per speaker, and a Quotation per remark page.
 */

export interface PersonLd {
  name: string;
  honorificPrefix?: string | undefined;
  url: string;
}

/** schema.org `Person` (https://schema.org/Person). */
export function personLd(p: PersonLd): Record<string, unknown> {
  return { '@type': 'Person', name: p.name, ...(p.honorificPrefix ? { honorificPrefix: p.honorificPrefix } : {}), url: p.url };
}

/**
 * schema.org `Event` (https://schema.org/Event) with `organizer` and, when given, `performer`.
 * @param date ISO `YYYY-MM-DD`; omitted when the source states none
 * @param performers every panelist; omit where the event is only referred to (a remark page's
 *   `isPartOf`), so a page's size stays the same whatever the number of speakers
 */
export function eventLd(e: {
  name: string;
  date?: string | undefined;
  hosts: string[];
  url: string;
  performers?: PersonLd[];
}): Record<string, unknown> {
  return {
    '@type': 'Event',
    name: e.name,
    ...(e.date ? { startDate: e.date } : {}),
    url: e.url,
    organizer: e.hosts.map((name) => ({ '@type': 'Organization', name })),
    ...(e.performers ? { performer: e.performers.map(personLd) } : {}),
  };
}

/**
 * schema.org `Quotation` (https://schema.org/Quotation) for one remark: `spokenByCharacter` and
 * `creator` name the speaker, or every speaker of a joint remark (absent for unnamed participants),
 * `isPartOf` the event.
 */
export function quotationLd(q: {
  text: string;
  url: string;
  speakers: PersonLd[];
  event: Record<string, unknown>;
}): Record<string, unknown> {
  const people = q.speakers.map(personLd);
  return {
    '@type': 'Quotation',
    text: q.text,
    url: q.url,
    ...(people.length
      ? { spokenByCharacter: people.length === 1 ? people[0] : people, creator: people.length === 1 ? people[0] : people }
      : {}),
    isPartOf: q.event,
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` block: `<` is escaped so no
 * text (a remark quoting `</script>`) can end the block early (HTML spec, "restrictions for
 * contents of script elements").
 */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}
