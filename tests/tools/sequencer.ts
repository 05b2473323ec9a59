/**
 * The order test files start in, for two workers: files that run an Astro build alternate with files
 * that do not, each kind in Vitest's own order (longest first by the last run's durations, else largest
 * first). Builds take turns (one Astro at a time, build-site.ts), so this keeps one build running beside
 * browser tests from the start, where Vitest's order left most builds to the end, run one after another
 * while the other worker had little left to do.
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A call that runs an Astro build, or waits for the run's shared one (build-site.ts, fixture-sites.ts). */
const BUILDS = /\b(buildSite|sharedBuild|minimalEvent|editedMinimalEvent)\(/;

/** Vitest's sequencer, with builders and the other files interleaved (`sequence.sequencer` in vitest.config.ts). */
export class SuiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const builds = sorted.filter((f) => BUILDS.test(readFileSync(f.moduleId, 'utf8')));
    const others = sorted.filter((f) => !builds.includes(f));
    const order: TestSpecification[] = [];
    for (let i = 0; i < Math.max(builds.length, others.length); i++) order.push(...[builds[i], others[i]].filter((f) => f !== undefined));
    return order;
  }
}
