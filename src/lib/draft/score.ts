/**
 * Scores a drafted folder against a hand-made one for the same summary: sentence by sentence over
 * the source (segmented as the drafter segments it), is the voice the same? A voice is narration,
 * the set of named people (compared by `name`, since ids may differ), or a participant's role.
 * Also compares where Q&A exchanges start, and which people (by name) each folder has. Both folders are read the way the build reads them
 * (frontmatter by `yaml`, bodies by `extractRemarks`), so any content format the build accepts
 * (sessions, or the older speaker and topic files) can be the gold.
 */
import { parse } from 'yaml';
import { extractRemarks, sourceText } from '../remarks';
import { mapParagraphsToRemarks } from '../source-view';
import { readSource } from './sentences';

/** A passage (remark or narration) with its voice and source wording. */
export interface VoicedPassage {
  key: string;
  voice: string;
  text: string;
  exchange?: string | undefined;
}

/** Splits `---` frontmatter off an MDX file. */
export function splitFrontmatter(raw: string): { data: Record<string, unknown>; body: string; lineOffset: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!m) return { data: {}, body: raw, lineOffset: 0 };
  return { data: (parse(m[1]!) ?? {}) as Record<string, unknown>, body: raw.slice(m[0].length), lineOffset: m[0].split('\n').length - 1 };
}

/**
 * Every passage of a content folder with its voice.
 * @param files folder-relative path → contents (event.mdx, speakers/, sessions/, topics/, participants.json)
 * @example readVoices({ 'speakers/lane.mdx': '---\nname: Ada Lane\n---\n<Remark id="a" speaker="lane">\nHi.\n</Remark>\n' })
 *   // [{ key: 'speakers/lane.mdx#a', voice: 'person: Ada Lane', text: 'Hi.' }]
 */
