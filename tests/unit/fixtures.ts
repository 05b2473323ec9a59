/** A tiny in-memory event (invented for the tests) for validator and index tests. */
import type { ContentInput } from '../../src/lib/event-model';
import { extractRemarks } from '../../src/lib/remarks';

export const files = {
  ada: `<Remark id="ada-opening" speaker="ada" topics="rivers">\nAda opened.\n</Remark>\n\n<Remark id="ada-second" speaker="ada" topics="roads rivers">\nAda went on.\n</Remark>`,
  ben: `<Remark id="ben-opening" speaker="ben" topics="roads">\nBen opened.\n</Remark>`,
  rivers: `<Exchange id="river-question" heading="Rivers?">\n\n<Remark id="guest-asks" participant="guest" topics="rivers">\nA guest asked.\n</Remark>\n\n<Remark id="ben-answers" speaker="ben" topics="rivers">\nBen answered.\n</Remark>\n\n</Exchange>`,
  roads: `<Exchange id="road-question" heading="Roads?">\n\n<Remark id="ada-answers" speaker="ada" topics="roads">\nAda answered.\n</Remark>\n\n</Exchange>`,
};

/** Builds a valid ContentInput; `patch` may replace any MDX body or list before extraction. */
export function makeInput(
  patch: Partial<Record<keyof typeof files, string>> = {},
  programme = ['road-question', 'river-question'],
): ContentInput {
  const src = { ...files, ...patch };
  const extracted = [
    extractRemarks(src.ada, 'content/speakers/ada.mdx'),
    extractRemarks(src.ben, 'content/speakers/ben.mdx'),
    extractRemarks(src.rivers, 'content/topics/rivers.mdx'),
    extractRemarks(src.roads, 'content/topics/roads.mdx'),
  ];
  return {
    event: {
      file: 'content/event.mdx',
      title: 'A test event',
      shortTitle: 'Test',
      date: '2001-02-03',
      dateAsStated: 'February 3',
      yearInferred: true,
      dateNote: 'stated',
      hosts: ['A host'],
      coHosts: [],
      documentTitle: 'Summary',
      panel: ['ada', 'ben'],
      sessions: [],
      programme,
      roles: [],
    },
    speakers: [
      { id: 'ben', file: 'content/speakers/ben.mdx', name: 'Ben Bo', shortName: 'Bo', role: 'panelist', hasPresentation: true },
      {
        id: 'ada',
        file: 'content/speakers/ada.mdx',
        name: 'Ada Al',
        honorific: 'Dr.',
        shortName: 'Al',
        role: 'panelist',
        hasPresentation: true,
      },
    ],
    participants: [
      { id: 'guest', file: 'content/participants.json', label: 'Audience member', role: 'audience-member', asDescribed: 'One guest' },
    ],
    sessions: [],
    topics: [
      { id: 'rivers', file: 'content/topics/rivers.mdx', title: 'Rivers' },
      { id: 'roads', file: 'content/topics/roads.mdx', title: 'Roads' },
    ],
    remarks: extracted.flatMap((e) => e.remarks),
    narrations: extracted.flatMap((e) => e.narrations),
    exchanges: extracted.flatMap((e) => e.exchanges),
  };
}
