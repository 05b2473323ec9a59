import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { countWords, LABEL_WEIGHT, remarkRecordHtml, speakerFacet } from '../../src/lib/search/records';
import { filterSpecs, frequentValues } from '../../src/lib/search/filters';
import { resolveFilters } from '../../src/lib/search/resolve-filters';
import { buildRemarkIndex } from '../../src/lib/remark-index';
import { loadRealContent } from './real-content';
import { makeInput } from './fixtures';
import type { EventJson } from '../../src/lib/event-json';

type Remark = EventJson['remarks'][number];
const remark = (patch: Partial<Remark> = {}): Remark => ({
  id: 'ada-opening',
  url: '/speakers/ada/#ada-opening',
  part: 'qa',
  partLabel: 'Q&A',
  authors: [{ id: 'ada', kind: 'speaker', label: 'Dr. Ada Lane', role: 'panelist' }],
  topics: [{ id: 'bridges', title: 'Bridges, old & new' }],
  text: 'Lane said <script>alert(1)</script> bridges need "care".',
  ...patch,
});

describe('remark records', () => {
  it('carry the text as text, then the speaker and topic titles at a higher weight', () => {
    const $ = cheerio.load(remarkRecordHtml(remark(), 7));
    const [body, labels] = $('main > p').toArray();
    expect($(body).text()).toBe('Lane said <script>alert(1)</script> bridges need "care".');
    expect($('script')).toHaveLength(0);
    expect($(labels).text()).toBe('Dr. Ada Lane · Bridges, old & new');
    expect($(labels).attr('data-pagefind-weight')).toBe(String(LABEL_WEIGHT));
    expect(Number($('meta[data-pagefind-meta="bodyWords[content]"]').attr('content'))).toBe(countWords(remark().text));
  });

  it('carry filters, an event-order sort key and display metadata', () => {
    const $ = cheerio.load(
      remarkRecordHtml(
        remark({
          topics: [
            { id: 'a', title: 'A' },
            { id: 'b', title: 'B' },
          ],
        }),
        7,
      ),
    );
    const filter = (key: string) =>
      $(`meta[data-pagefind-filter="${key}[content]"]`)
        .map((_, m) => $(m).attr('content'))
        .get();
    expect(filter('kind')).toEqual(['remark']);
    expect(filter('speaker')).toEqual(['ada']);
    expect(filter('topic')).toEqual(['a', 'b']);
    expect(filter('part')).toEqual(['qa']);
    expect($('meta[data-pagefind-sort="order[content]"]').attr('content')).toBe('000007');
    expect($('meta[data-pagefind-meta="speaker[content]"]').attr('content')).toBe('Dr. Ada Lane');
    expect($('meta[data-pagefind-meta="topics[content]"]').attr('content')).toBe('A · B');
  });

  it('file a participant under their role, so all audience members are one filter value', () => {
    expect(speakerFacet({ id: 'guest-2', kind: 'participant', label: 'Audience member', role: 'audience-member' })).toEqual({
      value: 'audience-member',
      label: 'Audience member',
      group: 'participants',
    });
    expect(speakerFacet({ id: 'ada', kind: 'speaker', label: 'Dr. Ada Lane', role: 'panelist' }).group).toBe('panel');
  });
});

describe('filter specs', () => {
  it('name the group of named speakers by their role when they share one, and plainly when they do not', () => {
    const input = makeInput();
    expect(filterSpecs(buildRemarkIndex(input))[0]!.groups[0]!.label).toBe('Panelists');
    input.speakers[0]!.role = 'moderator';
    expect(filterSpecs(buildRemarkIndex(input))[0]!.groups[0]!.label).toBe('Named speakers');
  });

  it('leave out a filter with nothing to choose between: no topics, or no Q&A', () => {
    const input = makeInput();
    input.remarks = input.remarks.filter((r) => !r.exchange).map((r) => ({ ...r, topics: [] }));
    input.exchanges = [];
    input.event.programme = [];
    input.topics = [];
    expect(filterSpecs(buildRemarkIndex(input)).map((s) => s.key)).toEqual(['speaker']);
  });
});

describe('filter specs on the real event', () => {
  const index = buildRemarkIndex(loadRealContent());
  const specs = filterSpecs(index);

  it('list panelists in panel order, then participants grouped by role', () => {
    const speaker = specs.find((s) => s.key === 'speaker')!;
    expect(speaker.groups.map((g) => g.label)).toEqual(['Panelists', 'Participants']);
    expect(speaker.groups[0]!.options.map((o) => o.value)).toEqual(index.speakers.map((s) => s.id));
    const roles = [
      ...new Set(
        index.remarks
          .flatMap((r) => r.authors)
          .filter((a) => a.kind === 'participant')
          .map((a) => a.role),
      ),
    ];
    expect(speaker.groups[1]!.options.map((o) => o.value).sort()).toEqual(roles.sort());
  });

  it('list topics in programme order and both parts of the event', () => {
    expect(specs.find((s) => s.key === 'topic')!.groups[0]!.options.map((o) => o.value)).toEqual(index.topics.map((t) => t.id));
    const parts = specs.find((s) => s.key === 'part')!.groups[0]!.options;
    expect(parts.map(({ value, label }) => ({ value, label }))).toEqual([
      { value: 'presentation', label: 'Presentation' },
      { value: 'qa', label: 'Q&A' },
    ]);
    // Each value says how many remarks carry it: together the two parts hold every remark once.
    expect(parts.map((p) => p.remarks)).toEqual([
      index.remarks.filter((r) => r.part === 'presentation').length,
      index.remarks.filter((r) => r.part === 'qa').length,
    ]);
    expect(parts.reduce((n, p) => n + (p.remarks ?? 0), 0)).toBe(index.remarks.length);
  });

  it('show every value of a short filter, and the most frequent six of a long one', () => {
    const topic = specs.find((s) => s.key === 'topic')!;
    expect([...frequentValues(topic)].sort()).toEqual(index.topics.map((t) => t.id).sort());
    const long = {
      key: 'speaker' as const,
      legend: 'Speaker',
      groups: [{ options: Array.from({ length: 10 }, (_, i) => ({ value: `p${i}`, label: `P ${i}`, remarks: i === 7 ? 50 : i % 3 })) }],
    };
    // p7 carries the most; then the 2s (p2, p5, p8), then the 1s in display order (p1, p4).
    expect([...frequentValues(long)]).toEqual(['p7', 'p2', 'p5', 'p8', 'p1', 'p4']);
  });
});

describe('resolveFilters', () => {
  const known = {
    speaker: [
      { value: 'holt', label: 'Victoria Holt' },
      { value: 'audience-member', label: 'Audience member' },
    ],
    topic: [{ value: 'lessons-from-cambodia', label: 'Lessons from Cambodia' }],
  };

  it('keeps known values and maps a value or label in other case to its value, once', () => {
    expect(resolveFilters({ speaker: ['Holt', 'victoria holt', 'audience-member'], topic: ['Lessons from Cambodia'] }, known)).toEqual({
      filters: { speaker: ['holt', 'audience-member'], topic: ['lessons-from-cambodia'] },
      unknown: [],
    });
  });

  it('reports values that match nothing, and drops them', () => {
    expect(resolveFilters({ speaker: ['nobody', 'holt'], part: ['qa'] }, known)).toEqual({
      filters: { speaker: ['holt'] },
      unknown: [
        { key: 'speaker', value: 'nobody' },
        { key: 'part', value: 'qa' },
      ],
    });
  });
});
