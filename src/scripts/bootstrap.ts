/**
 * The site's only script on ordinary pages, inlined in <head> (see `src/lib/inline-script.ts`) so it
 * runs before the first paint and needs no request:
 * - sets `data-theme` on <html> (stored choice over system preference), so dark mode never flashes;
 * - handles the theme button and every copy button (links, citations) by event delegation, announcing the
 *   result in the page's `#announcer` live region;
 * - forwards an old `#fragment` on a live page to its new anchor, from the page's
 *   `data-fragment-aliases` (the link contract's aliases), when the old one no longer exists.
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

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
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
      const text = copy.dataset.copy ?? '';
      const what = (copy.dataset.copyLabel ?? 'Copy').replace(/^Copy /, '');
      navigator.clipboard.writeText(text).then(
        () => announce(`Copied ${what}: ${text}`),
        () => announce(`Could not copy ${what}. Select the text instead: ${text}`),
      );
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    syncToggles();
    forwardFragment();
  });
  addEventListener('hashchange', forwardFragment);
}
