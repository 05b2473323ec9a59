import { describe, expect, it } from 'vitest';
import { affiliationIn, appositionHead, descriptionAfter, roleFromContext } from '../../src/lib/draft/introductions';

/** The role `roleFromContext` gives `name` in `sentence`. */
const roleOf = (sentence: string, name: string) => roleFromContext(sentence, sentence.indexOf(name), sentence.indexOf(name) + name.length);

describe('appositionHead', () => {
  it('takes the role of a singular role noun for the one name right after it', () => {
    expect(appositionHead('The chair, ')).toBe('chair');
    expect(appositionHead('The chair, Ada Lane, said that ')).toBeUndefined();
  });

  it('takes the role of a plural role noun for every name listed before the verb', () => {
    expect(appositionHead('The co-hosts, Judge Ada Lane, a retired magistrate, and ')).toBe('chair');
    expect(appositionHead('Two respondents, ')).toBe('discussant');
    expect(appositionHead('The discussants were Bo Lin and ')).toBe('discussant');
    expect(appositionHead('The discussants, Bo Lin and Cy Kim, argued that ')).toBeUndefined();
  });
});

describe('roleFromContext', () => {
  it('reads a role from a role noun the name is in apposition to, or listed after', () => {
    expect(roleOf('The moderator, Ada Lane of Tide Trust, began with a poll.', 'Ada Lane')).toBe('moderator');
    expect(roleOf('The co-chairs, Ada Lane, a former mayor, and Bo Lin of the Rail Board, opened the talks.', 'Bo Lin')).toBe('chair');
    expect(roleOf('The respondents were Ada Lane and Bo Lin.', 'Bo Lin')).toBe('discussant');
  });

  it("reads a role from the name's own apposition, and from the verb past an apposition", () => {
    expect(roleOf("Bo Lin, a surveyor and the morning's commentator, spoke.", 'Bo Lin')).toBe('commentator');
    expect(roleOf("Bo Lin, the club's events officer, moderated the session.", 'Bo Lin')).toBe('moderator');
  });
});

describe('affiliationIn', () => {
  it('reads the organisation an apposition ends with, after at, of, from or with', () => {
    expect(affiliationIn('a hydrologist with the Delta Authority')).toBe('Delta Authority');
    expect(affiliationIn('a senior fellow at Marlow College')).toBe('Marlow College');
    expect(affiliationIn("director of the Trust's lending programme")).toBeUndefined();
    expect(affiliationIn(undefined)).toBeUndefined();
  });
});

describe('descriptionAfter', () => {
  /** The description `descriptionAfter` reads after `name` in `sentence`. */
  const after = (sentence: string, name: string) => descriptionAfter(sentence, sentence.indexOf(name) + name.length);

  it('reads a capitalised job title in apposition as written, from which affiliationIn takes the organisation', () => {
    const sentence = 'The event was moderated by Dr. Cy Kim, Director of the Seed Program at the Orchard Institute.';
    expect(after(sentence, 'Cy Kim')).toBe('Director of the Seed Program at the Orchard Institute');
    expect(affiliationIn(after(sentence, 'Cy Kim'))).toBe('Orchard Institute');
    expect(after('Ada Lane, Senior Fellow, spoke first.', 'Ada Lane')).toBe('Senior Fellow');
  });

  it('takes no name for a description: the next person in a list is not one', () => {
    expect(after('The panel heard Ada Lane, Bea Moss of the Tide Trust, and Cy Kim.', 'Ada Lane')).toBeUndefined();
    expect(after('Ada Lane, director of the lab, spoke.', 'Ada Lane')).toBe('director of the lab');
  });
});
