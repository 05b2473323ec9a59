// npm run bench: builds a synthetic event (tests/bench/generate-event.mjs) at three sizes and
// measures the build (wall time, peak memory, pages per second), the output (dist and Pagefind
// index), what a first visit to each kind of page loads, and a first and a warm search in
// Chromium. Prints a table, checks the targets of issue 6 in its output (not as a test), writes
// BENCHMARKS.md and tests/bench/results/scale.json, and exits 0.
//
//   BENCH_SIZES=100,1000 npm run bench     # a subset; other sizes keep their last figures
//
// Builds run one at a time (Astro writes .astro/ in the project root), each cold (fresh cache dir).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tools/chromium.mjs';
import { serveStatic } from '../tools/serve.mjs';
import { firstLoad } from './page-load.mjs';
import { measureSearch } from './search-timing.mjs';
import { generateEvent, sizeFor } from './generate-event.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number).filter(Boolean);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const RESULTS = 'tests/bench/results/scale.json';
const TIME = '/usr/bin/time';
const TARGETS = { pagesPerSecond: 60, peakMiB: 1536, speakerGzipKiB: 100, firstQueryKiB: 300, warmQueryMs: 500 };
const QUERIES = { cold: 'harbour', warm: 'census' };

const kib = (n) => n / 1024;
const mib = (n) => n / 2 ** 20;
const fixed = (n, d = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d));

/** All files under `dir`, relative. */
const walk = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
const sizeOf = (dir, files = walk(dir)) => files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);

/** Sum of RSS (KiB) of `pid` and all its descendants, from `ps`. */
function treeRssKiB(pid) {
  let out;
  try {
    out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  } catch {
    return 0;
  }
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [p, pp] of rows) children.set(pp, [...(children.get(pp) ?? []), p]);
  const rss = new Map(rows.map(([p, , r]) => [p, r]));
  let sum = 0;
  for (const stack = [pid]; stack.length;) {
    const p = stack.pop();
    sum += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return sum;
}

/**
 * Runs a cold `astro build` of `contentDir` under `/usr/bin/time -v` (when present), sampling the
 * RSS of the whole process tree every 250 ms as well: time -v reports the largest single process
 * (Astro's Node process), while Pagefind and esbuild run as child processes beside it.
 */
async function build(contentDir, outDir, cacheDir) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    EVENT_CONTENT_DIR: contentDir,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: cacheDir,
    SITE_URL: 'https://example.org',
  };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_BASE', 'SITE_TRAILING_SLASH', 'LINK_CONTRACT']) delete env[key];
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime ? [TIME, ['-v', 'node_modules/.bin/astro', 'build']] : ['node_modules/.bin/astro', ['build']];
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let treePeak = 0;
  const sampler = setInterval(() => (treePeak = Math.max(treePeak, treeRssKiB(child.pid))), 250);
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`astro build failed (${status}) for ${contentDir}:\n${output.slice(-4000)}`);
  const maxRss = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1]) : undefined;
  const astroSeconds = Number(/(\d+) page\(s\) built in ([\d.]+)s/.exec(output)?.[2]);
  // The machine's 1-minute load average before and after: other work on a 2-core machine slows a build.
  const load = [loadBefore, loadavg()[0]];
  return {
    seconds,
    astroSeconds,
    peakMiB: maxRss ? maxRss / 1024 : undefined,
    treePeakMiB: treePeak / 1024,
    measuredWith: useTime ? 'time -v + ps' : 'ps',
    load,
  };
}

/** The largest file of a page kind (e.g. the speaker page with the most remarks), by gzip size. */
function largestPage(dist, folder) {
  const dir = join(dist, folder);
  let best;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'index.html');
    if (!existsSync(file)) continue;
    const gz = gzipSync(readFileSync(file)).length;
    if (!best || gz > best.gz) best = { path: `${folder}/${name}/`, gz, raw: statSync(file).size };
  }
  return best;
}

