import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_REMARKS } from '../../src/lib/page-limits';
import { topicPageView } from '../../src/lib/views/topic-page';
import { files, makeInput } from './fixtures';
import { eventData, remarksMdx, SITE } from './views-fixture';

describe('topicPageView', () => {
  const view = topicPageView(eventData(), 'rivers', SITE);

  it('calls a topic with exchanges a Q&A topic and names its speakers and its unnamed participants', () => {
    expect(view.kind).toBe('Q&A topic');
    expect(view.hasExchanges).toBe(true);
    expect(view.speakers).toEqual([
      { href: '/speakers/ada/', label: 'Dr. Ada Al' },
      { href: '/speakers/ben/', label: 'Ben Bo' },
    ]);
    expect(view.participants).toBe('audience member');
    expect(view.cite.title).toBe('Q&A: Rivers');
  });

  it('quotes the presentation remarks tagged with it, and no exchange filed under another topic', () => {
    expect(view.hasElsewhere).toBe(true);
    expect(view.fromPresentations.quoted?.map((c) => c.remark.id)).toEqual(['ada-opening', 'ada-second']);
    expect(view.fromOtherExchanges).toEqual({ quoted: [] });
  });

  it('gives its exchange the position in the whole Q&A, in programme order', () => {
    // The programme runs road-question, then river-question.
    expect(view.mdx.exchanges).toEqual({ 'river-question': { position: 2, total: 2 } });
    expect(Object.keys(view.mdx.remarks)).toEqual(['guest-asks', 'ben-answers']);
  });

  it('lists every remark of a topic without exchanges, quoted', () => {
    const input = makeInput({ ben: files.ben.replace('topics="roads"', 'topics="bridges"') });
    input.topics.push({ id: 'bridges', file: 'content/topics/bridges.mdx', title: 'Bridges' });
    const bridges = topicPageView(eventData(input), 'bridges', SITE);
    expect(bridges.kind).toBe('Topic');
    expect(bridges.hasExchanges).toBe(false);
    expect(bridges.remarks.quoted?.map((c) => c.remark.id)).toEqual(['ben-opening']);
    expect(bridges.cite.title).toBe('Bridges');
    expect(bridges.description).toBe('Every remark on “Bridges”, verbatim from the event summary.');
  });

  it(`links rather than quotes the remarks from elsewhere past ${MAX_QUOTED_REMARKS}`, () => {
    const ada = remarksMdx('ada-talk', MAX_QUOTED_REMARKS + 1, 'ada', 'rivers');
    const many = topicPageView(eventData(makeInput({ ada })), 'rivers', SITE);
    expect(many.fromPresentations.linked).toHaveLength(MAX_QUOTED_REMARKS + 1);
    expect(many.fromPresentations.linked?.[0]).toEqual({ href: '/speakers/ada/#ada-talk-1', label: 'Dr. Ada Al: “Remark 1 of ada-talk.”' });
  });
});
