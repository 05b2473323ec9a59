/**
 * The only inline script of the site: sets `data-theme` on <html> before the first paint, so a
 * dark-mode reader never sees a light flash (it must run before any stylesheet applies). A stored
 * choice (`localStorage.theme`) wins over the system preference. The Content-Security-Policy
 * allows it by the hash of exactly this text (`src/lib/csp.ts`).
 */
export const THEME_SCRIPT =
  "(()=>{let t='light';try{const s=localStorage.getItem('theme');t=s==='dark'||s==='light'?s:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}catch{}document.documentElement.dataset.theme=t})();";
