/**
 * The link contract: every page URL and `#fragment` the site has published is recorded in
 * `content/link-contract.json`; a build that loses one fails, unless `content/link-aliases.json`
 * maps it to where it went (an old page gets a redirect page, an old fragment is forwarded in the
 * browser). Paths are base-less and end with a slash (`/speakers/ada/`), whatever the build's
 * `base` and `trailingSlash`, so the contract survives a move of the site.
 */
import { ContentError, jsonLine } from './content-error';
import { issueMessage, linkAliasesSchema, type LinkAliasesData } from './content-model';

/** Published addresses: page path → anchor ids on that page (sorted). */
export interface LinkContract {
  pages: Record<string, string[]>;
}

/** Where lost addresses went: old page path → new page path; page path → old id → new id. */
export type LinkAliases = LinkAliasesData;

export const NO_ALIASES: LinkAliases = { pages: {}, fragments: {} };

/**
 * Reads the text of `link-aliases.json` with its schema (src/lib/content-model.ts `linkAliasesSchema`).
 * @param file path named in errors
 * @throws ContentError naming `file:line field` for text that is not JSON or not of that shape
 */
export function parseLinkAliases(text: string, file: string): LinkAliases {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ContentError([{ file, field: '(file)', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = linkAliasesSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ContentError(
    parsed.error.issues.map((issue) => {
      const path = issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : issue.path;
      const within = path
        .slice(1)
        .map((key) => JSON.stringify(key))
        .join(' → ');
      return {
        file,
        line: jsonLine(text, path) ?? 1,
        field: String(path[0] ?? '(file)'),
        message: `${within && `${within}: `}${issueMessage(issue, raw)}`,
      };
    }),
  );
}

/**
 * The contract path of a built HTML file (relative to the output folder), for either build format.
 * @example pagePathFromFile('speakers/ada/index.html') // '/speakers/ada/'
 * @example pagePathFromFile('speakers/ada.html') // '/speakers/ada/'
 * @example pagePathFromFile('index.html') // '/'
 */
export function pagePathFromFile(file: string): string {
  const path = file
    .replace(/\\/g, '/')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '');
  return path ? `/${path}/` : '/';
}

/**
 * The contract path of a URL pathname of this site: base removed, one trailing slash.
 * @example contractPath('/sub/speakers/ada', '/sub/') // '/speakers/ada/'
 * @example contractPath('/sub', '/sub/') // '/'
 */
export function contractPath(pathname: string, base: string): string {
  // The base without its slash (`/sub`) is the home page: Astro gives the home that pathname under `trailingSlash: 'never'`.
  const slashed = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const rest = slashed.startsWith(base) ? slashed.slice(base.length) : slashed.replace(/^\/+/, '');
  const clean = rest.replace(/^\/+|\/+$/g, '');
  return clean ? `/${clean}/` : '/';
}

/**
 * Checks that every address in `contract` still resolves in `current`, directly or through an alias.
 * @returns one message per lost address, naming it and saying how to fix it; empty when all hold
 */
export function checkContract(contract: LinkContract, current: LinkContract, aliases: LinkAliases = NO_ALIASES): string[] {
  const problems: string[] = [];
  for (const [from, to] of Object.entries(aliases.pages)) {
    if (current.pages[from]) problems.push(`link alias ${from} → ${to}: ${from} is still a page; remove the alias or the page`);
    if (!current.pages[to]) problems.push(`link alias ${from} → ${to}: the target page ${to} does not exist`);
  }
  for (const [page, map] of Object.entries(aliases.fragments)) {
    const ids = new Set(current.pages[page] ?? []);
    if (!current.pages[page]) problems.push(`fragment aliases for ${page}: the page does not exist`);
    for (const [from, to] of Object.entries(map)) {
      if (ids.has(from)) problems.push(`fragment alias ${page}#${from} → #${to}: #${from} still exists on the page; remove the alias`);
      if (current.pages[page] && !ids.has(to)) problems.push(`fragment alias ${page}#${from} → #${to}: #${to} does not exist on the page`);
    }
  }
  for (const [page, ids] of Object.entries(contract.pages)) {
    const livePage = current.pages[page] ? page : aliases.pages[page];
    if (!livePage || !current.pages[livePage]) {
      problems.push(`published page ${page} is gone: restore it or map it in link-aliases.json "pages" (old → new)`);
      continue;
    }
    const live = new Set(current.pages[livePage]);
    for (const id of ids) {
      const forwarded = aliases.fragments[livePage]?.[id];
      if (!live.has(id) && !(forwarded && live.has(forwarded))) {
        problems.push(
          `published anchor ${page}#${id} is gone from ${livePage}: restore it or map it in link-aliases.json "fragments"["${livePage}"]`,
        );
      }
    }
  }
  return problems;
}

/**
 * The contract after a deliberate update: everything published before plus everything built now.
 * Addresses are never dropped here; losing one takes an alias.
 */
export function mergeContract(contract: LinkContract, current: LinkContract): LinkContract {
  const pages: Record<string, string[]> = {};
  for (const page of [...new Set([...Object.keys(contract.pages), ...Object.keys(current.pages)])].sort()) {
    pages[page] = [...new Set([...(contract.pages[page] ?? []), ...(current.pages[page] ?? [])])].sort();
  }
  return { pages };
}

/** Counts the addresses a contract holds: pages plus fragments. */
export function countAddresses(contract: LinkContract): { pages: number; fragments: number } {
  return { pages: Object.keys(contract.pages).length, fragments: Object.values(contract.pages).reduce((n, ids) => n + ids.length, 0) };
}
