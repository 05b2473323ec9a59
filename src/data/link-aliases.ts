/**
 * Reads `link-aliases.json` from the content folder (optional): old page → new page, and per
 * page old anchor → new anchor. Used by astro.config.mjs (redirect pages), by the layout (fragment
 * forwarding) and by the link-contract check.
 * @throws Error naming the file if it is not valid JSON of that shape
 */
import { existsSync, readFileSync } from 'node:fs';
import { NO_ALIASES, type LinkAliases } from '../lib/link-contract';
import { contentDir } from '../content-dir';

export const aliasesFile = `${contentDir}/link-aliases.json`;
export const contractFile = `${contentDir}/link-contract.json`;

const isStringMap = (v: unknown): v is Record<string, string> => !!v && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'string');

const cache = new Map<string, LinkAliases>();

/** The aliases, or none when the file does not exist; read once per file per build (every page asks). */
export function readLinkAliases(file = aliasesFile): LinkAliases {
  const cached = cache.get(file);
  if (cached) return cached;
  const aliases = parseLinkAliases(file);
  cache.set(file, aliases);
  return aliases;
}

function parseLinkAliases(file: string): LinkAliases {
  if (!existsSync(file)) return NO_ALIASES;
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<LinkAliases>;
  const keys = Object.keys(data).filter((k) => k !== 'pages' && k !== 'fragments');
  if (keys.length) throw new Error(`${file}: unknown key(s) ${keys.join(', ')} (allowed: pages, fragments)`);
  const pages = data.pages ?? {};
  const fragments = data.fragments ?? {};
  if (!isStringMap(pages)) throw new Error(`${file}: "pages" must map old page paths to new ones`);
  if (!fragments || typeof fragments !== 'object' || !Object.values(fragments).every(isStringMap)) {
    throw new Error(`${file}: "fragments" must map page paths to {old anchor: new anchor}`);
  }
  return { pages, fragments };
}
