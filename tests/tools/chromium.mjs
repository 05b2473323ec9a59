// Launch options for Debian's Chromium under playwright-core (no browser download here).
// The flags keep a root, offline machine quiet: see the project's TOOLCHAIN notes.
export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
