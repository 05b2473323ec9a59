/**
 * Runs once per `vitest run`, before any test file: gives the run an id, so test files can share a
 * fixture build made earlier in the same run (`sharedBuild` in build-site.ts) and never one left from
 * an earlier run, whose code may have changed since.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
  }
}

export default function setup(project: TestProject): void {
  // Build locks left by a run that was killed (sharedBuild in build-site.ts) would block this one.
  const tmp = join('tests', '.tmp');
  mkdirSync(tmp, { recursive: true });
  for (const entry of readdirSync(tmp, { withFileTypes: true }).filter((e) => e.name.endsWith('.lock'))) {
    rmSync(join(tmp, entry.name), { recursive: true, force: true });
  }
  project.provide('runId', `${process.pid}-${Date.now()}`);
}
