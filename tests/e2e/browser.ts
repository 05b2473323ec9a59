/** Shared set-up for browser tests: the built site on a static server, and Debian's Chromium. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { testLaunchOptions } from '../tools/chromium.mjs';
import { serveStatic } from '../tools/serve.mjs';

export interface Session {
  url: string;
  browser: Browser;
  /** A fresh page in a fresh context (axe needs a context's page), collecting console errors. */
  newPage(options?: {
    colorScheme?: 'light' | 'dark';
    width?: number;
    javaScriptEnabled?: boolean;
    permissions?: string[];
  }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Serves a built site (default `dist`, or SITE_OUT_DIR) at `base` and launches Chromium. */
export async function startSession(base = '/', dir = process.env.SITE_OUT_DIR ?? 'dist'): Promise<Session> {
  const server = await serveStatic({ dir, base });
  // Test files share a worker (isolate: false): a server left open by a failed launch would outlive the file.
  const browser = await chromium.launch(testLaunchOptions).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    url: server.url,
    browser,
    async newPage({ colorScheme = 'light', width = 1280, javaScriptEnabled = true, permissions = [] as string[] } = {}) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, javaScriptEnabled, permissions });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
