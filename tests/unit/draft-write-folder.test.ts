import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eventSchema } from '../../src/lib/content-model';
import { draftEvent } from '../../src/lib/draft/draft';
import { escapeMdx, writeFolder } from '../../src/lib/draft/write-folder';
import { readVoices } from '../../src/lib/draft/score';
import { mapParagraphsToRemarks, sourceParagraphs, unplaced } from '../../src/lib/source-view';

const SUMMARY = [
  'SUMMARY',
  '',
  'On May 1, the Harbor Club hosted Dr. Ada Lane and Bea Moss for a talk on bridges.',
  '',
  'Lane said that 5 < 6 and {braces} and *stars* & &amp; stay as written.',
  '',
  '# Moss argued that costs rise. 1. That is the first point.',
  '',
  'One audience member asked about tolls. Lane answered that tolls stay.',
].join('\n');

describe('escapeMdx', () => {
  it('escapes text so that MDX parses it back to the same characters', () => {
    for (const text of [
      '5 <b> 6 {x} *y* _z_ `c` [a](b) AT&T &amp; ~~s~~ back\\slash',
      '# not a heading',
      '1. not a list',
      '- not a list',
      '> not a quote',
    ]) {
      const tree = remark()
        .use(remarkMdx)
        .parse(`<Remark id="a">\n${escapeMdx(text)}\n</Remark>`);
      expect(toString(tree)).toBe(text);
    }
  });
});

describe('writeFolder', () => {
  const draft = draftEvent(SUMMARY);
  const files = writeFolder(draft);

  it('writes the summary byte for byte, the event, one file per person, a session and the participants', () => {
    expect(files['source/event-summary.txt']).toBe(SUMMARY);
    expect(Object.keys(files).sort()).toEqual([
      'REVIEW.md',
      'event.mdx',
      'participants.json',
      'sessions/summary.mdx',
      'source/event-summary.txt',
      'speakers/lane.mdx',
      'speakers/moss.mdx',
    ]);
  });

  it('puts an all-narration opening paragraph in the event body', () => {
    expect(files['event.mdx']!.trimEnd().split('\n').at(-1)).toBe(
      'On May 1, the Harbor Club hosted Dr. Ada Lane and Bea Moss for a talk on bridges.',
    );
  });

  it('writes text every passage of which is found in the source, so the build’s source check passes', () => {
    const passages = readVoices(files);
    const view = mapParagraphsToRemarks(
      sourceParagraphs(SUMMARY),
      passages.map((p) => ({ id: p.key, sourceText: p.text })),
    );
    expect(
      unplaced(
        view,
        passages.map((p) => ({ id: p.key })),
      ),
    ).toEqual([]);
    expect(view.slice(1).flatMap((p) => p.uncovered)).toEqual([]);
  });

  it('credits remarks with speaker="…" and participants with participant="…" inside an exchange', () => {
    const session = files['sessions/summary.mdx']!;
    expect(session).toMatch(/<Exchange id="[a-z-]+" heading="Tolls">\n<Remark id="audience-member-tolls" participant="audience-member-1">/);
    expect(session).toMatch(/<Remark id="lane-tolls-stay" speaker="lane">\nLane answered that tolls stay.\n<\/Remark>\n<\/Exchange>/);
  });

  it('names in REVIEW.md the file and line where each doubt landed', () => {
    const item = /`(event\.mdx):(\d+)` title/.exec(files['REVIEW.md']!);
    expect(item).not.toBeNull();
    expect(files['event.mdx']!.split('\n')[Number(item![2]) - 1]).toMatch(/^title:/);
  });
});

describe('writeFolder, with a list of speakers before the opening', () => {
  const summary =
    'SUMMARY\n\nDr. Ada Lane, Harbor College\n1. Bea Moss, Tide Trust\n\nModerator: Cy Kim, Bridge Trust\n\nOn May 1, the club met.\n\nLane said bridges need care.';
  const files = writeFolder(draftEvent(summary));

  it('writes each list and the opening as a paragraph of the event body, a list line by line, each line escaped', () => {
    const body = files['event.mdx']!.split('---\n')[2];
    expect(body).toBe(
      '\nDr. Ada Lane, Harbor College\n1\\. Bea Moss, Tide Trust\n\nModerator: Cy Kim, Bridge Trust\n\nOn May 1, the club met.\n',
    );
  });

  it('gives each body paragraph its own narration passage, found in its own paragraph of the source', () => {
    const passages = readVoices(files).filter((p) => p.key.startsWith('event.mdx#'));
    expect(passages.map((p) => p.key)).toEqual(['event.mdx#opening', 'event.mdx#opening-2', 'event.mdx#opening-3']);
    const view = mapParagraphsToRemarks(
      sourceParagraphs(summary),
      readVoices(files).map((p) => ({ id: p.key, sourceText: p.text })),
    );
    expect(view.map((p) => p.remarkIds.length)).toEqual([0, 1, 1, 1, 1]);
    expect(view.flatMap((p) => p.uncovered)).toEqual(['SUMMARY']);
  });
});

describe('writeFolder, with an unnamed participant of a declared role', () => {
  const summary =
    'On May 1, the Harbor Club held a roundtable on piers.\n\nA retired diver cautioned that piers sink. One participant agreed.';
  const files = writeFolder(draftEvent(summary));

  it('declares the role in event.mdx, valid for the event schema, and gives it to the participant', () => {
    const frontmatter = parse(files['event.mdx']!.split('---\n')[1]!);
    expect(eventSchema.parse(frontmatter).roles).toEqual([{ id: 'retired-diver', label: 'Retired diver' }]);
    expect(JSON.parse(files['participants.json']!).map((p: { role: string }) => p.role)).toEqual(['retired-diver', 'commentator']);
  });
});
