// Launch options for Debian's Chromium under playwright-core (no browser download here).
// --no-sandbox because CI runs as root; the network flags stop Chromium calling Google's
// services, which this offline machine refuses (noisy, slow starts).
import { existsSync } from 'node:fs';

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The full browser, as a reader has it: for screenshots and benchmarks. CHROMIUM_PATH overrides. */
export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args,
};

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * For the test suite: Debian's `chromium-headless-shell`, the same Chromium release built without the
 * browser's UI layer (what Playwright itself runs for headless tests). On this 2-core machine it ran the
 * accessibility and search-journey files in 64 s against 103 s with the full browser. Falls back to
 * `launchOptions` when the shell is not installed; CHROMIUM_PATH overrides both.
 *
 * V8's optimising tiers (Maglev, TurboFan, and TurboFan for WebAssembly) are off: a test page lives for
 * a second or two, so compiling hot code again only burns CPU the other test file needs. The code runs
 * the same, in V8's baseline tiers. Measured on three browser files (accessibility, search-journey,
 * search-relevance): 93–100 s of CPU against 115–123 s with them on.
 */
export const testLaunchOptions = {
  ...launchOptions,
  executablePath: process.env.CHROMIUM_PATH || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : launchOptions.executablePath),
  args: [...args, '--js-flags=--no-opt --no-maglev --no-wasm-tier-up'],
};
