/**
 * Runs once per `vitest run`, before any test file: gives the run an id, so test files can share a
 * fixture build made earlier in the same run (`sharedBuild` in build-site.ts) and never one left from
 * an earlier run, whose code may have changed since.
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('runId', `${process.pid}-${Date.now()}`);
}
