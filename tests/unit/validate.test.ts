import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate';
import { makeInput } from './fixtures';

const problemsOf = (input = makeInput()) => validateContent(input).map((p) => ({ file: p.file, field: p.field, message: p.message }));

describe('validateContent', () => {
  it('accepts a sound event', () => {
    expect(validateContent(makeInput())).toEqual([]);
  });

  it('names file, line and field for an unknown speaker', () => {
    const input = makeInput({ roads: '<Exchange id="road-question" heading="R">\n\n<Remark id="ada-answers" speaker="nobody" topics="roads">\nX.\n</Remark>\n\n</Exchange>' });
    expect(validateContent(input)).toEqual([
      { file: 'content/topics/roads.mdx', line: 3, field: 'speaker', message: expect.stringContaining('unknown speaker "nobody"') },
    ]);
  });

  it('suggests participant= when a participant is given as speaker', () => {
    const input = makeInput({ rivers: '<Exchange id="river-question" heading="R">\n\n<Remark id="guest-asks" speaker="guest" topics="rivers">\nX.\n</Remark>\n\n<Remark id="ben-answers" speaker="ben" topics="rivers">\nY.\n</Remark>\n\n</Exchange>' });
    expect(problemsOf(input)).toEqual([expect.objectContaining({ field: 'speaker', message: expect.stringContaining('use participant="guest"') })]);
  });

  it('rejects a remark with no speaker, and one with two authors', () => {
    const none = makeInput({ ben: '<Remark id="ben-opening" topics="roads">\nX.\n</Remark>' });
    expect(problemsOf(none)).toEqual([{ file: 'content/speakers/ben.mdx', field: 'speaker', message: expect.stringContaining('has no speaker') }]);
    const both = makeInput({ ben: '<Remark id="ben-opening" speaker="ben" participant="guest" topics="roads">\nX.\n</Remark>' });
    expect(problemsOf(both)).toEqual([expect.objectContaining({ field: 'speaker', message: expect.stringContaining('one author') })]);
  });

  it('rejects unknown and missing topics', () => {
    const input = makeInput({ ben: '<Remark id="ben-opening" speaker="ben" topics="roads skies">\nX.\n</Remark>\n\n<Remark id="ben-more" speaker="ben">\nY.\n</Remark>' });
    expect(problemsOf(input)).toEqual([
      { file: 'content/speakers/ben.mdx', field: 'topics', message: expect.stringContaining('remark "ben-opening" names unknown topic "skies"') },
      { file: 'content/speakers/ben.mdx', field: 'topics', message: expect.stringContaining('remark "ben-more" has no topic') },
    ]);
  });

  it('rejects a duplicate remark id across files, naming where it was first used', () => {
    const input = makeInput({ ben: '<Remark id="ada-opening" speaker="ben" topics="roads">\nX.\n</Remark>' });
    expect(problemsOf(input)).toEqual([
      { file: 'content/speakers/ben.mdx', field: 'id', message: expect.stringContaining('duplicate remark id "ada-opening" (already used at content/speakers/ada.mdx:1)') },
    ]);
  });

  it('rejects an exchange id that collides with a remark id (both are anchors)', () => {
    const input = makeInput({ roads: '<Exchange id="ada-opening" heading="R">\n\n<Remark id="ada-answers" speaker="ada" topics="roads">\nX.\n</Remark>\n\n</Exchange>' }, ['ada-opening', 'river-question']);
    expect(problemsOf(input)).toEqual([expect.objectContaining({ field: 'id', message: expect.stringContaining('duplicate exchange id "ada-opening"') })]);
  });

  it('keeps presentations and Q&A apart', () => {
    const wrongPage = makeInput({ ada: '<Remark id="ada-opening" speaker="ben" topics="rivers">\nX.\n</Remark>' });
    expect(problemsOf(wrongPage)).toEqual([expect.objectContaining({ file: 'content/speakers/ada.mdx', field: 'speaker', message: expect.stringContaining("in ada's presentation") })]);
    const noExchange = makeInput({ roads: '<Exchange id="road-question" heading="R">\n\n<Remark id="ada-answers" speaker="ada" topics="roads">\nX.\n</Remark>\n\n</Exchange>\n\n<Remark id="loose" speaker="ada" topics="roads">\nY.\n</Remark>' });
    expect(problemsOf(noExchange)).toEqual([expect.objectContaining({ field: 'exchange', message: expect.stringContaining('outside any <Exchange>') })]);
    const notTagged = makeInput({ roads: '<Exchange id="road-question" heading="R">\n\n<Remark id="ada-answers" speaker="ada" topics="rivers">\nX.\n</Remark>\n\n</Exchange>' });
    expect(problemsOf(notTagged)).toEqual([expect.objectContaining({ field: 'topics', message: expect.stringContaining('lives on topic "roads"') })]);
  });

  it('checks the programme lists every exchange exactly once', () => {
    expect(problemsOf(makeInput({}, ['road-question', 'road-question', 'nope']))).toEqual([
      { file: 'content/event.mdx', field: 'programme', message: 'exchange "road-question" is listed twice' },
      { file: 'content/event.mdx', field: 'programme', message: expect.stringContaining('unknown exchange id "nope"') },
      { file: 'content/event.mdx', field: 'programme', message: expect.stringContaining('"river-question" is missing from programme') },
    ]);
  });

  it('rejects ids that are not lowercase hyphenated words', () => {
    const input = makeInput({ ben: '<Remark id="Ben_Opening" speaker="ben" topics="roads">\nX.\n</Remark>' });
    expect(problemsOf(input)).toEqual([expect.objectContaining({ field: 'id', message: expect.stringContaining('"Ben_Opening" is not lowercase') })]);
  });
});
