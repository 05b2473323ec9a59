// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindRemarks } from './src/integrations/pagefind.ts';

// SITE_BASE and SITE_TRAILING_SLASH let the tests build the site the ways a host may deploy it:
// `always` pairs with folder/index.html pages, `never` with page.html files (clean URLs).
const trailingSlash = process.env.SITE_TRAILING_SLASH === 'never' ? 'never' : 'always';

export default defineConfig({
  base: process.env.SITE_BASE || '/',
  trailingSlash,
  build: { format: trailingSlash === 'never' ? 'file' : 'directory' },
  outDir: process.env.SITE_OUT_DIR || './dist',
  integrations: [mdx(), pagefindRemarks()],
  vite: {
    plugins: [tailwindcss()],
    // src/lib/urls.ts shapes every page href by it.
    // A plain global: defining a key under import.meta.env would shadow Astro's BASE_URL.
    define: { __SITE_TRAILING_SLASH__: JSON.stringify(trailingSlash) },
  },
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
});
