/**
 * axe-core in a Playwright context, injected once per context as an init script and run with
 * `axe.run` in the page (https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#api-name-axerun).
 * Same engine and version as @axe-core/playwright (axe-core 4.13.0), whose AxeBuilder re-sends the
 * 550 KB engine on every call and opens a helper page per call: about 1.5 s a page here, against
 * about 0.4 s this way. That difference decides whether checking every page four ways fits in CI.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Makes axe available in every page of the context (init scripts are not subject to the page's CSP). */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(source);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the current page.
 * @param rules restrict to these rule ids; all rules when omitted
 * @returns the violations, each with up to three target selectors
 */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, only ? { runOnly: { type: 'rule', values: only } } : {});
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, rules ?? null);
}
