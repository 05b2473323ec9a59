/**
 * Indexes every remark as its own Pagefind record, after the build, through Pagefind's Node API
 * (https://pagefind.app/docs/node-api/). Filters in Pagefind apply per record, so one record per
 * remark is what lets a search filter by speaker and topic and link to the remark's anchor.
 * The records come from `/event.json`, which the build writes from the same remark index as the pages.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { EventJson } from '../lib/event-json';
import { normaliseBase } from '../lib/urls';

/** The Astro integration; writes `<outDir>/pagefind/`. Fails the build if Pagefind reports errors. */
export function pagefindRemarks(): AstroIntegration {
  let base = '/';
  return {
    name: 'pagefind-remarks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const data = JSON.parse(await readFile(new URL('event.json', dir), 'utf8')) as EventJson;
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        for (const remark of data.remarks) {
          const added = await index.addCustomRecord({
            // Pagefind prefixes record URLs with the site's base (taken from the bundle's path), so the record holds the URL below it.
            url: remark.url.slice(base.length - 1),
            content: remark.text,
            language: 'en',
            meta: {
              title: `${remark.author.label}: ${remark.topics.map((t) => t.title).join(', ')}`,
              speaker: remark.author.label,
              topic: remark.topics.map((t) => t.title).join(', '),
              part: remark.partLabel,
              speakerUrl: remark.author.url ?? '',
            },
            filters: {
              speaker: [remark.author.label],
              topic: remark.topics.map((t) => t.title),
              part: [remark.partLabel],
            },
          });
          if (added.errors.length) throw new Error(`Pagefind rejected remark ${remark.id}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${data.remarks.length} remarks as Pagefind records`);
      },
    },
  };
}
