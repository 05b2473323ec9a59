import { describe, expect, it } from 'vitest';
import { MAX_NAMED_PER_LINE, MAX_QUOTED_REMARKS } from '../../src/lib/page-limits';
import { speakerPageView } from '../../src/lib/views/speaker-page';
import { files, makeInput } from './fixtures';
import { eventData, remarksMdx, SITE, withSpeakersOnRivers } from './views-fixture';

describe('speakerPageView', () => {
  const view = speakerPageView(eventData(), 'ada', SITE);

  it('names the speaker with honorific and role, and links the topics they spoke on', () => {
    expect(view.name).toBe('Dr. Ada Al');
    expect(view.role).toBe('Panelist');
    expect(view.topics).toEqual([
      { href: '/topics/roads/', label: 'Roads' },
      { href: '/topics/rivers/', label: 'Rivers' },
    ]);
  });

  it('quotes a remark made in the Q&A under the topic page where it was said, with its topics linked', () => {
    expect(view.quote).toBe(true);
    expect(view.hasTopicQa).toBe(true);
    expect(view.qaByTopic).toHaveLength(1);
    const [group] = view.qaByTopic;
    expect(group!.anchor).toBe('qa-roads');
    expect(group!.heading).toEqual({ href: '/topics/roads/', label: 'Roads' });
    expect(group!.remarks.quoted?.map((c) => c.remark.id)).toEqual(['ada-answers']);
    expect(group!.remarks.quoted?.[0]!.topics).toEqual([{ href: '/topics/roads/', label: 'Roads' }]);
  });

  it("gives the presentation's MDX the views of its own remarks only", () => {
    expect(Object.keys(view.mdx.remarks)).toEqual(['ada-opening', 'ada-second']);
    expect(view.mdx.remarks['ada-second']!.topics.map((t) => t.label)).toEqual(['Roads', 'Rivers']);
    expect(view.mdx.exchanges).toEqual({});
  });

  it("cites the page and describes the person at the page's absolute address", () => {
    expect(view.cite.url).toBe('https://example.org/speakers/ada/');
    expect(view.cite.title).toBe('Dr. Ada Al: remarks');
    expect(view.jsonLd).toMatchObject({
      '@type': 'Person',
      name: 'Ada Al',
      honorificPrefix: 'Dr.',
      url: 'https://example.org/speakers/ada/',
    });
  });

  it('links to the next page in reading order and has no previous page for the first speaker', () => {
    expect(view.prev).toBeUndefined();
    expect(view.next).toMatchObject({ collection: 'speakers', id: 'ben', kind: 'Presentation' });
  });

  it(`lists remarks from elsewhere as links, not quotes, past ${MAX_QUOTED_REMARKS} of them`, () => {
    const roads = `<Exchange id="road-question" heading="Roads?">\n\n${remarksMdx('ada-more', MAX_QUOTED_REMARKS + 1, 'ada', 'roads')}\n\n</Exchange>`;
    const many = speakerPageView(eventData(makeInput({ roads })), 'ada', SITE);
    expect(many.quote).toBe(false);
    expect(many.elsewhereCount).toBe(MAX_QUOTED_REMARKS + 1);
    const linked = many.qaByTopic[0]!.remarks.linked!;
    expect(linked).toHaveLength(MAX_QUOTED_REMARKS + 1);
    expect(linked[0]).toEqual({ href: '/topics/roads/#ada-more-1', label: 'Dr. Ada Al: “Remark 1 of ada-more.”' });
  });

  it('quotes exactly at the limit', () => {
    const roads = `<Exchange id="road-question" heading="Roads?">\n\n${remarksMdx('ada-more', MAX_QUOTED_REMARKS, 'ada', 'roads')}\n\n</Exchange>`;
    expect(speakerPageView(eventData(makeInput({ roads })), 'ada', SITE).quote).toBe(true);
  });

  it(`names at most ${MAX_NAMED_PER_LINE} other speakers per topic and links "and N more" to the topic`, () => {
    const crowded = speakerPageView(eventData(withSpeakersOnRivers(MAX_NAMED_PER_LINE + 1)), 'ada', SITE);
    const rivers = crowded.alsoOn.find((a) => a.topic.label === 'Rivers')!;
    // Ben and the 7 added speakers are the 8 others: 6 named, 2 more.
    expect(rivers.others.map((o) => o.label)).toEqual(['Ben Bo', 'Speaker s1', 'Speaker s2', 'Speaker s3', 'Speaker s4', 'Speaker s5']);
    expect(rivers.more).toEqual({ count: 2, href: '/topics/rivers/' });
  });

  it('says when a speaker has no remark in the Q&A but the event has one', () => {
    const ben = files.ben;
    const rivers = files.rivers.replace(/\n\n<Remark id="ben-answers"[\s\S]*?<\/Remark>/, '');
    const quiet = speakerPageView(eventData(makeInput({ ben, rivers })), 'ben', SITE);
    expect(quiet.hasTopicQa).toBe(true);
    expect(quiet.qaByTopic).toEqual([]);
  });

  it('refuses a person who is not in the index', () => {
    expect(() => speakerPageView(eventData(), 'nobody', SITE)).toThrow(/nobody/);
  });
});
