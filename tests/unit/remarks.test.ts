import { describe, expect, it } from 'vitest';
import { extractRemarks, readingText, sourceText } from '../../src/lib/remarks';

const FILE = 'content/topics/t.mdx';

describe('extractRemarks', () => {
  it('reads remarks, their attributes and enclosing exchange from the MDX tree', () => {
    const mdx = [
      '<Exchange id="first-question" heading="A question">',
      '',
      '<Remark id="ann-asks" participant="ann" topics="t  other">',
      'Ann asked a *thing*.',
      '</Remark>',
      '',
      '<Remark id="bo-answers" speaker="bo" topics="t">',
      'Bo answered.',
      '',
      'Then more.',
      '</Remark>',
      '',
      '</Exchange>',
    ].join('\n');
    const out = extractRemarks(mdx, FILE, 3);
    expect(out.problems).toEqual([]);
    expect(out.exchanges).toEqual([{ id: 'first-question', heading: 'A question', file: FILE, line: 4 }]);
    expect(out.remarks.map((r) => [r.id, r.speaker, r.participant, r.topics, r.exchange, r.line])).toEqual([
      ['ann-asks', undefined, 'ann', ['t', 'other'], 'first-question', 6],
      ['bo-answers', 'bo', undefined, ['t'], 'first-question', 10],
    ]);
    expect(readingText(out.remarks[0]!.segments)).toBe('Ann asked a thing.');
    expect(readingText(out.remarks[1]!.segments)).toBe('Bo answered. Then more.');
  });

  it('keeps corrections as segments, so both readings can be produced', () => {
    const mdx = '<Remark id="r" speaker="s" topics="t">\nand <Correction id="te" original="te" corrected="the" note="n" /> US, <Correction id="x" original="r" corrected="" note="stray" /> Abe, an important <Correction id="y" original="" corrected="role" note="missing" /> by.\n</Remark>';
    const [remark] = extractRemarks(mdx, FILE).remarks;
    expect(readingText(remark!.segments)).toBe('and [the] US, Abe, an important [role] by.');
    expect(sourceText(remark!.segments)).toBe('and te US, r Abe, an important by.');
    const corrections = remark!.segments.flatMap((s) => ('correction' in s ? [s.correction.id] : []));
    expect(corrections).toEqual(['te', 'x', 'y']);
  });

  it('reports text outside a remark instead of dropping it', () => {
    const out = extractRemarks('Stray prose.\n\n<Remark id="r" speaker="s" topics="t">\nOk.\n</Remark>', FILE);
    expect(out.problems).toEqual([expect.objectContaining({ file: FILE, line: 1, field: '(body)', message: expect.stringContaining('outside any <Remark>') })]);
  });

  it('reports a missing id, an unknown attribute and an {expression} value, naming the field', () => {
    const out = extractRemarks('<Remark speaker="s" topics={["t"]} colour="red">\nText.\n</Remark>', FILE);
    expect(out.problems.map((p) => p.field).sort()).toEqual(['colour', 'id', 'topics']);
    expect(out.problems.every((p) => p.file === FILE && p.line === 1)).toBe(true);
  });

  it('reports unknown elements, empty remarks and incomplete corrections', () => {
    const out = extractRemarks(
      '<Aside>\nx\n</Aside>\n\n<Remark id="empty" speaker="s" topics="t">\n</Remark>\n\n<Remark id="c" speaker="s" topics="t">\nA <Correction id="k" original="a" /> b.\n</Remark>',
      FILE,
    );
    const messages = out.problems.map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringContaining('unknown element <Aside>'),
      expect.stringContaining('<Remark id="empty"> has no text'),
      expect.stringMatching(/^note: .*missing the required attribute "note"/),
      expect.stringMatching(/^corrected: .*missing "corrected"/),
    ]);
  });
});
