// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindRemarks } from './src/integrations/pagefind.ts';

// SITE_BASE and SITE_TRAILING_SLASH let the tests build the site the ways a host may deploy it.
export default defineConfig({
  base: process.env.SITE_BASE || '/',
  trailingSlash: /** @type {'ignore' | 'always' | 'never'} */ (process.env.SITE_TRAILING_SLASH || 'ignore'),
  outDir: process.env.SITE_OUT_DIR || './dist',
  integrations: [mdx(), pagefindRemarks()],
  vite: { plugins: [tailwindcss()] },
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
});