async function measure(remarks) {
  const root = join(tmpdir(), `event-bench-${remarks}`);
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const shape = generateEvent(content, { remarks, ...sizeFor(remarks), seed: SEED });
  console.log(`\n[bench] ${remarks} remarks: ${JSON.stringify(shape)}; building…`);
  const b = await build(content, dist, join(root, 'cache'));
  const files = walk(dist);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const pagefindFiles = walk(join(dist, 'pagefind'));
  const speaker = largestPage(dist, 'speakers');
  const topic = largestPage(dist, 'topics');
  const firstRemark = readdirSync(join(dist, 'remarks'))[0];
  const kinds = [
    ['home', ''],
    ['speaker (largest)', speaker.path],
    ['topic (largest)', topic.path],
    ['remark', `remarks/${firstRemark}/`],
    ['search', 'search/'],
    ['a-z', 'a-z/'],
    ['source (first page)', 'source/'],
  ];

  const server = await serveStatic({ dir: dist, maxAge: 3600 });
  const browser = await chromium.launch(launchOptions);
  const loads = {};
  for (const [kind, path] of kinds) loads[kind] = { path, ...(await firstLoad(browser, server.url + path)) };
  // The reader's search: `/` on a page, type, first result (tests/bench/search-timing.mjs).
  const { cold, warm } = await measureSearch(browser, server.url, { pages: ['', speaker.path], queries: [QUERIES.cold, QUERIES.warm] });
  await browser.close();
  await server.close();
  console.log(`[bench] ${remarks} remarks: built ${pages} pages in ${fixed(b.seconds)} s`);

  const speakerGzips = readdirSync(join(dist, 'speakers'))
    .map((n) => join(dist, 'speakers', n, 'index.html'))
    .filter(existsSync)
    .map((f) => gzipSync(readFileSync(f)).length);
  return {
    remarks,
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
    shape,
    build: b,
    pages,
    pagesPerSecond: pages / b.seconds,
    distMiB: mib(sizeOf(dist, files)),
    pagefind: { MiB: mib(sizeOf(join(dist, 'pagefind'), pagefindFiles)), files: pagefindFiles.length },
    speakerPageGzipKiB: {
      max: kib(Math.max(...speakerGzips)),
      median: kib(speakerGzips.sort((a, b) => a - b)[Math.floor(speakerGzips.length / 2)]),
    },
    loads,
    query: { cold, warm, words: QUERIES },
  };
}

/** Targets of issue 6, checked on the largest size measured; each line says met / NOT met and why. */
function checkTargets(runs) {
  const sorted = [...runs].sort((a, b) => a.remarks - b.remarks);
  const big = sorted.at(-1);
  const lines = [];
  const check = (ok, text) => lines.push(`- ${ok ? 'met' : 'NOT met'}: ${text}`);
  check(
    big.pagesPerSecond >= TARGETS.pagesPerSecond,
    `≥ ${TARGETS.pagesPerSecond} pages/s at ${big.remarks} remarks: ${fixed(big.pagesPerSecond)} pages/s (${big.pages} pages in ${fixed(big.build.seconds)} s, wall time of the whole build including startup, Pagefind and the link contract)`,
  );
  const peak = Math.max(big.build.peakMiB ?? 0, big.build.treePeakMiB);
  check(
    peak < TARGETS.peakMiB,
    `peak memory < 1.5 GB at ${big.remarks} remarks: ${fixed(big.build.peakMiB, 0)} MiB largest process (time -v), ${fixed(big.build.treePeakMiB, 0)} MiB whole process tree (ps, sampled every 250 ms)`,
  );
  if (sorted.length >= 3) {
    // Marginal cost per remark between consecutive sizes: fixed startup costs cancel out.
    const [a, b, c] = sorted.slice(-3);
    const m1 = (b.build.seconds - a.build.seconds) / (b.remarks - a.remarks);
    const m2 = (c.build.seconds - b.build.seconds) / (c.remarks - b.remarks);
    check(
      m2 <= m1 * 1.25,
      `scales no worse than linearly: marginal build time ${fixed(m1 * 1000, 2)} ms/remark from ${a.remarks} to ${b.remarks}, ${fixed(m2 * 1000, 2)} ms/remark from ${b.remarks} to ${c.remarks} (allowed: +25%)`,
    );
  } else if (sorted.length === 2) {
    const [a, b] = sorted;
    const ratio = b.build.seconds / a.build.seconds / (b.remarks / a.remarks);
    check(
      ratio <= 1,
      `scales no worse than linearly (two sizes only): build time grew ${fixed(b.build.seconds / a.build.seconds, 2)}× for ${fixed(b.remarks / a.remarks, 0)}× the remarks`,
    );
  } else {
    lines.push('- not checked: linear scaling needs two or more sizes');
  }
  check(
    big.speakerPageGzipKiB.max < TARGETS.speakerGzipKiB,
    `every speaker page < 100 KB gzipped HTML: largest ${fixed(big.speakerPageGzipKiB.max)} KiB (${big.shape.topSpeakerRemarks} remarks by its speaker), median ${fixed(big.speakerPageGzipKiB.median)} KiB`,
  );
  const q = big.query;
  check(
    kib(q.cold.gzipBytes) < TARGETS.firstQueryKiB,
    `first query transfers < 300 KB: ${fixed(kib(q.cold.gzipBytes))} KiB as a gzipping host sends it (${fixed(kib(q.cold.bytes))} KiB uncompressed from the test server, ${fixed(kib(q.cold.pagefindBytes))} KiB of it Pagefind's files), first result ${fixed(q.cold.afterTypingMs, 0)} ms after the query's last key`,
  );
  check(
    q.warm.afterTypingMs < TARGETS.warmQueryMs,
    `warm query shows results < 500 ms: ${fixed(q.warm.afterTypingMs, 0)} ms from the query's last key to the first result (median of ${q.warm.runsMs?.length ?? 1} runs: ${(q.warm.runsMs ?? [q.warm.afterTypingMs]).join(', ')} ms), on another page typed at a reader's pace (${fixed(q.warm.ms, 0)} ms from the \`/\` key, typing included), ${fixed(kib(q.warm.bytes))} KiB over the network (${q.warm.fromCache} of ${q.warm.requests} responses from the cache)`,
  );
  const withJs = Object.entries(big.loads).filter(([kind, l]) => kind !== 'search' && l.kinds.js[0] > 0);
  const inlineOnly = Object.entries(big.loads)
    .filter(([kind]) => kind !== 'search')
    .every(([, l]) => l.scripts <= 1);
  check(
    withJs.length === 0 && inlineOnly,
    withJs.length
      ? `no JS before interaction: ${withJs.map(([k, l]) => `${k} loads ${fixed(kib(l.kinds.js[0]))} KiB`).join(', ')}`
      : `no JS before interaction: no page kind but search loads a script file; at most the inline theme script runs (${Object.entries(
          big.loads,
        )
          .map(([k, l]) => `${k} ${l.scripts}`)
          .join(
            ', ',
          )} scripts run). The search page loads its search script (${fixed(kib(big.loads.search.kinds.js[1]))} KiB gzip), which is the interaction itself.`,
  );
  return lines;
}

