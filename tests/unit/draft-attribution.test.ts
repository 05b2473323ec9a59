import { describe, expect, it } from 'vitest';
import { attribute, type Voice } from '../../src/lib/draft/attribution';
import { findPeople } from '../../src/lib/draft/people';
import { readSource } from '../../src/lib/draft/sentences';

const OPENING = 'On May 1, the Harbor Club hosted Dr. Ada Lane, Bea Moss and Cy Kim for a talk on bridges.';

/** Each sentence's voice as a short label: narration, ids joined by "+", or the participant id. */
function voices(body: string) {
  const summary = `${OPENING}\n\n${body}`;
  const paragraphs = readSource(summary);
  const { people } = findPeople(summary, paragraphs);
  const result = attribute(paragraphs, people);
  const label = (v: Voice) => (v.kind === 'narration' ? 'narration' : v.kind === 'person' ? v.ids.join('+') : v.id);
  return {
    ...result,
    labels: result.sentences.slice(1).map((s) => label(s.voice)),
    starts: result.sentences
      .slice(1)
      .filter((s) => s.exchange)
      .map((s) => s.text),
  };
}

describe('attribute', () => {
  it('credits a sentence to the person who is its subject, also after an introductory clause', () => {
    expect(voices('Lane said bridges need care. As budgets shrink, Moss argued that repairs wait.').labels).toEqual(['lane', 'moss']);
  });

  it('credits a quotation to the person named after it ("…,” Lane said.", "…, said Moss.")', () => {
    expect(voices('Kim spoke first. “Bridges need care,” Lane said. “Funds are short,” said Moss.').labels).toEqual([
      'kim',
      'lane',
      'moss',
    ]);
  });

  it('finds a subject behind a role title such as "Moderator Kim"', () => {
    expect(voices('Lane spoke first. Moderator Kim asked the panel about tolls.').labels).toEqual(['lane', 'kim']);
  });

  it('continues the current speaker through pronouns and reported speech', () => {
    expect(voices('Lane said bridges need care. She added that repairs are overdue. Many are older than 1950.').labels).toEqual([
      'lane',
      'lane',
      'lane',
    ]);
  });

  it('credits a joint subject to both people', () => {
    expect(voices('Lane spoke first. Lane and Moss agreed that funds are short. Both Moss and Kim disagreed.').labels).toEqual([
      'lane',
      'lane+moss',
      'moss+kim',
    ]);
  });

  it('makes a sentence about the event or a session narration', () => {
    expect(voices('Lane spoke first. The discussion then turned to funding. Kim opened the session by thanking the club.').labels).toEqual([
      'lane',
      'narration',
      'narration',
    ]);
  });

  it('keeps a person named only inside a remark out of the voices, with a doubt', () => {
    const { labels, doubts } = voices('Kim said funds are short. Most recently, Prime Minister Abe stressed the plan.');
    expect(labels).toEqual(['kim', 'kim']);
    expect(doubts.some((d) => d.message.includes('Prime Minister Abe'))).toBe(true);
  });

  it('continues the previous speaker into a paragraph that goes on to name that speaker', () => {
    expect(voices('Moss spoke on funding.\n\nThe fund began in 2007. Moss concluded that it works.').labels).toEqual([
      'moss',
      'moss',
      'moss',
    ]);
  });

  it('makes the opening of a paragraph narration when another person speaks next', () => {
    expect(voices('Moss spoke on funding.\n\nThe room was full. Kim said the fund works.').labels).toEqual(['moss', 'narration', 'kim']);
  });

  it('gives each "One audience member" a new participant and "The audience member" the last one', () => {
    const { labels, participants } = voices(
      'One audience member asked about tolls. Kim answered. One audience member asked about ferries. The audience member added a point.',
    );
    expect(labels).toEqual(['audience-member-1', 'kim', 'audience-member-2', 'audience-member-2']);
    expect(participants.map((p) => p.asDescribed)).toEqual(['One audience member', 'One audience member']);
  });

  it('takes anyone unnamed who asks ("A resident asked…") for a participant', () => {
    const { labels, participants } = voices('Lane spoke first.\n\nA resident from the port asked about tolls.');
    expect(labels).toEqual(['lane', 'audience-member-1']);
    expect(participants[0]!.asDescribed).toBe('A resident from the port');
  });

  it('tells a commentator from an audience member by role', () => {
    const { participants } = voices('One commentator noted that tolls are high.\n\nOne individual asked about ferries.');
    expect(participants.map((p) => p.role)).toEqual(['commentator', 'audience-member']);
  });

  it('starts an exchange at each question, not at an answer or a reply', () => {
    const { starts } = voices(
      'One audience member asked about tolls. Kim answered that they stay. The audience member responded that this is unfair. To a question on ferries, Lane said they run. One individual asked about trains.',
    );
    expect(starts).toEqual([
      'One audience member asked about tolls.',
      'To a question on ferries, Lane said they run.',
      'One individual asked about trains.',
    ]);
  });

  it('drafts exchange headings from the question and marks a missing one TODO', () => {
    const { sentences } = voices('One audience member asked whether tolls stay.\n\nOne commentator noted that tolls are high.');
    expect(sentences.filter((s) => s.exchange).map((s) => s.exchange!.heading)).toEqual([
      'Whether tolls stay',
      expect.stringMatching(/^TODO: /),
    ]);
  });

  it('starts sessions at "The first panel…" and at the question-and-answer session', () => {
    const { sentences } = voices(
      'The first panel focused on rivers. Lane spoke.\n\nIn the question-and-answer session, one guest asked about tolls.',
    );
    expect(sentences.filter((s) => s.session).map((s) => s.session!.title)).toEqual(['First panel', 'Questions and answers']);
  });

  it('drafts a list paragraph as narration, and still reads the paragraph after it as the opening', () => {
    const summary =
      'Keynote: Dr. Ada Lane, Harbor College\n\nOn May 1, the club held a lecture. Lane spoke on bridges.\n\nLane said bridges need care.';
    const paragraphs = readSource(summary);
    const { sentences } = attribute(paragraphs, findPeople(summary, paragraphs).people);
    expect(sentences.map((s) => [s.voice.kind, !!s.session])).toEqual([
      ['narration', false],
      ['narration', false],
      ['narration', false],
      ['person', false],
    ]);
  });
});

