/**
 * Writes `<outDir>/_headers` (the format of Netlify and Cloudflare Pages,
 * https://docs.netlify.com/routing/headers/) with the same Content-Security-Policy that every page
 * carries in a <meta> tag, plus the headers a meta tag cannot deliver.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy } from '../lib/csp';
import { normaliseBase } from '../lib/urls';

/** The Astro integration; runs after the build. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        const lines = [
          `${base}*`,
          `  Content-Security-Policy: ${contentSecurityPolicy('header')}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '',
        ];
        await writeFile(new URL('_headers', dir), lines.join('\n'));
      },
    },
  };
}
