/**
 * Reads remarks, exchanges and corrections out of an MDX file's syntax tree (mdast with the
 * MDX JSX nodes of remark-mdx, https://mdxjs.com/packages/remark-mdx/). The same tree is what
 * @astrojs/mdx renders, so the index and the pages cannot disagree about what a remark says.
 */
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import type { Node, Parent } from 'unist';
import type { ContentProblem } from './content-error';
import { splitIdList } from './ids';

/** An editorial correction of an evident typo in the source (`<Correction>` in MDX). */
export interface Correction {
  id: string;
  /** The source's wording, verbatim ('' when a missing word is supplied). */
  original: string;
  /** Our reading ('' when a stray letter or word is struck through). */
  corrected: string;
  /** Why, shown on the edition-notes page. */
  note: string;
  file: string;
  line: number;
}

/** A run of a remark's text: plain text, or a correction shown with its editorial mark. */
export type Segment = { text: string } | { correction: Correction };

/** A `<Remark>` element as written, before cross-reference checks. */
export interface ExtractedRemark {
  id: string;
  /** Panelist id (`speaker="…"`), or undefined. */
  speaker?: string;
  /** Non-panelist id (`participant="…"`), or undefined. */
  participant?: string;
  topics: string[];
  /** Id of the enclosing `<Exchange>`, when there is one. */
  exchange?: string;
  segments: Segment[];
  file: string;
  line: number;
}

/** An `<Exchange>` (one question and its answers) as written. */
export interface ExtractedExchange {
  id: string;
  heading: string;
  file: string;
  line: number;
}

/** Everything one MDX file contributes to the event's remark index. */
export interface ExtractedFile {
  remarks: ExtractedRemark[];
  exchanges: ExtractedExchange[];
  problems: ContentProblem[];
}

/** MDX attribute names each element accepts; anything else is reported, not ignored. */
const ATTRIBUTES = {
  Remark: ['id', 'speaker', 'participant', 'topics'],
  Exchange: ['id', 'heading'],
  Correction: ['id', 'original', 'corrected', 'note'],
} as const;
type ElementName = keyof typeof ATTRIBUTES;

interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}
interface TextNode extends Node {
  value: string;
}

const isJsx = (node: Node): node is JsxNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Extracts remarks, exchanges and corrections from one MDX file.
 * @param source the MDX body (frontmatter removed)
 * @param file path reported in problems, relative to the project root
 * @param lineOffset lines before the body in the file (the frontmatter), so lines are the file's
 * @returns what was found, plus a problem for every element or attribute that is malformed,
 *   unknown, or text that sits outside a `<Remark>` (which would otherwise be dropped from the index)
 * @throws only what the MDX parser throws for a file that is not MDX at all
 */
