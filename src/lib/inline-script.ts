/**
 * The one inline script: it sets `data-theme` on <html> before the first paint (the reader's stored choice,
 * else the system's preference), so dark mode never flashes. Everything else a page does runs from the shared
 * module `src/scripts/site.ts`, which may wait until the page has been parsed; this cannot.
 * Storage may be blocked (a private window, a policy): the system preference then decides on each page.
 * The page prints exactly INLINE_SCRIPT and the Content-Security-Policy allows it by the hash of exactly this
 * text (`src/lib/csp.ts`), so the two can never disagree. Written as a string, not serialised from a function,
 * so that its bytes do not depend on how the build transpiles TypeScript.
 */
export const INLINE_SCRIPT =
  "(()=>{let t;try{t=localStorage.getItem('theme')}catch{}" +
  "if(t!=='dark'&&t!=='light')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';" +
  'document.documentElement.dataset.theme=t})();';
