import { describe, expect, it } from 'vitest';
import { collapseWhitespace, truncateAtWord } from '../../src/lib/text';

describe('truncateAtWord', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateAtWord('Lane said bridges need care.', 28)).toBe('Lane said bridges need care.');
  });

  it('cuts at the last whole word that fits and adds an ellipsis', () => {
    expect(truncateAtWord('Lane said bridges need care.', 20)).toBe('Lane said bridges…');
  });

  it('keeps a word that ends exactly at the limit', () => {
    expect(truncateAtWord('Lane said bridges need care.', 17)).toBe('Lane said bridges…');
  });

  it('drops a comma or dash left before the ellipsis', () => {
    expect(truncateAtWord('Lane said bridges, roads – and more.', 18)).toBe('Lane said bridges…');
    expect(truncateAtWord('Lane said bridges, roads – and more.', 26)).toBe('Lane said bridges, roads…');
  });

  it('cuts inside a single word that is too long', () => {
    expect(truncateAtWord('Supercalifragilistic', 5)).toBe('Super…');
  });
});

describe('collapseWhitespace', () => {
  it('joins a passage wrapped over lines and indented into one line with single spaces', () => {
    expect(collapseWhitespace('  Japan has\n    not changed\t\tits stance. ')).toBe('Japan has not changed its stance.');
  });

  it("treats a no-break space like any other space (JavaScript's \\s matches U+00A0, ECMA-262 WhiteSpace)", () => {
    expect(collapseWhitespace('9,000\u00a0troops')).toBe('9,000 troops');
  });
});