export function extractRemarks(source: string, file: string, lineOffset = 0): ExtractedFile {
  const tree = remark().use(remarkMdx).parse(source) as Parent;
  const out: ExtractedFile = { remarks: [], exchanges: [], problems: [] };
  const lineOf = (node: Node) => (node.position?.start.line ?? 0) + lineOffset;
  const problem = (node: Node, field: string, message: string) =>
    out.problems.push({ file, line: lineOf(node), field, message });

  /** Reads string attributes, reporting unknown names and `{expressions}`. */
  function attributes(node: JsxNode, name: ElementName): Record<string, string | undefined> {
    const allowed: readonly string[] = ATTRIBUTES[name];
    const values: Record<string, string | undefined> = {};
    for (const attr of node.attributes) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        problem(node, '(attributes)', `<${name}> takes only plain attributes, not {...spread}`);
      } else if (!allowed.includes(attr.name)) {
        problem(node, attr.name, `<${name}> has no attribute "${attr.name}" (allowed: ${allowed.join(', ')})`);
      } else if (typeof attr.value !== 'string') {
        problem(node, attr.name, `<${name}> attribute "${attr.name}" must be a quoted string`);
      } else {
        values[attr.name] = attr.value;
      }
    }
    return values;
  }

  function required(node: JsxNode, name: ElementName, values: Record<string, string | undefined>, key: string) {
    const value = values[key];
    if (value === undefined || value.trim() === '') {
      problem(node, key, `<${name}> is missing the required attribute "${key}"`);
      return '';
    }
    return value;
  }

  /** Collects the phrasing content of a remark into text and correction segments. */
  function collectSegments(node: Node, segments: Segment[]) {
    if (node.type === 'text') {
      segments.push({ text: (node as TextNode).value });
    } else if (isJsx(node) && node.name === 'Correction') {
      const values = attributes(node, 'Correction');
      const id = required(node, 'Correction', values, 'id');
      const note = required(node, 'Correction', values, 'note');
      const original = values.original ?? '';
      const corrected = values.corrected ?? '';
      if (values.original === undefined) problem(node, 'original', '<Correction> is missing "original" (use "" for a supplied word)');
      if (values.corrected === undefined) problem(node, 'corrected', '<Correction> is missing "corrected" (use "" for a struck-through word)');
      if (original === corrected) problem(node, 'corrected', '<Correction> changes nothing: "original" equals "corrected"');
      segments.push({ correction: { id, original, corrected, note, file, line: lineOf(node) } });
    } else if (node.type === 'paragraph' || node.type === 'emphasis' || node.type === 'strong') {
      const before = segments.length;
      for (const child of (node as Parent).children) collectSegments(child, segments);
      // Blocks inside one remark read as one run of text, so join them with a space.
      if (node.type === 'paragraph' && before > 0) segments.splice(before, 0, { text: ' ' });
    } else {
      problem(node, '(body)', `unsupported markup inside <Remark>: ${isJsx(node) ? `<${node.name}>` : node.type}`);
    }
  }

  function visit(node: Node, exchange?: string) {
    if (isJsx(node) && node.name === 'Exchange') {
      const values = attributes(node, 'Exchange');
      const id = required(node, 'Exchange', values, 'id');
      const heading = required(node, 'Exchange', values, 'heading');
      if (exchange) problem(node, 'id', `<Exchange id="${id}"> is nested inside <Exchange id="${exchange}">`);
      out.exchanges.push({ id, heading, file, line: lineOf(node) });
      for (const child of node.children) visit(child, id);
    } else if (isJsx(node) && node.name === 'Remark') {
      const values = attributes(node, 'Remark');
      const id = required(node, 'Remark', values, 'id');
      const segments: Segment[] = [];
      for (const child of node.children) collectSegments(child, segments);
      if (!segments.some((s) => 'text' in s && s.text.trim())) problem(node, '(body)', `<Remark id="${id}"> has no text`);
      out.remarks.push({
        id,
        speaker: values.speaker,
        participant: values.participant,
        topics: splitIdList(values.topics ?? ''),
        exchange,
        segments,
        file,
        line: lineOf(node),
      });
    } else if (node.type === 'root') {
      for (const child of (node as Parent).children) visit(child, exchange);
    } else if (isJsx(node)) {
      problem(node, '(body)', `unknown element <${node.name ?? 'fragment'}> (allowed here: <Exchange>, <Remark>)`);
    } else {
      problem(node, '(body)', `${node.type} outside any <Remark>: wrap it in <Remark> or remove it`);
    }
  }

  visit(tree);
  return out;
}

/**
 * The remark's text as the site reads it: corrections shown as `[reading]`, struck-through
 * words omitted. Used for search records and plain-text views.
 * @example readingText([{ text: 'and ' }, { correction: { original: 'te', corrected: 'the', ... } }, { text: ' US' }]) // 'and [the] US'
 */
export function readingText(segments: Segment[]): string {
  return collapse(segments.map((s) => ('text' in s ? s.text : s.correction.corrected ? `[${s.correction.corrected}]` : '')).join(''));
}

/** The remark's text in the source's own wording (every correction undone). */
export function sourceText(segments: Segment[]): string {
  return collapse(segments.map((s) => ('text' in s ? s.text : s.correction.original)).join(''));
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
