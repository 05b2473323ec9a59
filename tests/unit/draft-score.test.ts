import { describe, expect, it } from 'vitest';
import { formatScore, scorePair } from '../../src/lib/draft/score';

const SUMMARY =
  'SUMMARY\n\nOn May 1, a club hosted Ada Lane and Bea Moss.\n\nLane said bridges need care. Moss agreed.\n\nOne guest asked about tolls. Lane answered.';

const speakers = {
  'speakers/lane.mdx': '---\nname: Ada Lane\n---\n',
  'speakers/moss.mdx': '---\nname: Bea Moss\n---\n',
  'participants.json': '[{ "id": "guest", "role": "audience-member", "asDescribed": "One guest" }]',
};
const session = (mossSpeaker: string, exchange: boolean) => `---
title: Summary
---

<Remark id="a" speaker="lane">
Lane said bridges need care.
</Remark>

<Remark id="b" speaker="${mossSpeaker}">
Moss agreed.
</Remark>

${exchange ? '<Exchange id="tolls" heading="Tolls">' : ''}
<Remark id="c" participant="guest">
One guest asked about tolls.
</Remark>

<Remark id="d" speaker="lane">
Lane answered.
</Remark>
${exchange ? '</Exchange>' : ''}
`;
const folder = (mossSpeaker: string, exchange: boolean) => ({
  ...speakers,
  'event.mdx': '---\ntitle: t\n---\n\nOn May 1, a club hosted Ada Lane and Bea Moss.\n',
  'sessions/summary.mdx': session(mossSpeaker, exchange),
});

describe('scorePair', () => {
  it('counts every sentence right when the draft matches the hand-made content', () => {
    const score = scorePair('same', SUMMARY, folder('moss', true), folder('moss', true));
    expect([score.sentences, score.right, score.exchanges.matching]).toEqual([5, 5, 1]);
  });

  it('lists a sentence credited to the wrong person, comparing names, and a joint remark as a set', () => {
    const score = scorePair('wrong', SUMMARY, folder('moss', true), folder('lane moss', true));
    expect(score.wrong).toEqual([{ n: 2, text: 'Moss agreed.', expected: 'person: Bea Moss', got: 'person: Ada Lane & Bea Moss' }]);
  });

  it('reports a missed exchange start as lost recall', () => {
    const score = scorePair('no exchange', SUMMARY, folder('moss', true), folder('moss', false));
    expect(score.exchanges).toMatchObject({ draft: 0, gold: 1, matching: 0, missed: ['One guest asked about tolls.'] });
  });

  it('names a person only one side has', () => {
    const draft = { ...folder('moss', true), 'speakers/vale.mdx': '---\nname: Upper Vale\n---\n' };
    expect(scorePair('people', SUMMARY, folder('moss', true), draft).people).toEqual({ missed: [], extra: ['Upper Vale'] });
  });

  it('reads the event body as narration and marks source text no passage holds as missing', () => {
    const gold = folder('moss', true);
    const { ['sessions/summary.mdx']: _, ...withoutSession } = gold;
    const score = scorePair('missing', SUMMARY, gold, withoutSession);
    expect(score.right).toBe(1);
    expect(score.wrong.map((w) => w.got)).toEqual(['(missing)', '(missing)', '(missing)', '(missing)']);
  });
});

describe('formatScore', () => {
  it('prints each group under its heading with its own total', () => {
    const right = scorePair('same', SUMMARY, folder('moss', true), folder('moss', true));
    const wrong = scorePair('wrong', SUMMARY, folder('moss', true), folder('lane moss', false));
    const report = formatScore([
      { heading: 'developed on', total: 'developed-on pairs', scores: [right] },
      { heading: 'held-out', total: 'held-out pairs', scores: [wrong] },
    ]).split('\n');
    expect(report.filter((l) => /^\S/.test(l))).toEqual([
      'developed on',
      'same',
      'developed-on pairs: 5/5 sentences right (100.0%); Q&A exchange starts: precision 100.0%, recall 100.0%',
      'held-out',
      'wrong',
      'held-out pairs: 4/5 sentences right (80.0%); Q&A exchange starts: precision n/a, recall 0.0%',
    ]);
  });
});
