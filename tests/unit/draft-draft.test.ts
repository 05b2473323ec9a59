import { describe, expect, it } from 'vitest';
import { draftEvent } from '../../src/lib/draft/draft';

describe('draftEvent', () => {
  it('leaves the event body empty and opens the first session with the opening when someone speaks in it', () => {
    const draft = draftEvent('On May 1, the club hosted Ada Lane. Lane said bridges need care.\n\nLane added more.');
    expect(draft.body).toBeUndefined();
    expect(draft.sessions[0]!.items[0]).toMatchObject({ kind: 'element', voice: { kind: 'narration' }, text: 'On May 1, the club hosted Ada Lane.' });
  });

  it('puts the lists beside the opening, and the opening, in the event body as paragraphs of their own', () => {
    const draft = draftEvent(
      'SUMMARY\n\nDr. Ada Lane, Harbor College\nBea Moss, Tide Trust\n\nModerator: Cy Kim, Bridge Trust\n\nOn May 1, the Harbor Club held a panel on bridges.\n\nLane said bridges need care.',
    );
    expect(draft.body?.map((p) => p.lines)).toEqual([['Dr. Ada Lane, Harbor College', 'Bea Moss, Tide Trust'], ['Moderator: Cy Kim, Bridge Trust'], ['On May 1, the Harbor Club held a panel on bridges.']]);
    expect(draft.sessions[0]!.items.map((i) => i.kind === 'element' && i.text)).toEqual(['Lane said bridges need care.']);
  });

  it('keeps a list before the opening in the body when someone speaks in the opening', () => {
    const draft = draftEvent('Ada Lane, Harbor College\n\nOn May 1, the club hosted Ada Lane. Lane said bridges need care.');
    expect(draft.body?.map((p) => p.lines)).toEqual([['Ada Lane, Harbor College']]);
    expect(draft.sessions[0]!.items[0]).toMatchObject({ voice: { kind: 'narration' }, text: 'On May 1, the club hosted Ada Lane.' });
  });

  it('starts a session at a title-case heading, but not at a label or a list of names', () => {
    const draft = draftEvent(
      'EVENT SUMMARY\n\nOn May 1, the club held a panel with Ada Lane and Bea Moss.\n\nSpeakers:\n\nAda Lane\nBea Moss\n\nLane said bridges need care.\n\nPanel 2: River Ferries\n\nMoss said ferries are cheap.',
    );
    expect(draft.sessions.map((s) => [s.title, s.kind])).toEqual([
      ['Panel', undefined],
      ['Panel 2: River Ferries', 'Panel'],
    ]);
  });

  it('writes one session per panel and lists their ids in order', () => {
    const draft = draftEvent(
      'On May 1, the club hosted Ada Lane and Bea Moss.\n\nThe first panel focused on rivers. Lane spoke on floods.\n\nThe second panel turned to money. Moss said funds are short.',
    );
    expect(draft.sessions.map((s) => [s.id, s.title, s.kind, s.people])).toEqual([
      ['first-panel', 'First panel', 'Panel', ['lane']],
      ['second-panel', 'Second panel', 'Panel', ['moss']],
    ]);
    expect(draft.fields.sessionIds).toEqual(['first-panel', 'second-panel']);
  });

  it('ends an exchange at a paragraph that opens with narration', () => {
    const draft = draftEvent('On May 1, the club hosted Ada Lane.\n\nOne guest asked about tolls. Lane answered.\n\nThe discussion then turned to ferries.');
    expect(draft.sessions[0]!.items.map((i) => i.kind)).toEqual(['exchange', 'element']);
  });

  it('never splits a remark across two source paragraphs', () => {
    const draft = draftEvent('On May 1, the club hosted Ada Lane.\n\nLane said bridges need care.\n\nShe added that repairs are overdue.');
    expect(draft.sessions[0]!.items.map((i) => i.kind === 'element' && i.text)).toEqual(['Lane said bridges need care.', 'She added that repairs are overdue.']);
  });
});
