// Launch options for Debian's Chromium under playwright-core (no browser download here).
// --no-sandbox because CI runs as root; the network flags stop Chromium calling Google's
// services, which this offline machine refuses (noisy, slow starts).
export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
