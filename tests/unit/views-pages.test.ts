import { describe, expect, it } from 'vitest';
import { MAX_NAMED_PER_LINE, MAX_REMARKS_PER_ENTRY } from '../../src/lib/page-limits';
import { azEntryIds, azEntryView, azIndexView } from '../../src/lib/views/a-z';
import { editionNotesView } from '../../src/lib/views/edition-notes';
import { speakerListView, topicListView } from '../../src/lib/views/lists';
import { remarkPageView } from '../../src/lib/views/remark-page';
import { sessionPageView } from '../../src/lib/views/session-page';
import { sourcePages, sourcePageView } from '../../src/lib/views/source-page';
import type { EntityEntry } from '../../src/lib/entities';
import { eventData, SITE, withPanelSession, withSpeakersOnRivers } from './views-fixture';

describe('sessionPageView', () => {
  const view = sessionPageView(eventData(withPanelSession()), 'panel', SITE);

  it("names the session's kind in the breadcrumb and its people by the role they had in it", () => {
    expect(view.crumb).toBe('Panel');
    expect(view.people).toEqual([
      { label: 'Moderator', people: [{ label: 'Ben Bo', href: '/speakers/ben/', affiliation: undefined }] },
      { label: 'Panelist', people: [{ label: 'Dr. Ada Al', href: '/speakers/ada/', affiliation: undefined }] },
    ]);
  });

  it("gives the session's MDX its remarks and its exchange, numbered in the whole Q&A", () => {
    expect(Object.keys(view.mdx.remarks)).toEqual(['both-agree', 'guest-late']);
    expect(view.mdx.exchanges['late-question']).toEqual({ position: 1, total: 3 });
  });
});

describe('remarkPageView', () => {
  const data = eventData(withPanelSession());

  it("names a Q&A remark's part and links its exchange and its neighbours by title", () => {
    const view = remarkPageView(data, 'ada-answers', SITE);
    expect(view.part).toBe('Q&A');
    expect(view.exchange).toEqual({ href: '/topics/roads/#road-question', label: 'Roads?' });
    expect(view.home).toEqual({ href: '/topics/roads/', label: 'Roads' });
    expect(view.inContext).toBe('/topics/roads/#ada-answers');
    expect(view.prev?.href).toBe('/remarks/guest-late/');
    expect(view.next?.href).toBe('/remarks/guest-asks/');
  });

  it("names a session remark's part by its session, and credits and describes both people of a joint remark", () => {
    const view = remarkPageView(data, 'both-agree', SITE);
    expect(view.part).toBe('The panel');
    expect(view.topics).toEqual([{ href: '/topics/rivers/', label: 'Rivers' }]);
    expect(view.url).toBe('https://example.org/remarks/both-agree/');
    expect((view.jsonLd.creator as Array<{ name: string }>).map((p) => p.name)).toEqual(['Ben Bo', 'Ada Al']);
  });

  it("cuts a long remark's description at the last whole word within 180 characters, and marks the cut", () => {
    const long = 'word '.repeat(60).trim();
    const input = withPanelSession();
    input.remarks = input.remarks.map((r) => (r.id === 'ada-opening' ? { ...r, segments: [{ text: long }] } : r));
    const view = remarkPageView(eventData(input), 'ada-opening', SITE);
    // 36 four-letter words and their 35 spaces take 179 characters; a 37th would pass 180.
    expect(view.description).toBe(`${'word '.repeat(36).trim()}…`);
  });
});

describe('speakerListView and topicListView', () => {
  it('lists a person without remarks unlinked, and says so', () => {
    const input = withSpeakersOnRivers(0);
    input.speakers.push({
      id: 'cy',
      file: 'content/speakers/cy.mdx',
      name: 'Cy Kim',
      shortName: 'Kim',
      role: 'moderator',
      hasPresentation: false,
      affiliation: 'Bridge Trust',
    });
    const cy = speakerListView(eventData(input), SITE).speakers.find((s) => s.label === 'Cy Kim')!;
    expect(cy).toMatchObject({ href: undefined, about: 'Moderator, Bridge Trust', count: '' });
  });

  it('says which unnamed participants appear, by role', () => {
    expect(speakerListView(eventData(), SITE).participantsNote).toBe(
      ' People the summary does not name (audience members) appear with their remarks where they spoke.',
    );
  });

  it(`names ${MAX_NAMED_PER_LINE} speakers per topic and lists its exchanges`, () => {
    const view = topicListView(eventData(withSpeakersOnRivers(MAX_NAMED_PER_LINE + 3)), SITE);
    const rivers = view.topics.find((t) => t.id === 'rivers')!;
    expect(rivers.speakers.shown).toHaveLength(MAX_NAMED_PER_LINE);
    expect(rivers.speakers.more).toEqual({ count: 5, href: '/topics/rivers/' });
    expect(rivers.exchanges).toEqual([{ href: '/topics/rivers/#river-question', label: 'Rivers?' }]);
  });
});

