/**
 * Runs a real `astro build` into tests/.tmp/<name>/ with its own output and cache folders, so the
 * main `dist` and its content cache stay untouched. Environment variables select the variant
 * (EVENT_CONTENT_DIR, SITE_BASE, SITE_TRAILING_SLASH; see astro.config.mjs).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { inject } from 'vitest';

/**
 * Runs `task` while holding a lock folder under tests/.tmp/ (`mkdir` is atomic), so test files running side
 * by side never do it at the same time. Locks left by a killed run are cleared by global-setup.ts.
 */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const lock = join('tests', '.tmp', `${name}.lock`);
  mkdirSync(join('tests', '.tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      await sleep(250);
    }
  }
  try {
    return await task();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Holds the Astro lock for `task`: Astro writes the project's own `.astro/` folder (content modules, types)
 * on every build and dev start, whatever the output and cache folders, so two at once read each other's
 * collections (seen as UnknownContentCollectionError).
 */
export function withAstro<T>(task: () => Promise<T>): Promise<T> {
  return withLock('astro', task);
}

export interface SiteBuild {
  /** Exit code of `astro build` (0 on success). */
  status: number;
  /** stdout and stderr, colours stripped. */
  output: string;
  /** The build's output folder. */
  dist: string;
}

/**
 * The environment for a child `astro` process. Vitest puts Vite's import.meta.env keys into process.env;
 * a child would inherit BASE_URL=/ and ignore SITE_BASE, so they are dropped.
 */
export function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)));
}

/**
 * Builds the site asynchronously (the test worker stays responsive to Vitest meanwhile), at a low CPU
 * priority (`nice`): test files run two at a time, and a build starving a browser test on the other
 * worker could let the built site's 8 s search timeout fire there.
 */
export async function buildSite(name: string, env: Record<string, string>): Promise<SiteBuild> {
  const root = join('tests', '.tmp', name);
  const dist = join(root, 'dist');
  const inherited = childEnv();
  const run = await withAstro(() =>
    promisify(execFile)('nice', ['-n', '15', 'node_modules/.bin/astro', 'build'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...inherited, SITE_OUT_DIR: dist, SITE_CACHE_DIR: join(root, 'cache'), ...env },
    }).then(
      (ok) => ({ status: 0, stdout: ok.stdout, stderr: ok.stderr }),
      (err: { code?: number; stdout?: string; stderr?: string }) => ({
        status: typeof err.code === 'number' ? err.code : 1,
        stdout: err.stdout ?? '',
        stderr: err.stderr ?? '',
      }),
    ),
  );
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`), dist };
}

/**
 * `buildSite`, shared by the test files of one `vitest run` that build the same fixture
 * (e.g. the build checks and the browser checks of an event shape): the first builds, the others reuse
 * its output. `prepare` (e.g. writing an edited copy of a fixture) runs only before a build; the reuse
 * check compares `name` and `env`, not what `prepare` writes, so one name must stand for one content. A failed
 * build is never reused, and neither is one from an earlier run.
 */
export async function sharedBuild(name: string, env: Record<string, string>, prepare?: () => void): Promise<SiteBuild> {
  // Test files run two at a time: the first to take this build's lock prepares its content and builds,
  // the other waits and reuses (preparing again would rewrite the content under a running build).
  return withLock(`shared-${name}`, async () => {
    const stamp = join('tests', '.tmp', name, 'built-for.json');
    const key = JSON.stringify({ run: inject('runId'), env });
    if (existsSync(stamp)) {
      const saved = JSON.parse(readFileSync(stamp, 'utf8')) as { key: string; build: SiteBuild };
      if (saved.key === key) return saved.build;
    }
    prepare?.();
    const build = await buildSite(name, env);
    if (build.status === 0) writeFileSync(stamp, JSON.stringify({ key, build }));
    return build;
  });
}
