/**
 * Reads remarks, exchanges and corrections out of an MDX file's syntax tree (mdast with the
 * MDX JSX nodes of remark-mdx, https://mdxjs.com/packages/remark-mdx/). The same tree is what
 * @astrojs/mdx renders, so the index and the pages cannot disagree about what a remark says.
 */
import { collapseWhitespace } from './text';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import type { Node, Parent } from 'unist';
import type { ContentProblem } from './content-error';
import { splitIdList } from './ids';
import { correctionReading } from './corrections';

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
  /** Named people's ids (`speaker="a b"`): one, or several for a joint remark; empty if none. */
  speakers: string[];
  /** An unnamed participant's id (`participant="…"`), or undefined. */
  participant?: string | undefined;
  topics: string[];
  /** Id of the enclosing `<Exchange>`, when there is one. */
  exchange?: string | undefined;
  segments: Segment[];
  file: string;
  line: number;
  /** 0-based place among the file's remarks and narration: the order its page prints them. */
  position: number;
}

/** A `<Narration>` element: the summary's own words, reporting no one's (never credited to a person). */
export interface ExtractedNarration {
  id: string;
  /** Id of the enclosing `<Exchange>`, when there is one. */
  exchange?: string | undefined;
  segments: Segment[];
  file: string;
  line: number;
  /** 0-based place among the file's remarks and narration. */
  position: number;
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
  narrations: ExtractedNarration[];
  exchanges: ExtractedExchange[];
  problems: ContentProblem[];
}

/** MDX attribute names each element accepts; anything else is reported, not ignored. */
const ATTRIBUTES = {
  Remark: ['id', 'speaker', 'participant', 'topics'],
  Narration: ['id'],
  Exchange: ['id', 'heading'],
  Correction: ['id', 'original', 'corrected', 'note'],
} as const;
type ElementName = keyof typeof ATTRIBUTES;

interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string | undefined; value?: unknown }>;
}
interface TextNode extends Node {
  value: string;
}

const isExpression = (node: Node): node is TextNode => node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression';
/** A `{…}` MDX read as a JavaScript expression: in a summary's text it is always a literal brace. */
const braceHint = (node: TextNode) =>
  `a literal "{" in the text (“{${node.value.slice(0, 30)}}”) is read by MDX as an expression: write \\{ (and \\}) for a literal brace`;