function report(runs) {
  const sorted = [...runs].sort((a, b) => a.remarks - b.remarks);
  const cell = ([raw, gz]) => `${fixed(kib(raw))} / ${fixed(kib(gz))}`;
  const lines = [
    '| remarks | speakers / topics / exchanges | pages | build s | load avg before → after | peak MiB (largest process / tree) | pages/s | dist MiB | Pagefind MiB (files) | first query KiB gzip (Pagefind) · ms after last key | warm query KiB · ms after last key | largest speaker page KiB gzip | commit |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...sorted.map(
      (r) =>
        `| ${r.remarks} | ${r.shape.speakers} / ${r.shape.topics} / ${r.shape.exchanges} | ${r.pages} | ${fixed(r.build.seconds)} | ${r.build.load ? r.build.load.map((l) => fixed(l)).join(' → ') : '–'} | ${fixed(r.build.peakMiB, 0)} / ${fixed(r.build.treePeakMiB, 0)} | ${fixed(r.pagesPerSecond)} | ${fixed(r.distMiB)} | ${fixed(r.pagefind.MiB, 2)} (${r.pagefind.files}) | ${fixed(kib(r.query.cold.gzipBytes))} (${fixed(kib(r.query.cold.pagefindBytes))}) · ${fixed(r.query.cold.afterTypingMs, 0)} | ${fixed(kib(r.query.warm.bytes))} · ${fixed(r.query.warm.afterTypingMs, 0)} | ${fixed(r.speakerPageGzipKiB.max)} | ${r.commit} |`,
    ),
    '',
    'First load per page kind (fresh browser context): KiB raw / gzip; requests; scripts run before interaction.',
    '',
    '| remarks | page | HTML | CSS | JS | requests | scripts run |',
    '|---|---|---|---|---|---|---|',
    ...sorted.flatMap((r) =>
      Object.entries(r.loads).map(
        ([kind, l]) =>
          `| ${r.remarks} | ${kind} \`/${l.path}\` | ${cell(l.kinds.html)} | ${cell(l.kinds.css)} | ${cell(l.kinds.js)} | ${l.requests} | ${l.scripts} |`,
      ),
    ),
  ];
  return lines;
}

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : { runs: [] };
const fresh = [];
for (const remarks of SIZES) fresh.push(await measure(remarks));
const runs = [...previous.runs.filter((r) => !SIZES.includes(r.remarks)), ...fresh].sort((a, b) => a.remarks - b.remarks);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fixed(totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version}, ${process.platform}`;
const table = report(runs);
const targets = checkTargets(runs);
const md = [
  '# Benchmarks: the site at conference scale',
  '',
  'Generated by `npm run bench` (tests/bench/bench.mjs) from synthetic events written by',
  '`tests/bench/generate-event.mjs` (seeded, so every run builds the same event). Each build is cold',
  '(fresh cache folder). Peak memory: `/usr/bin/time -v` reports the largest process (Astro’s Node',
  'process); the tree figure sums every process of the build (Pagefind and esbuild run beside it),',
  'sampled with `ps` every 250 ms. Queries: in Chromium, the header search as a reader uses it, timed',
  `from the query's last key, typed at a reader's pace after \`/\`, to the first result ("${QUERIES.cold}" on the home page of a fresh profile, then`,
  `"${QUERIES.warm}" on the largest speaker page with the search code and Pagefind’s files in the HTTP cache;`,
  'the server sends `max-age=3600`). Bytes are counted from the same key (tests/bench/search-timing.mjs).',
  '',
  `Machine: ${machine}. Each row was measured on ${[...new Set(runs.map((r) => r.date.slice(0, 10)))].join(', ')} at the commit shown.`,
  '',
  ...table,
  '',
  `## Targets (issue 6), at ${runs.at(-1).remarks} remarks`,
  '',
  ...targets,
  '',
];
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify({ machine, runs }, null, 2)}\n`);
writeFileSync('BENCHMARKS.md', md.join('\n'));
console.log(
  `\n${table.join('\n')}\n\nTargets at ${runs.at(-1).remarks} remarks:\n${targets.join('\n')}\n\nWrote BENCHMARKS.md and ${RESULTS}.`,
);
