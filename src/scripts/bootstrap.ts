/**
 * The site's only script on ordinary pages, inlined in <head> (see `src/lib/inline-script.ts`) so it
 * runs before the first paint and needs no request:
 * - sets `data-theme` on <html> (stored choice over system preference), so dark mode never flashes;
 * - handles the theme button and every copy button (links, citations) by event delegation, announcing the
 *   result in the page's `#announcer` live region and showing it for two seconds at the button; a build
 *   without SITE_URL (`<body data-stand-in-origin>`) copies links with the page's own origin;
 * - forwards an old `#fragment` on a live page to its new anchor, from the page's
 *   `data-fragment-aliases` (the link contract's aliases), when the old one no longer exists.
 * - loads the search UI (`<body data-search-ui>`, see `src/scripts/search/`) only when a search starts: the
 *   header's Search link, `/` or Ctrl/Cmd+K open the search dialog; the search page starts at once; a page
 *   reached from a result (`?hl=`) highlights the words. If the module cannot load, the link is followed.
 * Buttons marked `.js-only` are shown by CSS once `data-theme` is set, so they never appear dead.
 * It must stay self-contained: it is serialised with Function.prototype.toString.
 */
export function bootstrap(): void {
  const root = document.documentElement;
  let theme = 'light';
  try {
    const stored = localStorage.getItem('theme');
    theme = stored === 'dark' || stored === 'light' ? stored : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    // Storage may be blocked; the system preference then decides on each page.
  }
  root.dataset.theme = theme;

  const syncToggles = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  };
  const announce = (message: string) => {
    const live = document.getElementById('announcer');
    if (!live) return;
    live.textContent = '';
    // A fresh text node after a tick makes screen readers announce a repeated message too.
    setTimeout(() => (live.textContent = message), 60);
  };
  const forwardFragment = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    const aliases = JSON.parse(document.body.dataset.fragmentAliases ?? '{}') as Record<string, string>;
    const target = aliases[id];
    if (target) location.replace(`#${target}`);
  };

  // A <script type=module> rather than import(): Vite rewrites import() in server-rendered code, and this
  // function's source text is what the page prints. The module puts its API on `window.searchUi`.
  type SearchUi = typeof import('./search/index').searchUi;
  let searchUi: Promise<SearchUi> | undefined;
  const loadSearchUi = () =>
    (searchUi ??= new Promise<SearchUi>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = document.body.dataset.searchUi ?? '';
      script.onload = () => {
        const ui = (window as { searchUi?: SearchUi }).searchUi;
        if (ui) resolve(ui);
        else reject(new Error('search UI did not start'));
      };
      script.onerror = () => reject(new Error('search UI did not load'));
      // A stalled request must not leave a search that never starts: after 8 s it counts as failed.
      setTimeout(() => reject(new Error('search UI did not answer')), 8000);
      document.head.append(script);
    }).catch((error: unknown) => {
      searchUi = undefined;
      throw error;
    }));
  // Keys typed after `/` or Ctrl/Cmd+K while the search code loads (null when none is loading): they start the query.
  let typedAhead: string | null = null;
  const openSearch = (opener: Element | null) => {
    const onPage = document.getElementById('search-input');
    if (onPage) return onPage.focus();
    const link = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
    const { searchBundle = '', searchPage = '' } = document.body.dataset;
    typedAhead = '';
    loadSearchUi().then(
      (ui) => {
        const typed = typedAhead ?? '';
        typedAhead = null;
        ui.openSearchDialog({ bundle: searchBundle, searchPage }, opener, typed);
      },
      () => {
        typedAhead = null;
        if (link) location.assign(link.href);
      },
    );
  };
  // The search code and the index start loading as soon as a search looks likely: the pointer on, or focus in, the search link.
  const prepare = (event: Event) => {
    if (!(event.target instanceof Element && event.target.closest('a[data-search-open]'))) return;
    loadSearchUi().then(
      (ui) => ui.prepareSearch(document.body.dataset.searchBundle ?? ''),
      () => {},
    );
  };
  document.addEventListener('pointerover', prepare);
  document.addEventListener('focusin', prepare);
  document.addEventListener('keydown', (event) => {
    if (typedAhead !== null && !document.querySelector('dialog[open]') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (event.key.length === 1) typedAhead += event.key;
      else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
      else return;
      event.preventDefault();
      return;
    }
    const target = event.target instanceof HTMLElement ? event.target : null;
    const typing =
      target?.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target?.tagName ?? '') || (target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset)$/.test(target.type));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !ctrlK) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    openSearch(document.activeElement);
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const searchLink = target?.closest('a[data-search-open]');
    if (searchLink && !(event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0))) {
      event.preventDefault();
      openSearch(searchLink);
      return;
    }
    if (target?.closest('[data-theme-toggle]')) {
      root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem('theme', root.dataset.theme);
      } catch {
        // Not remembered; the choice lasts for this page.
      }
      syncToggles();
      return;
    }
    const copy = target?.closest<HTMLElement>('[data-copy]');
    if (copy) {
      // Built without SITE_URL, links carry a stand-in origin: a local preview copies links to itself instead.
      const standIn = document.body.dataset.standInOrigin;
      const built = copy.dataset.copy ?? '';
      const text = standIn ? built.replaceAll(`${standIn}/`, `${location.origin}/`) : built;
      const what = (copy.dataset.copyLabel ?? 'Copy').replace(/^Copy /, '');
      // The live region speaks; the mark at the button shows, for sighted readers, that the click did something.
      const mark = copy.querySelector<HTMLElement>('[data-copy-status]');
      const show = (message: string) => {
        if (!mark) return;
        mark.textContent = message;
        clearTimeout(Number(mark.dataset.timer));
        mark.dataset.timer = String(setTimeout(() => (mark.textContent = ''), 2000));
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
  });
  document.addEventListener('DOMContentLoaded', () => {
    syncToggles();
    forwardFragment();
    if (document.getElementById('search-app')) {
      loadSearchUi().then(
        (ui) => ui.startSearchPage(),
        () => {
          // The search code itself did not load: Retry loads the page afresh.
          const status = document.getElementById('search-status');
          const retry = document.getElementById('search-retry');
          if (status) status.textContent = 'Search did not answer. Check the connection and retry.';
          if (retry) {
            retry.hidden = false;
            retry.addEventListener('click', () => location.reload(), { once: true });
          }
        },
      );
    }
    if (new URLSearchParams(location.search).has('hl')) void loadSearchUi().then((ui) => ui.highlightLanding());
  });
  addEventListener('hashchange', forwardFragment);
}
