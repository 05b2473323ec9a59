import { describe, expect, it } from 'vitest';
import { contextRole, describedAt } from '../../src/lib/draft/participants';

describe('describedAt', () => {
  it('reads one new unnamed person, with a complement or apposition, before a reporting verb', () => {
    expect(describedAt('One attendee argued that fares rise.', 0)).toMatchObject({
      kind: 'new',
      asDescribed: 'One attendee',
      noun: 'attendee',
    });
    expect(describedAt('a delegate from the port authority said more.', 0)?.asDescribed).toBe('A delegate from the port authority');
    expect(describedAt('Someone in the hall asked about fares.', 0)?.asDescribed).toBe('Someone in the hall');
    expect(describedAt('One listener, a nurse, asked about fares.', 0)).toMatchObject({
      asDescribed: 'One listener, a nurse',
      role: 'audience-member',
    });
    expect(describedAt('Another guest, who said she ran a bakery, asked about fares.', 0)?.asDescribed).toBe(
      'Another guest, who said she ran a bakery',
    );
  });

  it('reads a group: a quantifier and a plural participant noun, a bare plural, or "Others"', () => {
    expect(describedAt('A few attendees objected.', 0)).toMatchObject({ kind: 'group', asDescribed: 'A few attendees' });
    expect(describedAt('Attendees asked about parking.', 0)?.kind).toBe('group');
    expect(describedAt('Others warned that fares rise.', 0)?.kind).toBe('group');
  });

  it('declares a role for a profession or status on its own, not for one with a complement', () => {
    expect(describedAt('A retired judge warned that courts are slow.', 0)?.declared).toEqual({
      id: 'retired-judge',
      label: 'Retired judge',
    });
    expect(describedAt('An economist noted that rates fell.', 0)?.declared).toEqual({ id: 'economist', label: 'Economist' });
    expect(describedAt('A ferry operator warned that rates rise.', 0)?.declared).toEqual({ id: 'ferry-operator', label: 'Ferry operator' });
    expect(describedAt('A representative of a shipping firm noted that rates fell.', 0)?.declared).toBeUndefined();
  });

  it('reads someone met before: "The same …" is the last one, "The listener" the last so described', () => {
    expect(describedAt('The same delegate added a point.', 0)?.kind).toBe('last');
    expect(describedAt('The listener followed up.', 0)).toMatchObject({ kind: 'same', noun: 'listener' });
    expect(describedAt('The economist added a point.', 0)).toMatchObject({ kind: 'same', weak: true });
  });

  it('reads the asker a question is credited to ("The second question, from a nurse, concerned…")', () => {
    expect(describedAt('The second question, from a nurse, concerned fares.', 0)).toMatchObject({
      asDescribed: 'A nurse',
      question: true,
      role: 'audience-member',
    });
  });

  it('reads a description that holds a view, ending at a comma', () => {
    expect(describedAt('In the view of a delegate with years at the ministry, fares rise.', 15, true)?.asDescribed).toBe(
      'A delegate with years at the ministry',
    );
  });

  it('leaves alone what is not a person speaking: no verb, a capitalised modifier, a thing', () => {
    expect(describedAt('One attendee in ten was local.', 0)).toBeUndefined();
    expect(describedAt('Several Dutch officials said little.', 0)).toBeUndefined();
    expect(describedAt('A study argued that fares rise.', 0)).toBeUndefined();
    expect(describedAt('A newspaper argued that fares rise.', 0)).toBeUndefined();
    expect(describedAt('The moderator asked about fares.', 0)).toBeUndefined();
  });
});

describe('contextRole', () => {
  it('gives the noun’s role first, then audience member in a Q&A or when asking, else a declared role or commentator', () => {
    expect(contextRole({ role: 'audience-member' }, { qa: false, asks: false })).toBe('audience-member');
    expect(contextRole({}, { qa: true, asks: false })).toBe('audience-member');
    expect(contextRole({}, { qa: false, asks: true })).toBe('audience-member');
    expect(contextRole({ declared: { id: 'retired-judge', label: 'Retired judge' } }, { qa: false, asks: false })).toBe('retired-judge');
    expect(contextRole({}, { qa: false, asks: false })).toBe('commentator');
  });
});
