import { describe, expect, it } from 'vitest';
import { isHeading, mapParagraphsToRemarks, sourceBlocks, sourceParagraphs, sourceViewProblems, unplaced } from '../../src/lib/source-view';

describe('sourceParagraphs', () => {
  it('splits on blank lines and joins lines with a space, collapsing whitespace', () => {
    const text = ' HEADING \r\n\r\nFirst line  of one\r\nparagraph.  \r\n \t \r\nSecond\tparagraph,\n  indented.\n';
    expect(sourceParagraphs(text)).toEqual(['HEADING', 'First line of one paragraph.', 'Second paragraph, indented.']);
  });

  it('joins a line ending in a hyphen without a space, keeping the hyphen', () => {
    expect(sourceParagraphs('non-proliferation, anti-\nterrorism, and aid.')).toEqual(['non-proliferation, anti-terrorism, and aid.']);
    // A dash that stands alone is punctuation, not a hyphen at a line break.
    expect(sourceParagraphs('three experts -\nAda and Ben.\n')).toEqual(['three experts - Ada and Ben.']);
    expect(sourceParagraphs('experts\n– Ada and Ben –\nfor a talk.')).toEqual(['experts – Ada and Ben – for a talk.']);
  });

  it('joins a paragraph that stops mid-sentence (a page break) to the next, however many blank lines', () => {
    const text = 'There were chances for Japan to \n\n\n\ncooperate with the US.  \n\nNext one.';
    expect(sourceParagraphs(text)).toEqual(['There were chances for Japan to cooperate with the US.', 'Next one.']);
  });

  it('does not join after a sentence ends (. ? ! … ” ") nor to or onto a heading', () => {
    const ends = ['One.', 'Two?', 'Three!', 'Four…', '“Five.”', '"Six."'];
    expect(sourceParagraphs(ends.join('\n\n'))).toEqual(ends);
    expect(sourceParagraphs('EXECUTIVE SUMMARY\n\nOn April 20, a talk.\n\nIt ended without a stop\n\nNEXT PART')).toEqual([
      'EXECUTIVE SUMMARY',
      'On April 20, a talk.',
      'It ended without a stop',
      'NEXT PART',
    ]);
  });
});

describe('headings and lists in a pasted summary', () => {
  it('treats a short title-case line as a heading, never joined to the paragraph after it', () => {
    const text = 'Summary of Proceedings\n\nThe Lakeside Forum met on\nMay 2.\n\nPanel 1: Water Security\n\nLane spoke.';
    expect(sourceParagraphs(text)).toEqual([
      'Summary of Proceedings',
      'The Lakeside Forum met on May 2.',
      'Panel 1: Water Security',
      'Lane spoke.',
    ]);
    expect(['Summary of Proceedings', 'Panel 1: Water Security', 'EXECUTIVE SUMMARY'].every(isHeading)).toBe(true);
  });

  it('keeps a sentence, a name with its affiliation, and a page-break fragment out of the headings', () => {
    expect(isHeading('Lane spoke.')).toBe(false);
    expect(isHeading('Dr. Ada Lane, Example Institute')).toBe(false);
    expect(isHeading('There have been opportunities for Japan to')).toBe(false);
  });

  it('keeps a list of speakers and affiliations, and a label line, apart from the opening paragraph', () => {
    const text =
      'Dr. Ada Lane, Example Institute\nBen Moss, Other Trust\n\nModerator: Cy Kim, Bridge Trust\n\nThe institute hosted a panel on\nbridges.';
    expect(sourceParagraphs(text)).toEqual([
      'Dr. Ada Lane, Example Institute Ben Moss, Other Trust',
      'Moderator: Cy Kim, Bridge Trust',
      'The institute hosted a panel on bridges.',
    ]);
  });

  it('gives each paragraph the lines it was read from, and whether it is a list', () => {
    expect(sourceBlocks('Ada Lane, Example Institute\nBen Moss, Other Trust\n\nThe panel met on\n\nMay 2.')).toEqual([
      {
        text: 'Ada Lane, Example Institute Ben Moss, Other Trust',
        lines: ['Ada Lane, Example Institute', 'Ben Moss, Other Trust'],
        list: true,
      },
      { text: 'The panel met on May 2.', lines: ['The panel met on', 'May 2.'], list: false },
    ]);
  });

  it('still rejoins a page-broken sentence whose short lines continue in lower case or at a hyphen', () => {
    expect(sourceParagraphs('Lane said the anti-\nflood plan was to\n\n\n\nrepair the wall first.')).toEqual([
      'Lane said the anti-flood plan was to repair the wall first.',
    ]);
  });
});

