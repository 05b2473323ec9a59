import { evaluate } from '@mdx-js/mdx';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { describe, expect, it } from 'vitest';
import { addViewAttributes, mdxViewAttributes, viewAttribute } from '../../src/lib/views/mdx-view-attributes';

const mdx = [
  '<Exchange id="road-question" heading="Roads?">',
  '',
  '<Remark id="ada-answers" speaker="ada" topics="roads">',
  'Ada answered.',
  '</Remark>',
  '',
  '</Exchange>',
  '',
  '<Narration id="aside">',
  'An aside.',
  '</Narration>',
].join('\n');

/** A JSX runtime that calls function components and records what each received. */
function recordingRuntime() {
  const seen: Array<{ name: string; props: Record<string, unknown> }> = [];
  const jsx = (type: unknown, props: Record<string, unknown>) => (typeof type === 'function' ? type(props) : { type, props });
  const component = (name: string) => (props: Record<string, unknown>) => {
    seen.push({ name, props });
    return props.children ?? null;
  };
  return {
    seen,
    runtime: { Fragment: Symbol('Fragment'), jsx, jsxs: jsx },
    components: { Exchange: component('Exchange'), Remark: component('Remark'), Narration: component('Narration') },
  };
}

describe('mdxViewAttributes', () => {
  it('wires every Remark and Exchange, and nothing else, to its view by its authored id', () => {
    const tree = remark().use(remarkMdx).parse(mdx);
    expect(addViewAttributes(tree as never)).toEqual(['road-question', 'ada-answers']);
  });

  it('leaves an element without a literal id alone, and does not wire an element twice', () => {
    const tree = remark()
      .use(remarkMdx)
      .parse('<Remark speaker="ada">\nNo id.\n</Remark>\n\n<Remark id="r" view={other}>\nWired.\n</Remark>');
    expect(addViewAttributes(tree as never)).toEqual([]);
  });

  it('writes the expression with the id as a string literal, whatever characters it holds', () => {
    expect(viewAttribute('exchanges', 'a"b').value.value).toBe('props.exchanges?.["a\\"b"]');
  });

  it('hands each component the view the page passed to <Content>, once compiled by MDX', async () => {
    const { seen, runtime, components } = recordingRuntime();
    const { default: Content } = await evaluate(mdx, { ...runtime, remarkPlugins: [mdxViewAttributes] } as never);
    const remarkView = { remark: { id: 'ada-answers' }, topics: [] };
    const exchangeView = { position: 1, total: 2 };
    Content({ components, remarks: { 'ada-answers': remarkView }, exchanges: { 'road-question': exchangeView } });
    // Children are built before their parent, so compare by component, not by order.
    expect(Object.fromEntries(seen.map((s) => [s.name, s.props.view]))).toEqual({
      Exchange: exchangeView,
      Remark: remarkView,
      Narration: undefined,
    });
  });

  it('hands no view, rather than failing, when the page passed none (the component then names the element)', async () => {
    const { seen, runtime, components } = recordingRuntime();
    const { default: Content } = await evaluate(mdx, { ...runtime, remarkPlugins: [mdxViewAttributes] } as never);
    Content({ components });
    expect(seen.map((s) => s.props.view)).toEqual([undefined, undefined, undefined]);
  });
});
