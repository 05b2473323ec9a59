/**
 * Writes a draft as the files of a content folder, as a `{ path: contents }` map (the CLI saves
 * it), in the content model's format (`src/lib/content-model.ts`): event.mdx, speakers/, sessions/,
 * participants.json, source/event-summary.txt and REVIEW.md with every doubt at its file:line.
 */
import { stringify } from 'yaml';
import type { Draft, DraftElement, DraftExchange } from './draft';
import { reviewMarkdown, type Place } from './review';

/**
 * Escapes text so MDX reads it back as the same characters (CommonMark backslash escapes, which
 * the parser removes: https://spec.commonmark.org/0.31.2/#backslash-escapes): JSX and expression
 * openers (`<`, `{`, `}`), emphasis, code and link marks, entity-like `&…;`, and a line start that
 * would open a heading, quote or list.
 * @example escapeMdx('5 < 6 {x} *y*') // '5 \\< 6 \\{x\\} \\*y\\*'
 */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(#|>|[-+=]\s|[-+=]$)/, '\\$1')
    .replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3');
}

/** A quoted MDX attribute value; straight double quotes become typographic ones. */
const attr = (value: string) => `"${value.replace(/"/g, '”')}"`;

/** Frontmatter block; `undefined` fields are left out. */
const frontmatter = (data: Record<string, unknown>) => {
  const defined = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n`;
};

/** Line (1-based) of the first line of `text` matching `re`, or 1. */
const lineOf = (text: string, re: RegExp) => {
  const i = text.split('\n').findIndex((l) => re.test(l));
  return i < 0 ? 1 : i + 1;
};

/**
 * The files of the drafted folder.
 * @returns paths relative to the folder → contents; REVIEW.md included
 */
export function writeFolder(draft: Draft): Record<string, string> {
  const files: Record<string, string> = { 'source/event-summary.txt': draft.source };
  const where = new Map<string, { file: string; line: number }>(); // element or exchange id → start
  const sentenceItem = new Map<number, string>();

  const f = draft.fields;
  const event = frontmatter({
    title: f.title,
    dateAsStated: f.dateAsStated,
    date: f.date,
    yearInferred: f.yearInferred,
    dateNote: f.dateNote,
    hosts: f.hosts,
    coHosts: f.coHosts,
    venue: f.venue,
    documentTitle: f.documentTitle,
    sessions: f.sessionIds,
    roles: draft.roles,
  });
  // Each body paragraph is its own MDX paragraph (a narration passage of its own, `opening`, `opening-2`, …);
  // a list keeps its lines, each escaped on its own, since MDX reads every line start afresh.
  const bodyLines = new Map<number, number>(); // sentence → line of its paragraph in event.mdx
  const eventLines = event.split('\n');
  eventLines.pop();
  for (const p of draft.body ?? []) {
    eventLines.push('');
    for (const n of p.sentences) bodyLines.set(n, eventLines.length + 1);
    eventLines.push(...p.lines.map(escapeMdx));
  }
  files['event.mdx'] = `${eventLines.join('\n')}\n`;

  for (const p of draft.people) {
    files[`speakers/${p.id}.mdx`] = frontmatter({
      name: p.name,
      honorific: p.honorific,
      shortName: p.shortName,
      role: p.role,
      affiliation: p.affiliation,
      description: p.description,
    });
  }

  for (const session of draft.sessions) {
    const file = `sessions/${session.id}.mdx`;
    const lines = frontmatter({ title: session.title, kind: session.kind, people: session.people }).split('\n');
    lines.pop();
    const element = (e: DraftElement) => {
      where.set(e.id, { file, line: lines.length + 1 });
      for (const n of e.sentences) sentenceItem.set(n, e.id);
      const v = e.voice;
      const open =
        v.kind === 'narration'
          ? `<Narration id=${attr(e.id)}>`
          : v.kind === 'person'
            ? `<Remark id=${attr(e.id)} speaker=${attr(v.ids.join(' '))}>`
            : `<Remark id=${attr(e.id)} participant=${attr(v.id)}>`;
      lines.push(open, escapeMdx(e.text), v.kind === 'narration' ? '</Narration>' : '</Remark>');
    };
    for (const item of session.items) {
      lines.push('');
      if (item.kind === 'element') element(item);
      else {
        where.set(item.id, { file, line: lines.length + 1 });
        lines.push(`<Exchange id=${attr(item.id)} heading=${attr(item.heading)}>`);
        for (const child of (item as DraftExchange).items) element(child);
        lines.push('</Exchange>');
      }
    }
    files[file] = `${lines.join('\n')}\n`;
  }

  if (draft.participants.length) files['participants.json'] = `${JSON.stringify(draft.participants, null, 2)}\n`;

  const locate = (place: Place): string => {
    if ('item' in place) {
      const at = where.get(place.item);
      return at ? `${at.file}:${at.line}` : place.item;
    }
    if ('sentence' in place) {
      const id = sentenceItem.get(place.sentence);
      const at = id ? where.get(id) : undefined;
      if (at) return `${at.file}:${at.line}`;
      const line = bodyLines.get(place.sentence);
      return line ? `event.mdx:${line}` : 'event.mdx';
    }
    if ('person' in place) {
      const file = `speakers/${place.person}.mdx`;
      return `${file}:${lineOf(files[file] ?? '', /^name:/)}`;
    }
    const text = files[place.file];
    if (text === undefined) return place.file;
    return `${place.file}:${place.field ? lineOf(text, new RegExp(`^${place.field}:`)) : 1}`;
  };
  const exchangeDoubts = draft.sessions.flatMap((s) => s.items).filter((i): i is DraftExchange => i.kind === 'exchange');
  const headings = exchangeDoubts.map((x) => ({
    severity: x.heading.startsWith('TODO') ? (1 as const) : (3 as const),
    place: { item: x.id },
    message: x.heading.startsWith('TODO')
      ? `Q&A exchange \`${x.id}\` needs a heading (TODO).`
      : `Q&A exchange \`${x.id}\` heading drafted from the question: “${x.heading}”.`,
  }));
  files['REVIEW.md'] = reviewMarkdown([...draft.doubts, ...headings], locate);
  return files;
}
