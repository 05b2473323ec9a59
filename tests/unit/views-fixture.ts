/**
 * Small events for the view tests, built on the invented event of fixtures.ts: the event as views
 * read it (`EventData`), optionally grown past a page limit (more remarks, more speakers on a topic).
 */
import type { ContentInput } from '../../src/lib/event-model';
import { buildRemarkIndex } from '../../src/lib/remark-index';
import { extractRemarks } from '../../src/lib/remarks';
import type { EventData } from '../../src/lib/views/event-data';
import { files, makeInput } from './fixtures';

export const SITE = 'https://example.org';

/** The event data of a ContentInput, with no A–Z entries and no source paragraphs unless given. */
export function eventData(input: ContentInput = makeInput(), extra: Partial<Pick<EventData, 'entities' | 'source'>> = {}): EventData {
  return { index: buildRemarkIndex(input), entities: [], source: [], event: input.event, ...extra };
}

/** `count` remarks by `speaker` tagged `topics`, as MDX, with ids `<prefix>-1` … */
export function remarksMdx(prefix: string, count: number, speaker: string, topics: string): string {
  return Array.from(
    { length: count },
    (_, i) => `<Remark id="${prefix}-${i + 1}" speaker="${speaker}" topics="${topics}">\nRemark ${i + 1} of ${prefix}.\n</Remark>`,
  ).join('\n\n');
}

/**
 * The fixture event with `extra` more named speakers (`s1` … `sN`), each answering once in the
 * rivers exchange: the rivers topic then has `extra + 2` named speakers (ada, ben and these).
 */
export function withSpeakersOnRivers(extra: number): ContentInput {
  const ids = Array.from({ length: extra }, (_, i) => `s${i + 1}`);
  const answers = ids.map((id) => `<Remark id="${id}-answers" speaker="${id}" topics="rivers">\n${id} answered.\n</Remark>`).join('\n\n');
  const rivers = files.rivers.replace('\n\n</Exchange>', `\n\n${answers}\n\n</Exchange>`);
  const input = makeInput({ rivers });
  return {
    ...input,
    speakers: [
      ...input.speakers,
      ...ids.map((id) => ({
        id,
        file: `content/speakers/${id}.mdx`,
        name: `Speaker ${id}`,
        shortName: id,
        role: 'panelist',
        hasPresentation: false,
      })),
    ],
  };
}

/** Re-extracts one MDX body into an input (for fixtures that add a file of their own). */
export function extractInto(input: ContentInput, body: string, file: string): ContentInput {
  const extracted = extractRemarks(body, file);
  return {
    ...input,
    remarks: [...input.remarks, ...extracted.remarks],
    narrations: [...input.narrations, ...extracted.narrations],
    exchanges: [...input.exchanges, ...extracted.exchanges],
  };
}

/**
 * The fixture event with an opening paragraph, and a session "The panel" (ben moderating, ada) holding
 * narration, a joint remark with a correction, and a late exchange with a guest's question.
 */
export function withPanelSession(): ContentInput {
  const input = makeInput();
  const session = extractRemarks(
    [
      '<Narration id="panel-focus">',
      'The panel focused on rivers.',
      '</Narration>',
      '',
      '<Remark id="both-agree" speaker="ben ada" topics="rivers">',
      'Both <Correction id="agred" original="agred" corrected="agreed" note="typo" />.',
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
  return {
    ...input,
    event: { ...input.event, sessions: ['panel'] },
    sessions: [
      {
        id: 'panel',
        file: 'content/sessions/panel.mdx',
        title: 'The panel',
        kind: 'Panel',
        people: [{ id: 'ben', role: 'moderator' }, 'ada'],
      },
    ],
    remarks: [...input.remarks, ...session.remarks],
    narrations: [...opening.narrations, ...session.narrations],
    exchanges: [...input.exchanges, ...session.exchanges],
  };
}
