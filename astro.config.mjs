// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindRemarks } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { linkContract } from './src/integrations/link-contract.ts';
import { contentCache } from './src/integrations/content-cache.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { mdxViewAttributes } from './src/lib/views/mdx-view-attributes.ts';

// Canonical links, citations and copied links need the real public address of the site.
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(
    '[site] SITE_URL is not set: canonical links, citations and copied links will use https://example.org. Set SITE_URL=https://your.host when building for deployment.',
  );
}

// SITE_BASE and SITE_TRAILING_SLASH let the tests build the site the ways a host may deploy it:
// `always` pairs with folder/index.html pages, `never` with page.html files (clean URLs), except that
// a page with pages below it stays a folder/index.html ('preserve'; see FOLDER_PAGES in src/lib/urls.ts).
const trailingSlash = process.env.SITE_TRAILING_SLASH === 'never' ? 'never' : 'always';

export default defineConfig({
  // The public origin for canonical links, citations and the sitemap; set SITE_URL when deploying.
  site: process.env.SITE_URL || 'https://example.org',
  base: process.env.SITE_BASE || '/',
  trailingSlash,
  // Styles and scripts stay in files (never inlined), so the Content-Security-Policy needs no
  // 'unsafe-inline': the only inline script is the theme script, allowed by its hash. Astro inlines a
  // processed <script> without imports that is smaller than Vite's assetsInlineLimit (astro 5
  // core/build/plugins/plugin-scripts.js), so that limit stays 0 (below).
  build: { format: trailingSlash === 'never' ? 'preserve' : 'directory', inlineStylesheets: 'never' },
  outDir: process.env.SITE_OUT_DIR || './dist',
  // contentCache first: it must drop a stale content store before Astro syncs content.
  // MDX: each <Remark>/<Exchange> receives its view from the props the page passes to <Content>.
  // No `redirects`: Astro leaves `base` off their destinations, so the link contract's old page
  // addresses get their redirect pages from src/pages/[...alias].astro.
  integrations: [
    contentCache(),
    mdx({ remarkPlugins: [mdxViewAttributes] }),
    sitemap(),
    pagefindRemarks(),
    securityHeaders(),
    linkContract(),
  ],
  // Verbatim text: no typographic rewriting of quotes and dashes (the source has its own).
  markdown: { smartypants: false },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
    // src/lib/urls.ts shapes every page href by the trailing slash, and tells copy buttons whether
    // SITE_URL was given. Plain globals: a key under import.meta.env would shadow Astro's BASE_URL.
    define: { __SITE_TRAILING_SLASH__: JSON.stringify(trailingSlash), __SITE_URL_SET__: JSON.stringify(Boolean(process.env.SITE_URL)) },
  },
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
});