/** Each sentence's voice (as in `voices`) for a whole summary, with the exchange starts and participants. */
function draft(summary: string) {
  const paragraphs = readSource(summary);
  const result = attribute(paragraphs, findPeople(summary, paragraphs).people);
  const label = (v: Voice) => (v.kind === 'narration' ? 'narration' : v.kind === 'person' ? v.ids.join('+') : v.id);
  return {
    ...result,
    labels: result.sentences.map((s) => label(s.voice)),
    starts: result.sentences.filter((s) => s.exchange).map((s) => s.text),
  };
}

describe('attribute: subjects that are not a bare name first', () => {
  it('credits a sentence to a person in apposition to a role noun, unless it reports an event action', () => {
    const { labels } = draft(
      'On May 1, the club met.\n\nThe chair, Ada Lane of the Tide Trust, began the meeting by asking who pays for piers. The chair, Ada Lane, then opened the floor.',
    );
    expect(labels).toEqual(['narration', 'lane', 'narration']);
  });

  it('credits a view to its holder: "According to X", "…, according to X, …", "In X’s view", "As X put it"; "In her view" goes on', () => {
    expect(
      voices(
        'Kim spoke first. According to Moss, piers sink. Tolls rise, according to Lane, when ferries stop. In Kim’s view, fares are fair. In her view, tolls stay. As Moss put it, "piers are old."',
      ).labels,
    ).toEqual(['kim', 'moss', 'lane', 'kim', 'kim', 'moss']);
  });

  it('makes a sentence joint when a second person speaks in a further clause, also after a pronoun', () => {
    expect(
      voices(
        'Lane replied that tolls stay, and Moss added that fares rise. Kim argued for ferries; Lane countered that they are slow. Moss spoke on costs. She said they rise, while Kim disagreed.',
      ).labels,
    ).toEqual(['lane+moss', 'kim+lane', 'moss', 'moss+kim']);
  });

  it('resolves a definite role noun to the people in that role in the current session, and "The moderator" to the one moderator', () => {
    const summary =
      'On May 1, the club held two panels, moderated by Cy Kim.\n\nThe first panel featured Ada Lane and Bea Moss. Lane said piers sink. Moss said tolls rise.\n\nThe second panel featured Di Roe and Ed Voss. Roe said ferries help. Voss agreed. Both panelists warned that fares rise. The moderator asked about costs.';
    expect(draft(summary).labels.slice(-3)).toEqual(['voss', 'roe+voss', 'kim']);
  });
});