describe('azIndexView and azEntryView', () => {
  const ids = ['ada-opening', 'ada-second', 'ben-opening', 'ada-answers', 'guest-asks', 'ben-answers', 'both-agree'];
  const entities: EntityEntry[] = [
    {
      entity: { id: 'rivers-org', name: 'River Trust', kind: 'organisation', aliases: [] },
      remarkIds: ids.slice(0, MAX_REMARKS_PER_ENTRY + 1),
    },
    { entity: { id: 'ada-place', name: 'Adatown', kind: 'place', aliases: [], note: 'A town' }, remarkIds: ['ada-opening'] },
    { entity: { id: 'unused', name: 'Nowhere', kind: 'group', aliases: [] }, remarkIds: [] },
  ];
  const data = eventData(withPanelSession(), { entities });

  it(`lists ${MAX_REMARKS_PER_ENTRY} remarks of an entry and links to its own page for all of them`, () => {
    const view = azIndexView(data, SITE);
    const trust = view.letters.flatMap((l) => l.entries).find((e) => e.id === 'rivers-org')!;
    expect(trust.kind).toBe('organisation');
    expect(trust.remarks).toHaveLength(MAX_REMARKS_PER_ENTRY);
    expect(trust.all).toEqual({ href: '/a-z/rivers-org/', label: `All ${MAX_REMARKS_PER_ENTRY + 1} remarks that mention River Trust` });
    expect(azEntryIds(data)).toEqual(['rivers-org']);
  });

  it('leaves out entries no remark mentions, and files the rest under their letters', () => {
    const view = azIndexView(data, SITE);
    expect(view.letters.map((l) => [l.anchor, l.entries.map((e) => e.name)])).toEqual([
      ['letter-r', ['River Trust']],
      ['letter-a', ['Adatown']],
    ]);
  });

  it("lists every remark on an entry's own page, in context", () => {
    const view = azEntryView(data, 'rivers-org', SITE);
    expect(view.remarks).toHaveLength(MAX_REMARKS_PER_ENTRY + 1);
    expect(view.remarks[0]).toEqual({ href: '/speakers/ada/#ada-opening', label: 'Dr. Ada Al: “Ada opened.”' });
    expect(view.cite.title).toBe('A–Z index: River Trust');
  });
});

describe('editionNotesView', () => {
  const view = editionNotesView(eventData(withPanelSession()), SITE);

  it('names only the editorial work this event has', () => {
    expect(view.editorial).toBe(
      'Topic titles and the topic tags of each remark, the headings of the Q&A exchanges, session titles the source does not give and the division into remarks are editorial',
    );
  });

  it("lists each correction with who said it where, the source's reading and the edition's", () => {
    expect(view.corrections).toEqual([
      {
        anchor: expect.stringContaining('agred'),
        passage: { href: '/sessions/panel/#both-agree', label: 'Ben Bo and Dr. Ada Al, The panel' },
        original: '“agred”',
        reading: '[agreed]',
        note: 'typo',
      },
    ]);
  });

  it('quotes the date as the summary states it', () => {
    expect(view.date).toBe('The summary dates the event “February 3”. stated');
    expect(view.hasOpening).toBe(true);
  });
});

describe('sourcePageView', () => {
  const source = [
    { text: 'SUMMARY', remarkIds: [], uncovered: [] },
    { text: 'A host held a panel.', remarkIds: ['opening'], uncovered: [] },
    { text: 'Ada opened. Ada went on.', remarkIds: ['ada-opening', 'ada-second'], uncovered: [] },
    { text: 'The panel focused on rivers.', remarkIds: ['panel-focus'], uncovered: [] },
  ];
  const data = eventData(withPanelSession(), { source });
  const paragraphs = source.slice(1);

  it('prints one page without a page list, the leading heading first, and links each paragraph to its passages', () => {
    const view = sourcePageView(data, sourcePages(data)[0]!, SITE);
    expect(view.title).toBe('Source text');
    expect(view.pages).toBeUndefined();
    expect(view.headings).toEqual(['SUMMARY']);
    expect(view.paragraphs.map((p) => [p.anchor, p.passages])).toEqual([
      ['paragraph-1', [{ href: '/#opening', label: 'the opening, on the event index' }]],
      [
        'paragraph-2',
        [
          { href: '/speakers/ada/#ada-opening', label: 'Dr. Ada Al: “Ada opened.”' },
          { href: '/speakers/ada/#ada-second', label: 'Dr. Ada Al: “Ada went on.”' },
        ],
      ],
      ['paragraph-3', [{ href: '/sessions/panel/#panel-focus', label: 'narration, in The panel' }]],
    ]);
    expect(view.cite).toMatchObject({ id: 'page-source', url: 'https://example.org/source/' });
  });

  it('cuts the source after its leading headings into pages that know where they start', () => {
    expect(sourcePages(data, 2)).toEqual([
      { data: paragraphs.slice(0, 2), start: 0, total: 3, currentPage: 1, lastPage: 2 },
      { data: paragraphs.slice(2), start: 2, total: 3, currentPage: 2, lastPage: 2 },
    ]);
    expect(sourcePages({ source: [] })).toEqual([{ data: [], start: 0, total: 0, currentPage: 1, lastPage: 1 }]);
  });

  it('numbers paragraphs across pages, and lists the pages with the current one marked', () => {
    const view = sourcePageView(data, sourcePages(data, 2)[1]!, SITE);
    expect(view.title).toBe('Source text, page 2 of 2');
    expect(view.headings).toEqual([]);
    expect(view.paragraphs.map((p) => p.anchor)).toEqual(['paragraph-3']);
    expect(view.pages).toEqual({
      range: 'Paragraphs 3–3 of 3',
      links: [
        { href: '/source/', label: '1', current: false },
        { href: '/source/2/', label: '2', current: true },
      ],
    });
    expect(view.cite).toMatchObject({ id: 'page-source-2', url: 'https://example.org/source/2/' });
  });
});
