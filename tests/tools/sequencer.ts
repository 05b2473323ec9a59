/**
 * The order test files start in, for two workers. In the `site` project (build checks and browser tests),
 * files that run Astro alternate with files that do not; every other file follows in Vitest's own order.
 * Vitest's order puts files that failed last time first, then the longest by the last run's durations; a
 * clean clone has no durations, so there it is the largest file first. Astro runs take turns (one at a
 * time, build-site.ts), so alternating keeps one build going beside browser tests from the start, where
 * Vitest's order left most builds to run one after another while the other worker had little left to do.
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A file that runs Astro imports the build helpers or the shared fixture sites. */
const RUNS_ASTRO = /from '\.\.\/tools\/(build-site|fixture-sites)'/;

/** Vitest's sequencer, with the site project's Astro files interleaved (`sequence.sequencer` in vitest.config.ts). */
export class SuiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const site = sorted.filter((f) => f.project.name === 'site');
    const astro = site.filter((f) => RUNS_ASTRO.test(readFileSync(f.moduleId, 'utf8')));
    const others = site.filter((f) => !astro.includes(f));
    const order: TestSpecification[] = [];
    for (let i = 0; i < Math.max(astro.length, others.length); i++) order.push(...[astro[i], others[i]].filter((f) => f !== undefined));
    return [...order, ...sorted.filter((f) => f.project.name !== 'site')];
  }
}
