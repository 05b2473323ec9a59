/**
 * A remark (mdast) plugin for MDX, registered in astro.config.mjs: gives every `<Remark id="…">`
 * and `<Exchange id="…">` element of the content a `view` attribute, the expression
 * `props.remarks?.["<id>"]` (or `props.exchanges?.[…]`), so the component receives the view the
 * page passed to `<Content remarks={…} exchanges={…} />` (see `mdxViews`) and never loads the event.
 * The content files stay as authored; MDX gives its body the props of `<Content>` as `props`
 * (https://mdxjs.com/docs/using-mdx/#props). Elements without a literal `id` are left alone: the
 * validator already refuses them.
 */

/** Which prop of `<Content>` holds the views of each element. */
const VIEW_PROPS: Record<string, 'remarks' | 'exchanges'> = { Remark: 'remarks', Exchange: 'exchanges' };

interface MdastNode {
  type: string;
  name?: string | null | undefined;
  attributes?: Array<{ type: string; name?: string | undefined; value?: unknown }>;
  children?: MdastNode[] | undefined;
}

/**
 * The `view` attribute for an element: the expression as text and as the estree MDX compiles
 * (an expression attribute without `data.estree` would compile to nothing).
 * @example viewAttribute('remarks', 'ada-opening').value.value // 'props.remarks?.["ada-opening"]'
 */
export function viewAttribute(prop: 'remarks' | 'exchanges', id: string) {
  const member = (object: object, property: object, computed: boolean, optional: boolean) => ({
    type: 'MemberExpression',
    object,
    property,
    computed,
    optional,
  });
  const expression = {
    type: 'ChainExpression',
    expression: member(
      member({ type: 'Identifier', name: 'props' }, { type: 'Identifier', name: prop }, false, false),
      { type: 'Literal', value: id, raw: JSON.stringify(id) },
      true,
      true,
    ),
  };
  return {
    type: 'mdxJsxAttribute' as const,
    name: 'view',
    value: {
      type: 'mdxJsxAttributeValueExpression' as const,
      value: `props.${prop}?.[${JSON.stringify(id)}]`,
      data: { estree: { type: 'Program', sourceType: 'module', comments: [], body: [{ type: 'ExpressionStatement', expression }] } },
    },
  };
}

/**
 * Adds the `view` attribute to every `<Remark>` and `<Exchange>` element of an MDX syntax tree, in place.
 * @returns the ids wired, in document order (for tests and debugging)
 */
export function addViewAttributes(tree: MdastNode): string[] {
  const wired: string[] = [];
  const visit = (node: MdastNode) => {
    const prop = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name ? VIEW_PROPS[node.name] : undefined;
    const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (prop && typeof id === 'string' && !node.attributes!.some((a) => a.name === 'view')) {
      node.attributes!.push(viewAttribute(prop, id));
      wired.push(id);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return wired;
}

/** The plugin itself, as `remarkPlugins` takes it: a function returning the tree transform. */
export function mdxViewAttributes() {
  return (tree: MdastNode) => {
    addViewAttributes(tree);
  };
}
