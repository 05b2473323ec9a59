/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import { SuiteSequencer } from './tests/tools/sequencer';

// Three layers (see README "Which test goes where"): unit tests of src/lib, checks over the
// built dist (run `astro build` first; `npm test` does), and real-browser journeys in Chromium.
export default defineConfig({
  test: {
    // Two files at a time, on a 2-core machine (three failed to start with isolate: false). Astro builds take
    // turns (one lock, build-site.ts) at low CPU priority, so that a build does not starve a browser test on
    // the other worker.
    maxWorkers: 2,
    // Gives the run an id, so files can share a fixture build (tests/tools/build-site.ts `sharedBuild`).
    globalSetup: ['tests/tools/global-setup.ts'],
    // Files share a worker's module graph instead of each loading a fresh one (about 1 s of CPU per file):
    // no test file keeps state outside its own module scope, and none mocks a module.
    isolate: false,
    sequence: { sequencer: SuiteSequencer },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // The build checks and the browser tests are one Vitest project, so that the sequencer can interleave
        // the files that build with those that do not (Vitest starts a project's files only once the previous
        // project's have all started). Their folders stay the layers.
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Some tests build inside the test (content-errors, content-cache, a broken link contract) and may
          // first wait for another file's build.
          testTimeout: 120_000,
          // A fixture build in beforeAll may wait for another file's build (one Astro at a time: build-site.ts).
          hookTimeout: 300_000,
          // A loaded 2-core CI machine needs longer than the 1 s default for UI updates.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          // One retry of a failed test (its hooks, such as a build in beforeAll, are not rerun); the reporter marks
          // it "(retry x1)", and a test that fails twice fails the suite. The searches that failed now and then
          // here were a product bug, now fixed: Pagefind's bundle was sometimes cut off (src/integrations/pagefind.ts).
          retry: 1,
        },
      },
    ],
  },
});
