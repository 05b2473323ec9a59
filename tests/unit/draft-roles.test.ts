import { describe, expect, it } from 'vitest';
import { announcedRole, roleInDescription, roleOfNoun } from '../../src/lib/draft/roles';

describe('roleOfNoun', () => {
  it('maps the nouns of event roles to built-in roles: a respondent is a discussant, a co-chair or host a chair', () => {
    expect(
      ['Moderator', 'co-chairs', 'panellists', 'respondents', 'discussant', 'keynote speaker', 'host', 'author'].map(roleOfNoun),
    ).toEqual(['moderator', 'chair', 'panelist', 'discussant', 'discussant', 'keynote', 'chair', 'speaker']);
    expect(roleOfNoun('treasurer')).toBeUndefined();
  });
});

describe('roleInDescription', () => {
  it('reads a role the apposition gives for this event, not an office held elsewhere', () => {
    expect(roleInDescription("an engineer and the afternoon's respondent")).toBe('discussant');
    expect(roleInDescription('who served as moderator')).toBe('moderator');
    expect(roleInDescription('chair of the water board')).toBeUndefined();
  });
});

describe('announcedRole', () => {
  it('reads the role a sentence announces for people it has not named yet', () => {
    expect(announcedRole('Three discussants then gave short replies.')).toBe('discussant');
    expect(announcedRole('The panelists were drawn from four ministries.')).toBe('panelist');
  });

  it('announces nothing when the role noun is an object or singular', () => {
    expect(announcedRole('Kim thanked the panelists.')).toBeUndefined();
    expect(announcedRole('A moderator was absent.')).toBeUndefined();
  });
});