const isJsx = (node: Node): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Turns an MDX parse error into a problem an editor can act on: the file and line, the character
 * at fault and how to write it as text. MDX reads `<` as the start of a tag and `{` as the start of
 * a JavaScript expression (https://mdxjs.com/docs/what-is-mdx/#markdown), so text copied from a
 * source that holds them must escape them.
 */
export function mdxSyntaxProblem(error: unknown, source: string, file: string, lineOffset = 0): ContentProblem {
  const e = error as {
    line?: number;
    column?: number | undefined;
    reason?: string;
    message?: string;
    place?: { line?: number; column?: number | undefined; start?: { line: number; column: number } };
  };
  const line = e.line ?? e.place?.start?.line ?? e.place?.line;
  const column = e.column ?? e.place?.start?.column ?? e.place?.column;
  const reason = e.reason ?? e.message ?? String(error);
  const text = line ? (source.split('\n')[line - 1] ?? '') : '';
  // The parser reports the character after the one that opened the tag or expression; find the opener.
  const upTo = column ? text.slice(0, column) : text;
  const lt = upTo.lastIndexOf('<');
  const brace = upTo.lastIndexOf('{');
  const isBrace = /acorn|expression|brace/i.test(reason) || brace > lt;
  const char = isBrace ? '{' : '<';
  const at = isBrace ? brace : lt;
  const excerpt = at >= 0 ? text.slice(Math.max(0, at - 20), at + 20).trim() : text.trim().slice(0, 40);
  const fix = isBrace ? 'write \\{ (and \\}) for a literal brace' : 'write \\< (or &lt;) for a literal less-than sign';
  return {
    file,
    line: line ? line + lineOffset : undefined,
    field: '(body)',
    message: `a literal "${char}" in the text (“${excerpt}”) is read by MDX as the start of ${isBrace ? 'an expression' : 'a tag'}: ${fix}. (MDX said: ${reason})`,
  };
}

/**
 * Whether an MDX body parses, as a list of at most one problem (see `mdxSyntaxProblem`).
 * @param lineOffset lines before the body in its file (the frontmatter)
 */
export function mdxSyntaxProblems(source: string, file: string, lineOffset = 0): ContentProblem[] {
  try {
    remark().use(remarkMdx).parse(source);
    return [];
  } catch (error) {
    return [mdxSyntaxProblem(error, source, file, lineOffset)];
  }
}

/**
 * Extracts remarks, narration, exchanges and corrections from one MDX file.
 * @param source the MDX body (frontmatter removed)
 * @param file path reported in problems, relative to the project root
 * @param lineOffset lines before the body in the file (the frontmatter), so lines are the file's
 * @param bareNarrationId when set (the event file's opening), plain paragraphs outside any element
 *   are the summary's own words: each is a narration passage, the first with this id, the next
 *   with `<id>-2`, `<id>-3`, …, instead of a problem
 * @returns what was found, plus a problem for every element or attribute that is malformed,
 *   unknown, or text that sits outside a `<Remark>` or `<Narration>` (which would otherwise be
 *   dropped from the index), and for MDX that does not parse (see `mdxSyntaxProblem`)
 */
export function extractRemarks(source: string, file: string, lineOffset = 0, bareNarrationId?: string): ExtractedFile {
  const out: ExtractedFile = { remarks: [], narrations: [], exchanges: [], problems: [] };
  let tree: Parent;
  try {
    tree = remark().use(remarkMdx).parse(source) as Parent;
  } catch (error) {
    out.problems.push(mdxSyntaxProblem(error, source, file, lineOffset));
    return out;
  }
  const lineOf = (node: Node) => (node.position?.start.line ?? 0) + lineOffset;
  const problem = (node: Node, field: string, message: string) => out.problems.push({ file, line: lineOf(node), field, message });

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
  function collectSegments(node: Node, segments: Segment[], element: string) {
    if (node.type === 'text') {
      segments.push({ text: (node as TextNode).value });
    } else if (isJsx(node) && node.name === 'Correction') {
      const values = attributes(node, 'Correction');
      const id = required(node, 'Correction', values, 'id');
      const note = required(node, 'Correction', values, 'note');
      const original = values.original ?? '';
      const corrected = values.corrected ?? '';
      if (values.original === undefined) problem(node, 'original', '<Correction> is missing "original" (use "" for a supplied word)');
      if (values.corrected === undefined)
        problem(node, 'corrected', '<Correction> is missing "corrected" (use "" for a struck-through word)');
      if (original === corrected) problem(node, 'corrected', '<Correction> changes nothing: "original" equals "corrected"');
      segments.push({ correction: { id, original, corrected, note, file, line: lineOf(node) } });
    } else if (node.type === 'paragraph' || node.type === 'emphasis' || node.type === 'strong') {
      const before = segments.length;
      for (const child of (node as Parent).children) collectSegments(child, segments, element);
      // Blocks inside one remark read as one run of text, so join them with a space.
      if (node.type === 'paragraph' && before > 0) segments.splice(before, 0, { text: ' ' });
    } else if (isExpression(node)) {
      problem(node, '(body)', braceHint(node));
    } else {
      problem(node, '(body)', `unsupported markup inside <${element}>: ${isJsx(node) ? `<${node.name}>` : node.type}`);
    }
  }

  function passage(node: JsxNode, name: 'Remark' | 'Narration') {
    const values = attributes(node, name);
    const id = required(node, name, values, 'id');
    const segments: Segment[] = [];
    for (const child of node.children) collectSegments(child, segments, name);
    if (!segments.some((s) => 'text' in s && s.text.trim())) problem(node, '(body)', `<${name} id="${id}"> has no text`);
    return { id, values, segments };
  }

  let position = 0;
  function visit(node: Node, exchange?: string) {
    if (isJsx(node) && node.name === 'Exchange') {
      const values = attributes(node, 'Exchange');
      const id = required(node, 'Exchange', values, 'id');
      const heading = required(node, 'Exchange', values, 'heading');
      if (exchange) problem(node, 'id', `<Exchange id="${id}"> is nested inside <Exchange id="${exchange}">`);
      out.exchanges.push({ id, heading, file, line: lineOf(node) });
      for (const child of node.children) visit(child, id);
    } else if (isJsx(node) && node.name === 'Remark') {
      const { id, values, segments } = passage(node, 'Remark');
      out.remarks.push({
        position: position++,
        id,
        speakers: splitIdList(values.speaker ?? ''),
        participant: values.participant,
        topics: splitIdList(values.topics ?? ''),
        exchange,
        segments,
        file,
        line: lineOf(node),
      });
    } else if (isJsx(node) && node.name === 'Narration') {
      const { id, segments } = passage(node, 'Narration');
      out.narrations.push({ id, exchange, segments, file, line: lineOf(node), position: position++ });
    } else if (node.type === 'root') {
      for (const child of (node as Parent).children) visit(child, exchange);
    } else if (isJsx(node)) {
      problem(node, '(body)', `unknown element <${node.name ?? 'fragment'}> (allowed here: <Narration>, <Remark>, <Exchange>)`);
    } else if (bareNarrationId && !exchange && node.type === 'paragraph') {
      // One passage per paragraph, since each lies in its own source paragraph: `opening`, `opening-2`, …
      const n = out.narrations.length;
      const bare: ExtractedNarration = {
        id: n ? `${bareNarrationId}-${n + 1}` : bareNarrationId,
        segments: [],
        file,
        line: lineOf(node),
        position: position++,
      };
      out.narrations.push(bare);
      collectSegments(node, bare.segments, 'the opening');
    } else if (isExpression(node)) {
      problem(node, '(body)', braceHint(node));
    } else {
      problem(node, '(body)', `${node.type} outside any <Remark> or <Narration>: wrap it in one, or remove it`);
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
  return collapseWhitespace(segments.map((s) => ('text' in s ? s.text : correctionReading(s.correction))).join(''));
}

/** The remark's text in the source's own wording (every correction undone). */
export function sourceText(segments: Segment[]): string {
  return collapseWhitespace(segments.map((s) => ('text' in s ? s.text : s.correction.original)).join(''));
}
