import { describe, expect, it } from 'vitest';
import { draftEvent } from '../../src/lib/draft/draft';

describe('draftEvent', () => {
  it('leaves the event body empty and opens the first session with the opening when someone speaks in it', () => {
    const draft = draftEvent('On May 1, the club hosted Ada Lane. Lane said bridges need care.\n\nLane added more.');
    expect(draft.body).toBeUndefined();
    expect(draft.sessions[0]!.items[0]).toMatchObject({
      kind: 'element',
      voice: { kind: 'narration' },
      text: 'On May 1, the club hosted Ada Lane.',
    });
  });

  it('puts the lists beside the opening, and the opening, in the event body as paragraphs of their own', () => {
    const draft = draftEvent(
      'SUMMARY\n\nDr. Ada Lane, Harbor College\nBea Moss, Tide Trust\n\nModerator: Cy Kim, Bridge Trust\n\nOn May 1, the Harbor Club held a panel on bridges.\n\nLane said bridges need care.',
    );
    expect(draft.body?.map((p) => p.lines)).toEqual([
      ['Dr. Ada Lane, Harbor College', 'Bea Moss, Tide Trust'],
      ['Moderator: Cy Kim, Bridge Trust'],
      ['On May 1, the Harbor Club held a panel on bridges.'],
    ]);
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
    const draft = draftEvent(
      'On May 1, the club hosted Ada Lane.\n\nOne guest asked about tolls. Lane answered.\n\nThe discussion then turned to ferries.',
    );
    expect(draft.sessions[0]!.items.map((i) => i.kind)).toEqual(['exchange', 'element']);
  });

  it('never splits a remark across two source paragraphs', () => {
    const draft = draftEvent('On May 1, the club hosted Ada Lane.\n\nLane said bridges need care.\n\nShe added that repairs are overdue.');
    expect(draft.sessions[0]!.items.map((i) => i.kind === 'element' && i.text)).toEqual([
      'Lane said bridges need care.',
      'She added that repairs are overdue.',
    ]);
  });

  it('titles the event, never its first session, with the title line under the document heading', () => {
    const draft = draftEvent(
      'SUMMARY\n\nSeeds for Dry Years\n\nOn May 1, the Orchard Institute held two panels.\n\nThe first panel focused on rice. Lane said rice keeps.\n\nThe second panel turned to wheat. Moss said wheat travels.',
    );
    expect(draft.fields.title).toBe('Seeds for Dry Years');
    expect(draft.sessions.map((s) => s.title)).toEqual(['First panel', 'Second panel']);
  });

  it("gives a session only the people introduced in it or speaking in it, not those the event's introduction names", () => {
    // Someone speaks in the opening, so the opening and the list after it land in the first session.
    const draft = draftEvent(
      'On May 1, the Orchard Institute held two panels, moderated by Cy Kim. Kim said seeds matter.\n\nPanelists:\nAda Lane, Tide Trust\nBea Moss, Delta College\n\nThe first panel focused on rice. Lane said rice keeps.\n\nThe second panel turned to wheat. Moss said wheat travels.',
    );
    expect(draft.sessions.map((s) => [s.title, s.people])).toEqual([
      ['Presentations', ['kim']],
      ['First panel', ['lane']],
      ['Second panel', ['moss']],
    ]);
  });

  it('lists a moderator named in the opening in no session unless they speak there, or the text puts them in every panel', () => {
    const panels =
      'The first panel, with Ada Lane, focused on rice. Lane said rice keeps.\n\nThe second panel, with Bea Moss, turned to wheat. Moss said wheat travels.';
    const quiet = draftEvent(
      `On May 1, the Orchard Institute held two panels. The event was moderated by Dr. Cy Kim, Director of the Seed Program at the Orchard Institute.\n\n${panels}`,
    );
    expect(quiet.sessions.map((s) => s.people)).toEqual([['lane'], ['moss']]);
    expect(quiet.people.find((p) => p.id === 'kim')).toMatchObject({
      role: 'moderator',
      description: 'Director of the Seed Program at the Orchard Institute',
      affiliation: 'Orchard Institute',
    });
    const closing = draftEvent(
      `On May 1, the Orchard Institute held two panels, moderated by Cy Kim.\n\n${panels}\n\nKim closed by noting that seeds travel too.`,
    );
    expect(closing.sessions.map((s) => s.people)).toEqual([['lane'], ['moss', 'kim']]);
    const both = draftEvent(
      `On May 1, the Orchard Institute held two panels. Cy Kim, who moderated both panels, opened the day.\n\n${panels}`,
    );
    expect(both.sessions.map((s) => s.people)).toEqual([
      ['lane', 'kim'],
      ['moss', 'kim'],
    ]);
  });

  it("builds a joint remark's id from the words after the last speaker's name, never from a cut word", () => {
    const draft = draftEvent('On May 1, the Orchard Institute hosted Ada Hartwell and Bo Kim.\n\nHartwell and Kim agreed that tolls work.');
    const remark = draft.sessions[0]!.items.find((i) => i.kind === 'element' && i.voice.kind === 'person');
    expect(remark?.id).toBe('hartwell-and-kim-tolls-work');
  });
});