describe('attribute: unnamed participants', () => {
  it('makes unnamed speakers commentators in a roundtable with no Q&A, without exchanges; a profession on its own a declared role', () => {
    const { labels, participants, roles, starts } = draft(
      'On May 1, the club held a roundtable on piers.\n\nOne participant argued that piers sink. A retired diver cautioned that divers are few. Another retired diver disagreed. Several participants agreed. Others warned about tolls.',
    );
    expect(labels.slice(1)).toEqual(['commentator-1', 'retired-diver-1', 'retired-diver-2', 'commentator-2', 'commentator-3']);
    expect(roles).toEqual([{ id: 'retired-diver', label: 'Retired diver' }]);
    expect(participants.map((p) => p.label)).toEqual([undefined, undefined, undefined, 'Several participants', 'Others']);
    expect(starts).toEqual([]);
  });

  it('makes them audience members once the floor is open, each question an exchange', () => {
    const { labels, starts } = draft(
      'On May 1, the club held a roundtable on piers with Ada Lane.\n\nLane said piers sink. The floor was then opened. One participant asked about tolls. Lane answered.',
    );
    expect(labels.slice(-3)).toEqual(['narration', 'audience-member-1', 'lane']);
    expect(starts).toEqual(['One participant asked about tolls.']);
  });

  it('takes "The same participant" for the last one, whatever the noun, and "The diver" only if a diver spoke', () => {
    const summary =
      'On May 1, the club held a roundtable on piers.\n\nIn the view of a participant with years at the port, piers sink. The same participant added a point. A diver noted that divers are few. The diver added that pay is low.';
    expect(draft(summary).labels.slice(1)).toEqual(['commentator-1', 'commentator-1', 'diver-1', 'diver-1']);
  });

  it('reads a profession in a lecture as someone talked about, not a participant', () => {
    expect(
      draft(
        'On May 1, the club hosted a lecture by Ada Lane.\n\nLane described the flood of 1950. A senior engineer argued at the time that the dam would hold.',
      ).labels.slice(1),
    ).toEqual(['lane', 'lane']);
  });
});

describe('attribute: exchanges and narration', () => {
  it('keeps an answer to the question just asked in its exchange', () => {
    const { starts } = voices(
      'One listener asked about tolls. Responding to a question about fares, Lane said they stay. One viewer asked about ferries. Responding to the question, Moss said they run.',
    );
    expect(starts).toEqual(['One listener asked about tolls.', 'One viewer asked about ferries.']);
  });

  it('starts an exchange at a question put by unnamed people or credited to an asker', () => {
    const { starts, sentences } = voices(
      'Lane spoke first. Attendees asked, by email, about ferries. Kim answered. The next question, from a nurse, concerned tolls. Lane answered.',
    );
    expect(starts).toEqual(['Attendees asked, by email, about ferries.', 'The next question, from a nurse, concerned tolls.']);
    expect(sentences.find((s) => s.exchange)?.exchange?.heading).toBe('Ferries');
  });

  it('makes a sentence about logistics, or introducing people by count, narration even after a remark', () => {
    expect(
      voices(
        'Lane said bridges need care. Copies of her report were available at the door.\n\nTwo discussants then gave their reactions. Moss said so.',
      ).labels,
    ).toEqual(['lane', 'narration', 'narration', 'moss']);
  });
});