export function readVoices(files: Record<string, string>): VoicedPassage[] {
  const names = new Map<string, string>();
  for (const [path, raw] of Object.entries(files)) {
    const id = /^speakers\/(.+)\.mdx$/.exec(path)?.[1];
    if (id) names.set(id, String(splitFrontmatter(raw).data.name ?? id));
  }
  const roles = new Map<string, string>(
    files['participants.json']
      ? (JSON.parse(files['participants.json']) as Array<{ id: string; role: string }>).map((p) => [p.id, p.role])
      : [],
  );
  const out: VoicedPassage[] = [];
  for (const [path, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (!/^(?:event\.mdx|(?:speakers|sessions|topics)\/[^/]+\.mdx)$/.test(path)) continue;
    const { body, lineOffset } = splitFrontmatter(raw);
    const found = extractRemarks(body, path, lineOffset, path === 'event.mdx' ? 'opening' : undefined);
    for (const n of found.narrations)
      out.push({ key: `${path}#${n.id}`, voice: 'narration', text: sourceText(n.segments), exchange: n.exchange });
    for (const r of found.remarks) {
      const voice = r.speakers.length
        ? `person: ${r.speakers
            .map((s) => names.get(s) ?? `unknown "${s}"`)
            .sort()
            .join(' & ')}`
        : r.participant
          ? `participant: ${roles.get(r.participant) ?? `unknown "${r.participant}"`}`
          : 'nobody';
      out.push({ key: `${path}#${r.id}`, voice, text: sourceText(r.segments), exchange: r.exchange });
    }
  }
  return out;
}

/** The names in a folder's `speakers/` files. */
function peopleNames(files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(([path]) => /^speakers\/[^/]+\.mdx$/.test(path))
    .map(([, raw]) => String(splitFrontmatter(raw).data.name ?? ''))
    .sort();
}

/** Each prose sentence's voice in a folder ('(missing)' where no passage holds it), and exchange starts. */
function sentenceVoices(summary: string, passages: VoicedPassage[]) {
  const paragraphs = readSource(summary);
  const view = mapParagraphsToRemarks(
    paragraphs.map((p) => p.text),
    passages.map((p) => ({ id: p.key, sourceText: p.text })),
  );
  const byKey = new Map(passages.map((p) => [p.key, p]));
  const spans = view.map((p) => {
    let cursor = 0;
    return p.remarkIds.map((key) => {
      const text = byKey.get(key)!.text;
      const start = p.text.indexOf(text, cursor);
      cursor = start + text.length;
      return { start, end: cursor, passage: byKey.get(key)! };
    });
  });
  const sentences = paragraphs.flatMap((p) => p.sentences.map((s) => ({ ...s, paragraph: p.index })));
  const voices = sentences.map((s) => spans[s.paragraph]!.find((x) => x.start <= s.start && s.start < x.end)?.passage.voice ?? '(missing)');
  const starts = new Set<number>();
  const seen = new Set<string>();
  sentences.forEach((s, i) => {
    const span = spans[s.paragraph]!.find((x) => x.start <= s.start && s.start < x.end);
    const exchange = span?.passage.exchange && `${span.passage.key.split('#')[0]}#${span.passage.exchange}`;
    if (exchange && !seen.has(exchange)) {
      seen.add(exchange);
      starts.add(i);
    }
  });
  return { sentences, voices, starts };
}

/** The comparison of one draft with its gold. */
export interface PairScore {
  name: string;
  sentences: number;
  right: number;
  wrong: Array<{ n: number; text: string; expected: string; got: string }>;
  exchanges: { draft: number; gold: number; matching: number; missed: string[]; extra: string[] };
  /** People (by name) only one side has. */
  people: { missed: string[]; extra: string[] };
}

/**
 * Compares a draft folder with the hand-made one.
 * @param summary the summary both were made from
 * @param gold, draft folder-relative path → contents
 */
export function scorePair(name: string, summary: string, gold: Record<string, string>, draft: Record<string, string>): PairScore {
  const g = sentenceVoices(summary, readVoices(gold));
  const d = sentenceVoices(summary, readVoices(draft));
  const wrong = g.sentences.flatMap((s, n) =>
    g.voices[n] === d.voices[n] ? [] : [{ n, text: s.text, expected: g.voices[n]!, got: d.voices[n]! }],
  );
  const matching = [...d.starts].filter((n) => g.starts.has(n));
  const quote = (n: number) => g.sentences[n]!.text;
  const [goldPeople, draftPeople] = [peopleNames(gold), peopleNames(draft)];
  return {
    name,
    sentences: g.sentences.length,
    right: g.sentences.length - wrong.length,
    wrong,
    exchanges: {
      draft: d.starts.size,
      gold: g.starts.size,
      matching: matching.length,
      missed: [...g.starts].filter((n) => !d.starts.has(n)).map(quote),
      extra: [...d.starts].filter((n) => !g.starts.has(n)).map(quote),
    },
    people: { missed: goldPeople.filter((n) => !draftPeople.includes(n)), extra: draftPeople.filter((n) => !goldPeople.includes(n)) },
  };
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const clip = (s: string) => (s.length > 110 ? `${s.slice(0, 110)}…` : s);

/** Pairs reported together under a heading, with their own total. */
export interface ScoreGroup {
  /** Printed above the group's pairs. */
  heading: string;
  /** Names the group's total line ("developed-on pairs"). */
  total: string;
  scores: PairScore[];
}

/**
 * The report `npm run new-event:score` prints: each group's heading, its pairs (with every wrong
 * sentence, exchange start and person), and its total.
 * @example formatScore([{ heading: 'held-out', total: 'held-out pairs', scores }]).split('\n').at(-2) // 'held-out pairs: 40/50 sentences right (80.0%)'
 */
export function formatScore(groups: ScoreGroup[]): string {
  const lines: string[] = [];
  for (const group of groups) {
    lines.push(group.heading, '');
    for (const s of group.scores) {
      const x = s.exchanges;
      lines.push(
        `${s.name}`,
        `  sentences: ${s.sentences}, right: ${s.right} (${pct(s.right, s.sentences)})`,
        `  Q&A exchange starts: draft ${x.draft}, hand-made ${x.gold}, same ${x.matching} (precision ${pct(x.matching, x.draft)}, recall ${pct(x.matching, x.gold)})`,
      );
      for (const w of s.wrong) lines.push(`  ✗ sentence ${w.n + 1}: expected ${w.expected}, drafted ${w.got}: “${clip(w.text)}”`);
      for (const m of x.missed) lines.push(`  ✗ exchange start missed: “${clip(m)}”`);
      for (const e of x.extra) lines.push(`  ✗ exchange start not in the hand-made content: “${clip(e)}”`);
      for (const m of s.people.missed) lines.push(`  ✗ person missed: ${m}`);
      for (const e of s.people.extra) lines.push(`  ✗ person not in the hand-made content: ${e}`);
      lines.push('');
    }
    const sum = (f: (s: PairScore) => number) => group.scores.reduce((a, s) => a + f(s), 0);
    const [total, right] = [sum((s) => s.sentences), sum((s) => s.right)];
    const [draft, gold, same] = [sum((s) => s.exchanges.draft), sum((s) => s.exchanges.gold), sum((s) => s.exchanges.matching)];
    lines.push(
      `${group.total}: ${right}/${total} sentences right (${pct(right, total)}); Q&A exchange starts: precision ${pct(same, draft)}, recall ${pct(same, gold)}`,
      '',
    );
  }
  return lines.join('\n').trimEnd();
}
