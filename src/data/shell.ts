/**
 * The shell a page hands to BaseLayout: `shellView` (src/lib/views/shell.ts) of the loaded event
 * and the link aliases, for the page at `Astro.url`. Every page that uses the layout calls this once
 * in its frontmatter, so the layout receives its data and loads nothing.
 */
import type { AstroGlobal } from 'astro';
import { contractPath } from '../lib/link-contract';
import { normaliseBase } from '../lib/urls';
import { shellView, type ShellView } from '../lib/views/shell';
import { loadEvent } from './event';
import { readLinkAliases } from './link-aliases';

/**
 * The shell of the page being rendered.
 * @param astro the page's `Astro` (its URL and `site`)
 * @param page the page's own title (omit on the home page) and whether to keep it out of search engines
 * @throws ContentError if the event or link-aliases.json does not load
 */
export async function pageShell(
  astro: Pick<AstroGlobal, 'url' | 'site'>,
  page: { title?: string; noindex?: boolean } = {},
): Promise<ShellView> {
  // This page's base-less path (`/speakers/ada/`), whichever build format wrote it (`…/index.html` or `….html`).
  const pagePath = contractPath(astro.url.pathname.replace(/(index)?\.html$/, ''), normaliseBase(import.meta.env.BASE_URL));
  return shellView(await loadEvent(), { pagePath, site: astro.site!, aliases: readLinkAliases(), ...page });
}
