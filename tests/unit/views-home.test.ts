import { describe, expect, it } from 'vitest';
import { MAX_CONTENTS_EXCHANGES, MAX_NAMED_PER_LINE } from '../../src/lib/page-limits';
import { homeView } from '../../src/lib/views/home';
import { makeInput } from './fixtures';
import { eventData, SITE, withSpeakersOnRivers } from './views-fixture';

describe('homeView', () => {
  const view = homeView(eventData(), SITE);

  it("counts each speaker's remarks, split between presentation and Q&A, and links their topics", () => {
    expect(view.speakers.map((s) => [s.link.label, s.count])).toEqual([
      ['Dr. Ada Al', '3 remarks (2 in the presentation, 1 in the Q&A)'],
      ['Ben Bo', '2 remarks (1 in the presentation, 1 in the Q&A)'],
    ]);
    expect(view.speakers[0]!.topics.shown.map((t) => t.label)).toEqual(['Roads', 'Rivers']);
    expect(view.speakers[0]!.topics.more.count).toBe(0);
  });

  it('says who spoke on each topic, participants included', () => {
    const rivers = view.topics.find((t) => t.link.label === 'Rivers')!;
    expect(rivers.count).toBe('4 remarks');
    expect(rivers.speakers.shown.map((s) => s.label)).toEqual(['Dr. Ada Al', 'Ben Bo']);
    expect(rivers.participants).toBe(true);
    expect(view.topics.find((t) => t.link.label === 'Roads')!.participants).toBe(false);
  });

  it(`names ${MAX_NAMED_PER_LINE} speakers on a topic's line and counts the rest, linking to the topic`, () => {
    const crowded = homeView(eventData(withSpeakersOnRivers(MAX_NAMED_PER_LINE)), SITE);
    const rivers = crowded.topics.find((t) => t.link.label === 'Rivers')!;
    expect(rivers.speakers.shown).toHaveLength(MAX_NAMED_PER_LINE);
    expect(rivers.speakers.more).toEqual({ count: 2, href: '/topics/rivers/' });
  });

  it("lists the Q&A in programme order with each exchange's topic", () => {
    expect(view.contents.listExchanges).toBe(true);
    expect(view.contents.exchanges).toEqual([
      { link: { href: '/topics/roads/#road-question', label: 'Roads?' }, topic: 'Roads' },
      { link: { href: '/topics/rivers/#river-question', label: 'Rivers?' }, topic: 'Rivers' },
    ]);
    expect(view.contents.presentations.map((p) => p.label)).toEqual(['Dr. Ada Al', 'Ben Bo']);
  });

  it(`summarises rather than lists the Q&A past ${MAX_CONTENTS_EXCHANGES} exchanges`, () => {
    const ids = Array.from({ length: MAX_CONTENTS_EXCHANGES + 1 }, (_, i) => `q${i + 1}`);
    const roads = ids
      .map(
        (id) =>
          `<Exchange id="${id}" heading="${id}?">\n\n<Remark id="${id}-a" speaker="ada" topics="roads">\nAda on ${id}.\n</Remark>\n\n</Exchange>`,
      )
      .join('\n\n');
    const big = homeView(eventData(makeInput({ roads }, [...ids, 'river-question'])), SITE);
    expect(big.contents.listExchanges).toBe(false);
    expect(big.contents.exchangesSummary).toBe(`${MAX_CONTENTS_EXCHANGES + 2} exchanges on 2 topics`);
  });

  it('builds the speaker × topic grid with what a screen reader hears after each number', () => {
    expect(view.grid?.topics.map((t) => t.label)).toEqual(['Roads', 'Rivers']);
    const ada = view.grid!.rows[0]!;
    expect(ada.speaker).toEqual({ href: '/speakers/ada/', label: 'Dr. Ada Al' });
    expect(ada.cells[0]!.remarks).toEqual([
      { href: '/speakers/ada/#ada-second', label: ': Dr. Ada Al on Roads, presentation' },
      { href: '/topics/roads/#ada-answers', label: ': Dr. Ada Al on Roads, Q&A' },
    ]);
  });

  it("lists the event's performers in its JSON-LD and cites the event summary", () => {
    expect(view.jsonLd).toMatchObject({ name: 'A test event', url: 'https://example.org/' });
    expect((view.jsonLd.performer as Array<{ name: string }>).map((p) => p.name)).toEqual(['Ada Al', 'Ben Bo']);
    expect(view.cite.id).toBe('event-summary');
    expect(view.description).toBe('Summary of the event “A test event”, hosted by A host: every remark by speaker and topic.');
  });
});
