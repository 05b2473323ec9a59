/**
 * Enforces the link contract after every build (see src/lib/link-contract.ts): collects the page
 * paths and anchors of the built site and fails the build, naming each one, if a published address
 * is gone without an alias. With LINK_CONTRACT=update (`npm run links:update`) it records the new
 * addresses in the contract instead.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as cheerio from 'cheerio';
import { checkContract, countAddresses, mergeContract, pagePathFromFile, type LinkContract } from '../lib/link-contract';
import { aliasesFile, contractFile, readLinkAliases } from '../data/link-aliases';

/** Anchors other sites may link to: ids in the main content, outside interactive widgets. */
const ANCHORS = 'main [id]:not(main):not([data-no-anchors] [id]):not([data-no-anchors])';

/** The addresses of a built site: every page (not the 404 page, not redirect pages) and its anchors. */
export function builtAddresses(outDir: string): LinkContract {
  const pages: Record<string, string[]> = {};
  const files = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
  for (const rel of files) {
    if (rel === '404.html') continue;
    // htmlparser2 (cheerio's `xml: { xmlMode: false }`) rather than the default parse5: the pages
    // are our own well-formed output, the ids found are the same, and it is about 7× faster, which
    // matters when every remark has a page (1,108 pages: 7.9 s with parse5, 1.1 s with htmlparser2).
    const $ = cheerio.load(readFileSync(join(outDir, rel), 'utf8'), { xml: { xmlMode: false, decodeEntities: true } });
    if ($('meta[http-equiv="refresh"]').length) continue;
    pages[pagePathFromFile(rel)] = $(ANCHORS)
      .map((_, el) => $(el).attr('id'))
      .get()
      .sort();
  }
  return { pages };
}

/** The Astro integration. */
export function linkContract(): AstroIntegration {
  return {
    name: 'link-contract',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const current = builtAddresses(fileURLToPath(dir));
        const contract: LinkContract = existsSync(contractFile)
          ? (JSON.parse(readFileSync(contractFile, 'utf8')) as LinkContract)
          : { pages: {} };
        if (process.env.LINK_CONTRACT === 'update') {
          const merged = mergeContract(contract, current);
          writeFileSync(contractFile, `${JSON.stringify(merged, null, 2)}\n`);
          const n = countAddresses(merged);
          logger.info(`${contractFile}: ${n.pages} pages and ${n.fragments} anchors recorded`);
          return;
        }
        if (!existsSync(contractFile)) {
          logger.warn(`no ${contractFile}: run \`npm run links:update\` to publish this site's addresses`);
          return;
        }
        const problems = checkContract(contract, current, readLinkAliases());
        if (problems.length) {
          throw new Error(
            `Link contract broken (${contractFile}, aliases in ${aliasesFile}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          );
        }
        const n = countAddresses(contract);
        logger.info(`link contract holds: ${n.pages} pages and ${n.fragments} anchors`);
      },
    },
  };
}
