import { describe, expect, it } from 'vitest';
import {
  authorsLabel,
  buildRemarkIndex,
  exchangeNumber,
  hasPage,
  homeTitle,
  neighbours,
  partLabel,
  remarkNeighbours,
  remarksBy,
  remarksOn,
  remarkTitle,
  roleLabel,
  sessionPeople,
  speakersOn,
  speakersWithPages,
  speakerTopicGrid,
  topicsOf,
  topicTitles,
} from '../../src/lib/remark-index';
import { extractRemarks } from '../../src/lib/remarks';
import { remarkPartLabel } from '../../src/lib/event-json';
import { makeInput } from './fixtures';

describe('buildRemarkIndex', () => {
  const index = buildRemarkIndex(makeInput());

  it('orders remarks as the event ran: presentations in panel order, then exchanges in programme order', () => {
    // Input lists ben before ada and rivers before roads; panel and programme decide.
    expect(index.remarks.map((r) => r.id)).toEqual([
      'ada-opening',
      'ada-second',
      'ben-opening',
      'ada-answers',
      'guest-asks',
      'ben-answers',
    ]);
    expect(index.remarks.map((r) => r.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(index.topics.map((t) => t.id)).toEqual(['roads', 'rivers']);
  });

  it('gives each remark its home page, part and authors', () => {
    const ask = index.remarkById.get('guest-asks')!;
    expect(ask.home).toEqual({ collection: 'topics', id: 'rivers' });
    expect(ask.part).toBe('qa');
    expect(ask.authors).toEqual([{ id: 'guest', kind: 'participant', label: 'Audience member', role: 'audience-member' }]);
    const open = index.remarkById.get('ada-opening')!;
    expect(open.home).toEqual({ collection: 'speakers', id: 'ada' });
    expect(open.authors.map((a) => a.label)).toEqual(['Dr. Ada Al']);
    expect(open.part).toBe('presentation');
  });

  it('answers the cross-link questions pages ask', () => {
    expect(remarksBy(index, 'ada', 'qa').map((r) => r.id)).toEqual(['ada-answers']);
    expect(remarksOn(index, 'rivers', 'presentation').map((r) => r.id)).toEqual(['ada-opening', 'ada-second']);
    expect(topicsOf(index, 'ben').map((t) => t.id)).toEqual(['roads', 'rivers']);
    expect(speakersOn(index, 'rivers').map((s) => s.id)).toEqual(['ada', 'ben']);
    expect(speakerTopicGrid(index).map((row) => [row.speaker.id, row.cells.map((c) => c.map((r) => r.id))])).toEqual([
      [
        'ada',
        [
          ['ada-second', 'ada-answers'],
          ['ada-opening', 'ada-second'],
        ],
      ],
      ['ben', [['ben-opening'], ['ben-answers']]],
    ]);
  });

  it('answers repeated questions from tables built once, without letting callers change them', () => {
    remarksBy(index, 'ada').pop();
    topicsOf(index, 'ben').pop();
    speakersOn(index, 'rivers').pop();
    expect(remarksBy(index, 'ada').map((r) => r.id)).toEqual(['ada-opening', 'ada-second', 'ada-answers']);
    expect(topicsOf(index, 'ben').map((t) => t.id)).toEqual(['roads', 'rivers']);
    expect(speakersOn(index, 'rivers').map((s) => s.id)).toEqual(['ada', 'ben']);
    expect(remarksBy(index, 'nobody')).toEqual([]);
    expect(topicTitles(index).get('roads')).toBe(index.topics[0]!.title);
    expect(exchangeNumber(index, index.exchanges[1]!.id)).toBe(2);
    expect(exchangeNumber(index, 'missing')).toBe(0);
  });

  it('links pages in reading order: speakers, then topics', () => {
    expect(index.sequence.map((s) => `${s.collection}/${s.id}`)).toEqual(['speakers/ada', 'speakers/ben', 'topics/roads', 'topics/rivers']);
    expect(neighbours(index, 'speakers', 'ada')).toEqual({ prev: undefined, next: index.sequence[1] });
    expect(neighbours(index, 'topics', 'roads').prev?.id).toBe('ben');
    expect(neighbours(index, 'topics', 'missing')).toEqual({});
  });

  it('collects corrections with the remark they belong to', () => {
    const withFix = buildRemarkIndex(
      makeInput({
        ben: '<Remark id="ben-opening" speaker="ben" topics="roads">\nBen <Correction id="fix" original="te" corrected="the" note="typo" /> end.\n</Remark>',
      }),
    );
    expect(withFix.corrections).toEqual([
      expect.objectContaining({ id: 'fix', original: 'te', corrected: 'the', remarkId: 'ben-opening', file: 'content/speakers/ben.mdx' }),
    ]);
    expect(withFix.remarkById.get('ben-opening')!.text).toBe('Ben [the] end.');
  });
});

describe('remarkTitle and remarkNeighbours', () => {
  const index = buildRemarkIndex(makeInput());

  it('names who spoke and how the remark opens, cut at a word', () => {
    expect(remarkTitle(index.remarkById.get('guest-asks')!)).toBe('Audience member: “A guest asked.”');
    expect(remarkTitle(index.remarkById.get('ada-second')!, 8)).toBe('Dr. Ada Al: “Ada went…”');
  });

  it('gives different remarks different titles', () => {
    const titlesOf = index.remarks.map((r) => remarkTitle(r));
    expect(new Set(titlesOf).size).toBe(titlesOf.length);
  });

  it('finds the previous and next remark in event order, across pages', () => {
    const { prev, next } = remarkNeighbours(index, 'ben-opening');
    expect([prev?.id, next?.id]).toEqual(['ada-second', 'ada-answers']);
    expect(remarkNeighbours(index, 'ada-opening').prev).toBeUndefined();
    expect(remarkNeighbours(index, 'nope')).toEqual({});
  });
});

describe('buildRemarkIndex with sessions, narration and joint remarks', () => {
  const base = makeInput();
  const session = extractRemarks(
    [
      '<Narration id="panel-focus">',
      'The panel focused on rivers.',
      '</Narration>',
      '',
      '<Remark id="both-agree" speaker="ben ada" topics="rivers">',
      'Both agreed.',
      '</Remark>',
      '',
      '<Exchange id="late-question" heading="Late?">',
      '<Remark id="guest-late" participant="guest">',
      'A guest asked late.',
      '</Remark>',
      '</Exchange>',
    ].join('\n'),
    'content/sessions/panel.mdx',
  );
  const opening = extractRemarks('A host held a panel.', 'content/event.mdx', 4, 'opening');
  const index = buildRemarkIndex({
    ...base,
    sessions: [{ id: 'panel', file: 'content/sessions/panel.mdx', title: 'The panel', people: [{ id: 'ben', role: 'moderator' }, 'ada'] }],
    remarks: [...base.remarks, ...session.remarks],
    narrations: [...opening.narrations, ...session.narrations],
    exchanges: [...base.exchanges, ...session.exchanges],
  });

  it('places sessions after the presentations and before the Q&A filed by topic', () => {
    expect(index.remarks.map((r) => r.id)).toEqual([
      'ada-opening',
      'ada-second',
      'ben-opening',
      'both-agree',
      'guest-late',
      'ada-answers',
      'guest-asks',
      'ben-answers',
    ]);
    expect(index.exchanges.map((x) => x.id)).toEqual(['late-question', 'road-question', 'river-question']);
    expect(index.sequence.map((s) => `${s.collection}/${s.id}`)).toEqual([
      'sessions/panel',
      'speakers/ada',
      'speakers/ben',
      'topics/roads',
      'topics/rivers',
    ]);
    // Prev/next name each stop by its kind: a session without a stated kind is a "Session".
    expect(index.sequence.map((s) => s.kind)).toEqual(['Session', 'Presentation', 'Presentation', 'Q&A topic', 'Q&A topic']);
  });

  it('credits a joint remark to each person, in the order written, and lists it for both', () => {
    const joint = index.remarkById.get('both-agree')!;
    expect(joint.authors.map((a) => a.id)).toEqual(['ben', 'ada']);
    expect(authorsLabel(joint)).toBe('Ben Bo and Dr. Ada Al');
    expect(remarkTitle(joint)).toBe('Ben Bo and Dr. Ada Al: “Both agreed.”');
    expect(remarksBy(index, 'ada').map((r) => r.id)).toContain('both-agree');
    expect(remarksBy(index, 'ben').map((r) => r.id)).toContain('both-agree');
  });

  it('keeps narration apart from remarks, at home on its page and credited to no one', () => {
    expect(index.narrations.map((n) => [n.id, n.home])).toEqual([
      ['opening', { collection: 'event', id: '' }],
      ['panel-focus', { collection: 'sessions', id: 'panel' }],
    ]);
    expect(index.remarkById.has('panel-focus')).toBe(false);
    expect(index.remarks.some((r) => r.text.includes('focused'))).toBe(false);
  });

  it('homes session remarks on the session page; a remark in an exchange there is Q&A', () => {
    expect(index.remarkById.get('both-agree')).toMatchObject({ home: { collection: 'sessions', id: 'panel' }, part: 'presentation' });
    expect(index.remarkById.get('guest-late')).toMatchObject({ home: { collection: 'sessions', id: 'panel' }, part: 'qa', topics: [] });
    expect(homeTitle(index, { collection: 'sessions', id: 'panel' })).toBe('The panel');
    expect(homeTitle(index, { collection: 'speakers', id: 'ada' })).toBe('Dr. Ada Al’s presentation');
  });

  it('gives a session’s people the role they had in it, and pages only to people with remarks', () => {
    expect(sessionPeople(index, index.sessions[0]!).map((p) => [p.person.id, p.role])).toEqual([
      ['ben', 'moderator'],
      ['ada', 'panelist'],
    ]);
    expect(roleLabel(index, 'moderator', true)).toBe('Moderators');
    const quiet = buildRemarkIndex({
      ...base,
      speakers: [
        ...base.speakers,
        { id: 'cy', file: 'content/speakers/cy.mdx', name: 'Cy Co', shortName: 'Co', role: 'chair', hasPresentation: false },
      ],
    });
    expect(hasPage(quiet, 'cy')).toBe(false);
    expect(speakersWithPages(quiet).map((s) => s.id)).toEqual(['ada', 'ben']);
    expect(quiet.speakers.map((s) => s.id)).toEqual(['ada', 'ben', 'cy']);
  });
});

describe('partLabel', () => {
  it('names the two parts of an event, lower-casing only "presentation" mid-sentence', () => {
    expect([partLabel('presentation'), partLabel('qa')]).toEqual(['Presentation', 'Q&A']);
    expect([partLabel('presentation', true), partLabel('qa', true)]).toEqual(['presentation', 'Q&A']);
  });
});

describe('remarkPartLabel', () => {
  it('names a remark’s part: the Q&A, the session it was made in, or a presentation', () => {
    const base = makeInput();
    const session = extractRemarks('<Remark id="both-agree" speaker="ben ada">\nBoth agreed.\n</Remark>', 'content/sessions/panel.mdx');
    const index = buildRemarkIndex({
      ...base,
      sessions: [{ id: 'panel', file: 'content/sessions/panel.mdx', title: 'First panel', people: [] }],
      remarks: [...base.remarks, ...session.remarks],
    });
    expect(remarkPartLabel(index, index.remarkById.get('both-agree')!)).toBe('First panel');
    expect(remarkPartLabel(index, index.remarkById.get('ada-answers')!)).toBe('Q&A');
    expect(remarkPartLabel(index, index.remarkById.get('ada-opening')!)).toBe('Presentation');
  });
});
