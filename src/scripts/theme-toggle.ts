/**
 * The header's theme button: shows it (it is hidden without JavaScript, where it could not work),
 * flips `data-theme` on <html> and remembers the choice in `localStorage.theme`.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const sync = () => {
    const dark = document.documentElement.dataset.theme === 'dark';
    button.setAttribute('aria-pressed', String(dark));
  };
  button.hidden = false;
  sync();
  button.addEventListener('click', () => {
    const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    sync();
  });
}
