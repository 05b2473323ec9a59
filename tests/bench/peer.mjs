// npm run bench:peer: a reader's search latency on this site and on the Starlight peer (the same event
// on Astro Starlight 0.37, ../shared/peers/starlight), side by side in one run of the shared tool
// (../shared/tools/search-latency.mjs: fresh browser context, shortcut, typed at 120 ms a key, last key
// to results for the whole query on screen). Prints the tool's table and the ratio ours / Starlight
// (issue 11's target: at most 0.5). A figure, not a test: it depends on the machine and its load.
//
//   npm run bench:peer                  # builds this site and, once, the peer (into $TMPDIR/peer-starlight)
//   PEER_DIST=/path/to/dist npm run bench:peer -- --rounds 9
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const shared = resolve('..', 'shared');
const tool = join(shared, 'tools', 'search-latency.mjs');
const peerSource = join(shared, 'peers', 'starlight');
if (!existsSync(tool) || !existsSync(peerSource)) {
  console.error(`bench:peer needs the shared folder beside the project (${tool} and ${peerSource}); it is not there.`);
  process.exit(2);
}
const run = (cmd, args, cwd = '.') =>
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, SITE_OUT_DIR: '', SITE_BASE: '', SITE_TRAILING_SLASH: '' } });

let peerDist = process.env.PEER_DIST;
if (!peerDist) {
  const peer = join(tmpdir(), 'peer-starlight');
  peerDist = join(peer, 'dist');
  if (!existsSync(peerDist)) {
    console.log(`[bench:peer] building the Starlight peer in ${peer} (once)…`);
    cpSync(peerSource, peer, { recursive: true });
    run('npm', ['ci', '--no-audit', '--no-fund'], peer);
    run('npx', ['astro', 'build'], peer);
  }
}
console.log('[bench:peer] building this site…');
run('npx', ['astro', 'build']);
const out = execFileSync('node', [tool, ...process.argv.slice(2), 'ours=dist:ours', `starlight=${peerDist}:pagefind-ui`], {
  encoding: 'utf8',
});
process.stdout.write(out);
const median = (name) => Number(new RegExp(`^${name}: median (\\d+) ms`, 'm').exec(out)?.[1]);
const ours = median('ours');
const starlight = median('starlight');
console.log(
  `\n[bench:peer] ours / Starlight = ${ours} / ${starlight} ms = ${(ours / starlight).toFixed(2)} (target ≤ 0.50: ${ours / starlight <= 0.5 ? 'met' : 'NOT met'})`,
);
