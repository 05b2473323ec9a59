/**
 * Starts Astro's content sync from an empty data store whenever the files in the content folder
 * are not the ones the stored entries were synced from (a file deleted, added or renamed, or
 * EVENT_CONTENT_DIR pointing elsewhere). Astro updates the store in place, and its glob() loader
 * (Astro 5.18) leaves entries whose file is gone in two cases:
 * - a collection's last file is deleted (e.g. event.mdx): the loader returns before it prunes
 *   entries whose file is gone (withastro/astro#17919);
 * - a file moves but keeps its id and contents (`ada.mdx` → `Ada.mdx`, a renamed content folder):
 *   the cached entry keeps its old `filePath`.
 * The next build then failed with ENOENT where our code reads `entry.filePath`
 * (src/data/loaders.ts, src/data/event.ts), or built pages from the deleted file, until the cache
 * folder was deleted by hand. Edits to a file's contents need nothing: Astro compares digests.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content-dir';

/** The content folder's absolute path and every path in it, sorted: what the store was synced from. */
export function contentListing(root: string, dir = contentDir): string {
  const abs = resolve(root, dir);
  const paths = existsSync(abs) ? (readdirSync(abs, { recursive: true, encoding: 'utf8' }) as string[]).sort() : [];
  return `${JSON.stringify({ dir: abs, paths }, null, 1)}\n`;
}

/** The Astro integration: runs before the content sync of `astro build`, `dev`, `sync` and `check`. */
export function contentCache(): AstroIntegration {
  return {
    name: 'content-cache',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        // Where Astro keeps the store: `.astro/` in dev, the cache folder otherwise.
        const storeDir = command === 'dev' ? new URL('.astro/', config.root) : config.cacheDir;
        const store = new URL('data-store.json', storeDir);
        const record = new URL('content-files.json', storeDir);
        const listing = contentListing(fileURLToPath(config.root));
        if (existsSync(record) && readFileSync(record, 'utf8') === listing) return;
        if (existsSync(store)) {
          rmSync(store);
          logger.info('content files changed since the last sync: content cache cleared');
        }
        mkdirSync(storeDir, { recursive: true });
        writeFileSync(record, listing);
      },
    },
  };
}
