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
    expect(out.remarks.map((r) => [r.id, r.speakers, r.participant, r.topics, r.exchange, r.line])).toEqual([
      ['ann-asks', [], 'ann', ['t', 'other'], 'first-question', 6],
      ['bo-answers', ['bo'], undefined, ['t'], 'first-question', 10],
    ]);
    expect(readingText(out.remarks[0]!.segments)).toBe('Ann asked a thing.');
    expect(readingText(out.remarks[1]!.segments)).toBe('Bo answered. Then more.');
  });

  it('keeps corrections as segments, so both readings can be produced', () => {
    const mdx =
      '<Remark id="r" speaker="s" topics="t">\nand <Correction id="te" original="te" corrected="the" note="n" /> US, <Correction id="x" original="r" corrected="" note="stray" /> Abe, an important <Correction id="y" original="" corrected="role" note="missing" /> by.\n</Remark>';
    const [remark] = extractRemarks(mdx, FILE).remarks;
    expect(readingText(remark!.segments)).toBe('and [the] US, Abe, an important [role] by.');
    expect(sourceText(remark!.segments)).toBe('and te US, r Abe, an important by.');
    const corrections = remark!.segments.flatMap((s) => ('correction' in s ? [s.correction.id] : []));
    expect(corrections).toEqual(['te', 'x', 'y']);
  });

  it('reports text outside a remark instead of dropping it', () => {
    const out = extractRemarks('Stray prose.\n\n<Remark id="r" speaker="s" topics="t">\nOk.\n</Remark>', FILE);
    expect(out.problems).toEqual([
      expect.objectContaining({ file: FILE, line: 1, field: '(body)', message: expect.stringContaining('outside any <Remark>') }),
    ]);
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

  it('reads narration in place, between remarks, and a joint remark credited to each person', () => {
    const mdx = [
      '<Narration id="first-panel-focus">',
      'The first panel focused on water.',
      '</Narration>',
      '',
      '<Remark id="lane-and-moss-agree" speaker="lane  moss">',
      'Lane and Moss agreed that funding is short.',
      '</Remark>',
      '',
      '<Narration id="discussion-turned">',
      'The discussion then turned to roads.',
      '</Narration>',
    ].join('\n');
    const out = extractRemarks(mdx, 'content/sessions/one.mdx', 4);
    expect(out.problems).toEqual([]);
    expect(out.narrations.map((n) => [n.id, n.line, n.position, sourceText(n.segments)])).toEqual([
      ['first-panel-focus', 5, 0, 'The first panel focused on water.'],
      ['discussion-turned', 13, 2, 'The discussion then turned to roads.'],
    ]);
    expect(out.remarks.map((r) => [r.id, r.speakers, r.topics, r.position])).toEqual([['lane-and-moss-agree', ['lane', 'moss'], [], 1]]);
  });

  it('reads the event file’s plain paragraphs as the opening narration, and only there', () => {
    const opening = extractRemarks('A host held a panel.\n\nIt was on bridges.', 'content/event.mdx', 10, 'opening');
    expect(opening.problems).toEqual([]);
    // One passage per paragraph: each must be found in its own paragraph of the source.
    expect(opening.narrations.map((n) => [n.id, n.line, readingText(n.segments)])).toEqual([
      ['opening', 11, 'A host held a panel.'],
      ['opening-2', 13, 'It was on bridges.'],
    ]);
    expect(extractRemarks('A host held a panel.', FILE).problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('outside any <Remark> or <Narration>') }),
    ]);
  });

  it('reports a literal < or { copied from a source with the line, the character and the escape to write', () => {
    const lt = extractRemarks('<Remark id="r" speaker="s">\nFewer than\nthe <100 trained.\n</Remark>', FILE, 5);
    expect(lt.problems).toEqual([
      { file: FILE, line: 8, field: '(body)', message: expect.stringMatching(/literal "<".*write \\< \(or &lt;\)/) },
    ]);
    const brace = extractRemarks('<Remark id="r" speaker="s">\nThe {plan} held.\n</Remark>', FILE);
    expect(brace.problems).toEqual([
      { file: FILE, line: 2, field: '(body)', message: expect.stringMatching(/literal "\{".*write \\\{ \(and \\\}\)/) },
    ]);
    const broken = extractRemarks('<Remark id="r" speaker="s">\nThe {2015 plan} held.\n</Remark>', FILE);
    expect(broken.problems).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('write \\{') })]);
    const escaped = extractRemarks('<Remark id="r" speaker="s">\nThe \\<100 and \\{plan\\} held.\n</Remark>', FILE);
    expect(escaped.problems).toEqual([]);
    expect(sourceText(escaped.remarks[0]!.segments)).toBe('The <100 and {plan} held.');
  });
});
