/**
 * `npm run new-event -- <summary.txt> <folder>`: drafts a content folder from a plain-text event
 * summary (see src/lib/draft/). File I/O only: reads the summary, refuses to overwrite a
 * non-empty folder, writes the files and says what to do next.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { draftEvent } from '../lib/draft/draft';
import { writeFolder } from '../lib/draft/write-folder';

function fail(message: string): never {
  console.error(`new-event: ${message}`);
  process.exit(1);
}

const [summaryPath, folder, ...extra] = process.argv.slice(2).filter((a) => a !== '--');
if (!summaryPath || !folder || extra.length) fail('usage: npm run new-event -- <summary.txt> <folder>');
if (!existsSync(summaryPath) || !statSync(summaryPath).isFile()) fail(`no such file: ${summaryPath}`);
if (existsSync(folder) && (!statSync(folder).isDirectory() || readdirSync(folder).length > 0))
  fail(`${folder} exists and is not an empty folder; choose a new folder (nothing was written)`);

const summary = readFileSync(summaryPath, 'utf8');
if (!summary.trim()) fail(`${summaryPath} is empty`);
const draft = draftEvent(summary);
const files = writeFolder(draft);
for (const [path, contents] of Object.entries(files)) {
  mkdirSync(dirname(join(folder, path)), { recursive: true });
  writeFileSync(join(folder, path), contents);
}
const review = (files['REVIEW.md']!.match(/^- \[ \]/gm) ?? []).length;
console.log(`Drafted ${folder}/ from ${summaryPath}:`);
for (const path of Object.keys(files).sort()) console.log(`  ${path}`);
console.log(
  `${draft.people.length} people, ${draft.participants.length} participants, ${draft.sessions.length} session(s), ${review} item(s) to review.`,
);
console.log(`next: read ${join(folder, 'REVIEW.md')}, then EVENT_CONTENT_DIR=${folder} npm start`);
