import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate';
import { makeInput } from './fixtures';

const problemsOf = (input = makeInput()) => validateContent(input).map((p) => ({ file: p.file, field: p.field, message: p.message }));

describe('validateContent', () => {
  it('accepts a sound event', () => {
    expect(validateContent(makeInput())).toEqual([]);
  });

  it('names file, line and field for an unknown speaker', () => {
    const input = makeInput({
      roads:
        '<Exchange id="road-question" heading="R">\n\n<Remark id="ada-answers" speaker="nobody" topics="roads">\nX.\n</Remark>\n\n</Exchange>',
    });
    expect(validateContent(input)).toEqual([
      { file: 'content/topics/roads.mdx', line: 3, field: 'speaker', message: expect.stringContaining('unknown speaker "nobody"') },
    ]);
  });

  it('suggests participant= when a participant is given as speaker', () => {
    const input = makeInput({
      rivers:
        '<Exchange id="river-question" heading="R">\n\n<Remark id="guest-asks" speaker="guest" topics="rivers">\nX.\n</Remark>\n\n<Remark id="ben-answers" speaker="ben" topics="rivers">\nY.\n</Remark>\n\n</Exchange>',
    });
    expect(problemsOf(input)).toEqual([
      expect.objectContaining({ field: 'speaker', message: expect.stringContaining('use participant="guest"') }),
    ]);
  });

  it('rejects a remark that credits no one, pointing to <Narration> for the summary’s own words', () => {
    const none = makeInput({ ben: '<Remark id="ben-opening" topics="roads">\nX.\n</Remark>' });
    expect(problemsOf(none)).toEqual([
      { file: 'content/speakers/ben.mdx', field: 'speaker', message: expect.stringMatching(/credits no one.*<Narration>/) },
    ]);
  });

  it('accepts a joint remark by two people, and one by a person and a participant', () => {
    expect(problemsOf(makeInput({ ben: '<Remark id="ben-opening" speaker="ben ada" topics="roads">\nX.\n</Remark>' }))).toEqual([]);
    expect(
      problemsOf(makeInput({ ben: '<Remark id="ben-opening" speaker="ben" participant="guest" topics="roads">\nX.\n</Remark>' })),
    ).toEqual([]);
  });

  it('rejects a joint remark in a presentation that does not credit its presenter, and a person named twice', () => {
    const other = makeInput({ ben: '<Remark id="ben-opening" speaker="ada" topics="roads">\nX.\n</Remark>' });
    expect(problemsOf(other)).toEqual([
      expect.objectContaining({ field: 'speaker', message: expect.stringContaining('does not credit "ben"') }),
    ]);
    const twice = makeInput({ ben: '<Remark id="ben-opening" speaker="ben ben" topics="roads">\nX.\n</Remark>' });
    expect(problemsOf(twice)).toEqual([
      expect.objectContaining({ field: 'speaker', message: expect.stringContaining('names "ben" twice') }),
    ]);
  });

  it('rejects unknown topics but accepts a remark with none', () => {
    const input = makeInput({
      ben: '<Remark id="ben-opening" speaker="ben" topics="roads skies">\nX.\n</Remark>\n\n<Remark id="ben-more" speaker="ben">\nY.\n</Remark>',
    });
    expect(problemsOf(input)).toEqual([
      {
        file: 'content/speakers/ben.mdx',
        field: 'topics',
        message: expect.stringContaining('remark "ben-opening" names unknown topic "skies"'),
      },
    ]);
  });

  it('rejects a topic no remark is tagged with (no empty topic pages)', () => {
    const input = makeInput({ ada: '<Remark id="ada-opening" speaker="ada" topics="roads">\nAda opened.\n</Remark>' });
    input.topics.push({ id: 'skies', file: 'content/topics/skies.mdx', title: 'Skies' });
    expect(problemsOf(input)).toEqual([
      { file: 'content/topics/skies.mdx', field: '(body)', message: expect.stringContaining('topic "skies" has no remarks') },
    ]);
  });

  it('rejects an unknown role, and accepts one the event declares', () => {
    const input = makeInput();
    input.speakers[0]!.role = 'respondent';
    expect(problemsOf(input)).toEqual([
      { file: 'content/speakers/ben.mdx', field: 'role', message: expect.stringContaining('unknown role "respondent"') },
    ]);
    input.event.roles = [{ id: 'respondent', label: 'Respondent' }];
    expect(problemsOf(input)).toEqual([]);
  });

  it('requires a session order when there are several sessions, and known people in each', () => {
    const input = makeInput();
    input.sessions = [
      { id: 'one', file: 'content/sessions/one.mdx', title: 'One', people: ['ada'] },
      { id: 'two', file: 'content/sessions/two.mdx', title: 'Two', people: [{ id: 'nobody', role: 'moderator' }] },
    ];
    expect(problemsOf(input)).toEqual([
      expect.objectContaining({
        file: 'content/event.mdx',
        field: 'sessions',
        message: expect.stringContaining('session "one" is missing from sessions'),
      }),
      expect.objectContaining({
        file: 'content/event.mdx',
        field: 'sessions',
        message: expect.stringContaining('session "two" is missing from sessions'),
      }),
      expect.objectContaining({
        file: 'content/sessions/two.mdx',
        field: 'people',
        message: expect.stringContaining('unknown person "nobody"'),
      }),
    ]);
  });

  it('rejects a duplicate remark id across files, naming where it was first used', () => {
    const input = makeInput({ ben: '<Remark id="ada-opening" speaker="ben" topics="roads">\nX.\n</Remark>' });
    expect(problemsOf(input)).toEqual([
      {
        file: 'content/speakers/ben.mdx',
        field: 'id',
        message: expect.stringContaining('duplicate remark id "ada-opening" (already used at content/speakers/ada.mdx:1)'),
      },
    ]);
  });

  it('rejects an exchange id that collides with a remark id (both are anchors)', () => {
    const input = makeInput(
      {
        roads:
          '<Exchange id="ada-opening" heading="R">\n\n<Remark id="ada-answers" speaker="ada" topics="roads">\nX.\n</Remark>\n\n</Exchange>',
      },
      ['ada-opening', 'river-question'],
    );
    expect(problemsOf(input)).toEqual([
      expect.objectContaining({ field: 'id', message: expect.stringContaining('duplicate exchange id "ada-opening"') }),
    ]);
  });

  it('keeps presentations and Q&A apart', () => {
    const wrongPage = makeInput({ ada: '<Remark id="ada-opening" speaker="ben" topics="rivers">\nX.\n</Remark>' });
    expect(problemsOf(wrongPage)).toEqual([
      expect.objectContaining({
        file: 'content/speakers/ada.mdx',
        field: 'speaker',
        message: expect.stringContaining("in ada's presentation"),
      }),
    ]);
    const noExchange = makeInput({
      roads:
        '<Exchange id="road-question" heading="R">\n\n<Remark id="ada-answers" speaker="ada" topics="roads">\nX.\n</Remark>\n\n</Exchange>\n\n<Remark id="loose" speaker="ada" topics="roads">\nY.\n</Remark>',
    });
    expect(problemsOf(noExchange)).toEqual([
      expect.objectContaining({ field: 'exchange', message: expect.stringContaining('outside any <Exchange>') }),
    ]);
    const notTagged = makeInput({
      roads:
        '<Exchange id="road-question" heading="R">\n\n<Remark id="ada-answers" speaker="ada" topics="rivers">\nX.\n</Remark>\n\n</Exchange>',
    });
    expect(problemsOf(notTagged)).toEqual([
      expect.objectContaining({ field: 'topics', message: expect.stringContaining('lives on topic "roads"') }),
    ]);
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
    expect(problemsOf(input)).toEqual([
      expect.objectContaining({ field: 'id', message: expect.stringContaining('"Ben_Opening" is not lowercase') }),
    ]);
  });
});
