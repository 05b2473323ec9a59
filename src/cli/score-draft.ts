/**
 * `npm run new-event:score`: drafts each known summary into a temporary folder and compares it
 * with the hand-made content (src/lib/draft/score.ts). Two groups, each with its own total:
 * - developed on: the real event (content/) and the invented events under
 *   tests/fixtures/events/<shape>/, written together with the drafter's rules;
 * - held out: the invented events under tests/fixtures/events-holdout/<shape>/, written by someone
 *   who never saw the rules. They measure how the rules generalise: never tune a rule to them.
 * File I/O only.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { draftEvent } from '../lib/draft/draft';
import { writeFolder } from '../lib/draft/write-folder';
import { formatScore, scorePair, type PairScore } from '../lib/draft/score';

/** Every file under `dir`, as folder-relative path → contents. */
function readFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:mdx|json|txt)$/.test(entry.name)) out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** The summaries of a folder of invented events that have one, in name order. */
const shapes = (dir: string, label: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((shape) => ({ name: `${label}: ${shape}`, gold: join(dir, shape) }))
    : [];
const withSource = (pairs: Array<{ name: string; gold: string }>) =>
  pairs.filter((p) => existsSync(join(p.gold, 'source/event-summary.txt')));

const developed = withSource([{ name: 'real (content/)', gold: 'content' }, ...shapes('tests/fixtures/events', 'invented')]);
const heldOut = withSource(shapes('tests/fixtures/events-holdout', 'held-out'));

const temp = mkdtempSync(join(tmpdir(), 'new-event-score-'));
let drafted = 0;
/** Drafts a pair's summary into the temporary folder and scores the draft against the pair's folder. */
function score(pair: { name: string; gold: string }): PairScore {
  const summary = readFileSync(join(pair.gold, 'source/event-summary.txt'), 'utf8');
  const out = join(temp, String(drafted++));
  for (const [path, contents] of Object.entries(writeFolder(draftEvent(summary)))) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), contents);
  }
  return scorePair(`${pair.name} — ${pair.gold}/source/event-summary.txt`, summary, readFolder(pair.gold), readFolder(out));
}

try {
  const groups = [
    {
      heading: "developed on (the real event, and invented events written together with the drafter's rules)",
      total: 'developed-on pairs',
      scores: developed.map(score),
    },
  ];
  if (heldOut.length)
    groups.push({ heading: "held-out (written without seeing the drafter's rules)", total: 'held-out pairs', scores: heldOut.map(score) });
  console.log(formatScore(groups));
} finally {
  rmSync(temp, { recursive: true, force: true });
}