describe('mapParagraphsToRemarks', () => {
  const paragraphs = ['HEADING', 'Ada opened. Ada went on. Ben agreed.', 'Ben asked. Ada answered.'];

  it('places each remark in its paragraph, in the order of the text, and reports uncovered text', () => {
    const view = mapParagraphsToRemarks(paragraphs, [
      { id: 'ada-answers', sourceText: 'Ada answered.' },
      { id: 'ada-opening', sourceText: 'Ada opened.  Ada went on.' },
      { id: 'ben-asks', sourceText: 'Ben asked.' },
    ]);
    expect(view).toEqual([
      { text: 'HEADING', remarkIds: [], uncovered: ['HEADING'] },
      { text: 'Ada opened. Ada went on. Ben agreed.', remarkIds: ['ada-opening'], uncovered: ['Ben agreed.'] },
      { text: 'Ben asked. Ada answered.', remarkIds: ['ben-asks', 'ada-answers'], uncovered: [] },
    ]);
    const at = (id: string, line: number) => ({ id, file: 'x.mdx', line, sourceText: '' });
    const problems = sourceViewProblems(view, [at('ada-answers', 1), at('ada-opening', 2), at('ben-asks', 3)], 'source.txt');
    // The heading (no lower-case letters) needs no remark; every other paragraph does.
    expect(problems.map((p) => p.message)).toEqual([
      'paragraph 2 ("Ada opened. Ada went on. Ben agreed.…"): "Ben agreed." is in no remark or narration',
    ]);
  });

  it('checks the first paragraphs too: only headings are exempt, and the opening needs a passage', () => {
    const view = mapParagraphsToRemarks(
      ['SUMMARY', 'A host held a panel.', 'Ada opened.'],
      [{ id: 'ada-opening', sourceText: 'Ada opened.' }],
    );
    const problems = sourceViewProblems(view, [{ id: 'ada-opening', file: 'x.mdx', line: 1, sourceText: 'Ada opened.' }], 'source.txt');
    expect(problems.map((p) => p.message)).toEqual([
      'paragraph 2 ("A host held a panel.…") is in no remark or narration: add it to a content file',
    ]);
  });

  it('leaves unplaced a remark that straddles paragraphs or differs from the source', () => {
    const remarks = [
      { id: 'straddles', file: 'content/speakers/ben.mdx', line: 7, sourceText: 'Ben agreed. Ben asked.' },
      { id: 'reworded', file: 'content/speakers/ada.mdx', line: 4, sourceText: 'Ada opened up.' },
      { id: 'ok', file: 'content/speakers/ben.mdx', line: 11, sourceText: 'Ben agreed.' },
    ];
    const view = mapParagraphsToRemarks(paragraphs, remarks);
    expect(unplaced(view, remarks)).toEqual(['straddles', 'reworded']);
    const problems = sourceViewProblems(view, remarks, 'source.txt').filter((p) => p.message.startsWith('the text of'));
    // Each problem points at the remark's own file and line, and says where the wording departs.
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['content/speakers/ben.mdx', 7],
      ['content/speakers/ada.mdx', 4],
    ]);
    expect(problems[1]!.message).toContain(
      'after “Ada” (paragraph 2) the source reads “opened. Ada went on. Ben agreed.” but the text here reads “opened up.”',
    );
  });

  it('places a short remark in its own occurrence, not inside a longer remark’s text', () => {
    const view = mapParagraphsToRemarks(
      ['Yes. Yes, indeed.', 'Yes.'],
      [
        { id: 'short', sourceText: 'Yes.' },
        { id: 'long', sourceText: 'Yes. Yes, indeed.' },
      ],
    );
    expect(view.map((p) => p.remarkIds)).toEqual([['long'], ['short']]);
  });
});
