import { describe, expect, it } from 'vitest';
import {
  askedHeading,
  describesEvent,
  EVENT_ACTION,
  headingSession,
  predicate,
  questionFrame,
  sessionMarker,
} from '../../src/lib/draft/patterns';

describe('describesEvent', () => {
  it('recognises sentences about the event or a session', () => {
    for (const text of [
      'On April 20, the club hosted a talk.',
      'The first panel focused on water.',
      'In the second session, the tone changed.',
      'The discussion then turned to money.',
      'The floor was then opened to questions.',
    ]) {
      expect(describesEvent(text), text).toBe(true);
    }
  });

  it('recognises logistics, an indefinite count of people taking their part, the questions in general, attendance, and parts given by someone', () => {
    for (const text of [
      'Signed copies of the report were available at the door.',
      'A video of the talk is posted on the club website.',
      'A short reception followed.',
      'Three discussants then gave brief responses.',
      'Questions from the floor centred on tolls.',
      'Some 150 people attended.',
      'Closing remarks were delivered by the club president.',
    ]) {
      expect(describesEvent(text), text).toBe(true);
    }
  });

  it('leaves content sentences alone', () => {
    for (const text of [
      'The program began in 2007.',
      'Japan faces two challenges.',
      'In 2006, the minister spoke.',
      'Two respondents argued that tolls rise.',
      'The dialogue between the towns was tense.',
    ]) {
      expect(describesEvent(text), text).toBe(false);
    }
  });
});

describe('EVENT_ACTION', () => {
  it('matches what a person does to the event, not what they say', () => {
    expect(EVENT_ACTION.test(' closed the conference by thanking the panelists.')).toBe(true);
    expect(EVENT_ACTION.test(' moderated.')).toBe(true);
    expect(EVENT_ACTION.test(' opened by describing how seawalls fail.')).toBe(false);
    expect(EVENT_ACTION.test(' opened the session by noting that rents rose.')).toBe(false);
  });

  it('takes opening or closing by a ceremonial act for an event action, and by saying something for speech', () => {
    expect(EVENT_ACTION.test(' opened the evening by welcoming the guests.')).toBe(true);
    expect(EVENT_ACTION.test(' gave brief opening remarks.')).toBe(true);
    expect(EVENT_ACTION.test(' thanked the mayor for the venue.')).toBe(true);
    expect(EVENT_ACTION.test(' thanked the mayor, noting that the venue was free.')).toBe(false);
    expect(EVENT_ACTION.test(' opened the workshop by posing its central question: who pays?')).toBe(false);
  });
});

describe('questionFrame', () => {
  it('turns the question a sentence opens with into a heading', () => {
    expect(questionFrame('To a question on further initiatives, Holt remarked that…')).toBe('Further initiatives');
    expect(questionFrame('On whether Japan still pushes for reform, Hoshino explained…')).toBe('Whether Japan still pushes for reform');
    expect(questionFrame('Asked about tolls, Lane said…')).toBe('Tolls');
    expect(questionFrame('In response to a question, Lane said…')).toBe('TODO: heading');
    expect(questionFrame('On April 20, the club met.')).toBeUndefined();
  });
});

describe('sessionMarker', () => {
  it('names the session a sentence opens', () => {
    expect(sessionMarker('In the second panel, Moss argued…')).toEqual({ title: 'Second panel', kind: 'Panel' });
    expect(sessionMarker('Dr. Lane delivered the keynote.')).toEqual({ title: 'Keynote', kind: 'Keynote' });
    expect(sessionMarker('During the Q&A, ')).toEqual({ title: 'Questions and answers', kind: 'Q&A' });
    expect(sessionMarker('Lane said bridges need care.')).toBeUndefined();
  });
});

describe('headingSession', () => {
  it('keeps a title-case heading as written and puts a capitals one in sentence case', () => {
    expect(headingSession('Panel 1: Water Security')).toEqual({ title: 'Panel 1: Water Security', kind: 'Panel' });
    expect(headingSession('PANEL 2: FINANCE')).toEqual({ title: 'Panel 2: finance', kind: 'Panel' });
    expect(headingSession('Q&A SESSION')).toEqual({ title: 'Q&A session', kind: 'Q&A' });
  });
});

describe('askedHeading', () => {
  it('reads the question past an aside after "asked"', () => {
    expect(askedHeading('Viewers asked, by email, about ferry fares.')).toBe('Ferry fares');
  });
});

describe('predicate', () => {
  it('skips an affiliation, an apposition or a parenthesis after the subject', () => {
    expect(predicate('Pike (Tern Logistics) said so.', 4)).toBe(' said so.');
    expect(predicate('Pike, for his part, said so.', 4)).toBe(' said so.');
    expect(predicate('Pike of Tern Logistics said so.', 4)).toBe(' said so.');
  });
});
