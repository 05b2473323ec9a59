/**
 * Reads `link-aliases.json` from the content folder (optional): old page → new page, and per
 * page old anchor → new anchor. Used by astro.config.mjs (redirect pages), by each page's shell
 * (src/data/shell.ts: fragment forwarding) and by the link-contract check.
 * @throws ContentError naming the file, line and field if it is not valid JSON of that shape (src/lib/content-model.ts `linkAliasesSchema`)
 */
import { existsSync, readFileSync } from 'node:fs';
import { NO_ALIASES, parseLinkAliases, type LinkAliases } from '../lib/link-contract';
import { contentDir } from '../content-dir';

export const aliasesFile = `${contentDir}/link-aliases.json`;
export const contractFile = `${contentDir}/link-contract.json`;

const cache = new Map<string, LinkAliases>();

/** The aliases, or none when the file does not exist; read once per file per build (every page asks). */
export function readLinkAliases(file = aliasesFile): LinkAliases {
  const cached = cache.get(file);
  if (cached) return cached;
  const aliases = existsSync(file) ? parseLinkAliases(readFileSync(file, 'utf8'), file) : NO_ALIASES;
  cache.set(file, aliases);
  return aliases;
}
