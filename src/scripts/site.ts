/**
 * The module every page shares (an Astro-processed `<script>` in BaseLayout: one file, cached, deferred as
 * module scripts are). The theme itself is set before paint by the inline script (`src/lib/inline-script.ts`);
 * this module does the rest:
 * - the theme button (`data-theme-toggle`) and every copy button (`data-copy`), by event delegation: the result
 *   is announced in the page's `#announcer` live region and shown for COPY_MARK_MS at the button; a build
 *   without SITE_URL (`<body data-stand-in-origin>`) copies links with the page's own origin;
 * - forwards an old `#fragment` to its new anchor, from the page's `data-fragment-aliases` (the link contract's
 *   aliases), when the old one no longer exists;
 * - search, whose code (`./search/search-ui.ts`) loads only when a search starts or looks likely: the header's
 *   Search link, `/` or Ctrl/Cmd+K open the dialog, and keys typed while the code loads become the query;
 *   pointing at or focusing the link starts loading; the search page starts at once; a page reached from a
 *   result (`?hl=`) highlights the words. If the code cannot load, the Search link is followed instead.
 * Once it has run it sets `data-ready` on <html>, which shows the `.js-only` controls (global.css): until then
 * they hold their place but are not shown, so none looks clickable before it works.
 */
import { PAGE_IDS, SEARCH_DATA, dataAttribute } from '../lib/search/dom-ids';
import { searchTimeoutMs } from '../lib/search/timeouts';

/** How long "Copied" stays at a copy button: long enough to read, short enough not to be stale on the next click. */
const COPY_MARK_MS = 2000;
/** Pause before an announcement: a fresh text node after a tick makes screen readers repeat a repeated message. */
const ANNOUNCE_DELAY_MS = 60;

const root = document.documentElement;
const body = document.body;
const searchLink = `a[${dataAttribute(SEARCH_DATA.open)}]`;

function syncToggles(): void {
  for (const button of document.querySelectorAll('[data-theme-toggle]'))
    button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
}

function toggleTheme(): void {
  root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem('theme', root.dataset.theme);
  } catch {
    // Not remembered; the choice lasts for this page.
  }
  syncToggles();
}

function announce(message: string): void {
  const live = document.getElementById('announcer');
  if (!live) return;
  live.textContent = '';
  setTimeout(() => (live.textContent = message), ANNOUNCE_DELAY_MS);
}

function copy(button: HTMLElement): void {
  // Built without SITE_URL, links carry a stand-in origin: a local preview copies links to itself instead.
  const standIn = body.dataset.standInOrigin;
  const built = button.dataset.copy ?? '';
  const text = standIn ? built.replaceAll(`${standIn}/`, `${location.origin}/`) : built;
  const what = (button.dataset.copyLabel ?? 'Copy').replace(/^Copy /, '');
  // The live region speaks; the mark at the button shows, for sighted readers, that the click did something.
  const mark = button.querySelector<HTMLElement>('[data-copy-status]');
  const show = (message: string) => {
    if (!mark) return;
    mark.textContent = message;
    clearTimeout(Number(mark.dataset.timer));
    mark.dataset.timer = String(setTimeout(() => (mark.textContent = ''), COPY_MARK_MS));
  };
  navigator.clipboard.writeText(text).then(
    () => {
      show('Copied');
      announce(`Copied ${what}: ${text}`);
    },
    () => {
      show('Not copied');
      announce(`Could not copy ${what}. Select the text instead: ${text}`);
    },
  );
}

function forwardFragment(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || document.getElementById(id)) return;
  const aliases = JSON.parse(body.dataset.fragmentAliases ?? '{}') as Record<string, string>;
  const target = aliases[id];
  if (target) location.replace(`#${target}`);
}

type SearchUi = typeof import('./search/search-ui');
let searchUi: Promise<SearchUi> | undefined;
/** The search code, a chunk of its own that Vite splits off; a failed or stalled load is forgotten, so the next attempt starts afresh. */
function loadSearchUi(): Promise<SearchUi> {
  searchUi ??= new Promise<SearchUi>((resolve, reject) => {
    // A stalled request must not leave a search that never starts.
    const timer = setTimeout(() => reject(new Error('search code did not answer')), searchTimeoutMs(import.meta.env.DEV));
    import('./search/search-ui').then(resolve, reject).finally(() => clearTimeout(timer));
  }).catch((error: unknown) => {
    searchUi = undefined;
    throw error;
  });
  return searchUi;
}

/** Keys typed after `/` or Ctrl/Cmd+K while the search code loads (null when none is loading): they start the query. */
let typedAhead: string | null = null;

function openSearch(opener: Element | null): void {
  const onPage = document.getElementById(PAGE_IDS.input);
  if (onPage) return onPage.focus();
  const link = document.querySelector<HTMLAnchorElement>(searchLink);
  typedAhead = '';
  loadSearchUi().then(
    (ui) => {
      const typed = typedAhead ?? '';
      typedAhead = null;
      ui.openSearchDialog(opener, typed);
    },
    () => {
      typedAhead = null;
      if (link) location.assign(link.href);
    },
  );
}

/** The search code and the index start loading as soon as a search looks likely: the pointer on, or focus in, the Search link. */
function prepare(event: Event): void {
  if (!(event.target instanceof Element && event.target.closest(searchLink))) return;
  loadSearchUi().then(
    (ui) => ui.prepareSearch(),
    () => {},
  );
}

function onKeydown(event: KeyboardEvent): void {
  const modified = event.ctrlKey || event.metaKey || event.altKey;
  if (typedAhead !== null && !document.querySelector('dialog[open]') && !modified) {
    if (event.key.length === 1) typedAhead += event.key;
    else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
    else return;
    event.preventDefault();
    return;
  }
  const target = event.target instanceof HTMLElement ? event.target : null;
  const typing =
    target?.isContentEditable ||
    /^(TEXTAREA|SELECT)$/.test(target?.tagName ?? '') ||
    (target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset)$/.test(target.type));
  const slash = event.key === '/' && !typing && !modified;
  const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!slash && !ctrlK) return;
  if (document.querySelector('dialog[open]')) return;
  event.preventDefault();
  openSearch(document.activeElement);
}

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest(searchLink);
  // A modified or middle click opens the search page as a link does (a new tab).
  if (link && !(event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)) {
    event.preventDefault();
    openSearch(link);
    return;
  }
  if (target?.closest('[data-theme-toggle]')) return toggleTheme();
  const button = target?.closest<HTMLElement>('[data-copy]');
  if (button) copy(button);
}

function startSearchPage(): void {
  loadSearchUi().then(
    (ui) => ui.startSearchPage(),
    () => {
      // The search code itself did not load: Retry loads the page afresh.
      const status = document.getElementById(PAGE_IDS.status);
      const retry = document.getElementById(PAGE_IDS.retry);
      if (status) status.textContent = 'Search did not answer. Check the connection and retry.';
      if (retry) {
        retry.hidden = false;
        retry.addEventListener('click', () => location.reload(), { once: true });
      }
    },
  );
}

document.addEventListener('pointerover', prepare);
document.addEventListener('focusin', prepare);
document.addEventListener('keydown', onKeydown);
document.addEventListener('click', onClick);
addEventListener('hashchange', forwardFragment);
// A module script runs once the document is parsed, so every element is there now.
syncToggles();
forwardFragment();
if (document.getElementById(PAGE_IDS.app)) startSearchPage();
if (new URLSearchParams(location.search).has('hl')) void loadSearchUi().then((ui) => ui.highlightLanding());
root.dataset.ready = '';
