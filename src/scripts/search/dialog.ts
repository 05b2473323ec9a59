/**
 * The header's search dialog, opened by the header's Search link, `/` or Ctrl/Cmd+K: a modal
 * `<dialog>` holding an editable combobox with a listbox popup, after the WAI-ARIA APG combobox
 * pattern (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the input, ↑/↓ move
 * the active option (`aria-activedescendant`), Enter opens it (or, with none active, the full search
 * page), Escape closes the dialog and focus returns where it was. The result count is announced in a
 * live region. Remarks come first, then pages.
 */
import { searchStateHref } from '../../lib/search/state';
import { IndexMissing, SearchEngine, type Hit } from './engine';
import { el, excerptFragment, hitContext, shownOf } from './render';

const REMARKS = 8;
const PAGES = 3;
/**
 * Pause in typing before a search runs, in ms. Longer than the gap between a steady reader's keys
 * (about 150 ms): on a large event a search for every prefix ("c", "ce", "cen" …) would queue up seconds
 * of work and fetch the data of results nobody sees.
 */
const TYPING_PAUSE_MS = 200;
/** Shortest query searched while typing ("UN", "G4"); Enter searches any query. */
const MIN_LIVE_CHARS = 2;

let dialog: HTMLDialogElement | undefined;

interface Options {
  /** Pagefind bundle folder URL (with base). */
  bundle: string;
  /** The full search page's URL (with base). */
  searchPage: string;
}

/** Opens the dialog (building it on first use). `opener` gets focus back when it closes. */
export function openSearchDialog(options: Options, opener: Element | null): void {
  dialog ??= build(options);
  const returnTo = opener instanceof HTMLElement ? opener : null;
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  dialog.showModal();
  const input = dialog.querySelector('input')!;
  input.select();
}

function build({ bundle, searchPage }: Options): HTMLDialogElement {
  const box = el('dialog', 'search-dialog m-0 mx-auto mt-[8vh] w-[calc(100%-1rem)] max-w-2xl rounded-lg border border-zinc-300 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-50');
  box.setAttribute('aria-labelledby', 'search-dialog-title');
  const title = el('h2', 'sr-only', 'Search remarks');
  title.id = 'search-dialog-title';
  const row = el('div', 'flex items-center gap-2 border-b border-zinc-200 p-3 dark:border-zinc-700');
  const input = el('input', 'min-w-0 flex-1 rounded border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 dark:border-zinc-500 dark:bg-zinc-800 dark:text-zinc-50');
  Object.assign(input, { id: 'search-dialog-input', type: 'text', autocomplete: 'off', spellcheck: false, placeholder: 'Search remarks' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-label', 'Search remarks');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'search-dialog-list');
  input.setAttribute('aria-describedby', 'search-dialog-help');
  const close = el('button', 'rounded border border-zinc-400 px-2 py-1 text-sm dark:border-zinc-500', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => box.close());
  row.append(input, close);
  const help = el('p', 'px-3 pt-2 text-xs text-zinc-700 dark:text-zinc-300', '↑ ↓ to move, Enter to open, Esc to close.');
  help.id = 'search-dialog-help';
  const status = el('p', 'px-3 py-2 text-sm text-zinc-700 dark:text-zinc-300');
  status.setAttribute('role', 'status');
  const list = el('div', 'max-h-[55vh] overflow-y-auto px-2 pb-2');
  list.id = 'search-dialog-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Results');
  const all = el('a', 'block border-t border-zinc-200 px-3 py-2 text-sm underline underline-offset-2 dark:border-zinc-700', 'All results, with filters');
  all.href = searchPage;
  box.append(title, row, help, status, list, all);
  document.body.append(box);
  // The index starts loading as the dialog opens, while the reader types.
  const ready = async () => {
    const loaded = await SearchEngine.load(bundle);
    await loaded.warm();
    return loaded;
  };
  let engine: Promise<SearchEngine> | undefined = ready();
  engine.catch(() => (engine = undefined));

  let options: Array<{ node: HTMLElement; hit: Hit }> = [];
  let active = -1;
  let generation = 0;
  /** True from a keystroke until its results are shown: the options on show answer an older query. */
  let stale = false;

  const setActive = (i: number) => {
    options[active]?.node.setAttribute('aria-selected', 'false');
    active = i;
    const current = options[active];
    if (current) {
      current.node.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', current.node.id);
      current.node.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (hit: Hit) => {
    box.close();
    location.assign(hit.href);
  };

  async function search() {
    const mine = ++generation;
    const query = input.value.trim();
    all.href = searchStateHref(searchPage, { query, filters: {} });
    if (query.length < MIN_LIVE_CHARS) {
      options = [];
      list.replaceChildren();
      setActive(-1);
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '';
      stale = false;
      return;
    }
    let found;
    try {
      engine ??= ready();
      found = await (await engine).run({ query, filters: {} }, false);
    } catch (error) {
      engine = undefined;
      status.textContent = error instanceof IndexMissing ? 'Search is not available: the search index has not been built (run npm start).' : 'Search failed.';
      return;
    }
    if (mine !== generation) return; // typing went on: the newer search loads its own results
    const [remarks, pages] = await Promise.all([found.remarks.load(0, REMARKS), found.pages.load(0, PAGES)]);
    if (mine !== generation) return;
    options = [...remarks, ...pages].map((hit, i) => {
      const node = el('div', `cursor-pointer rounded px-3 py-2 aria-selected:bg-accent-50 aria-selected:outline-2 aria-selected:outline-accent-600 dark:aria-selected:bg-zinc-800 dark:aria-selected:outline-accent-300 ${hit.kind === 'page' && i === remarks.length ? 'mt-2 border-t border-zinc-200 dark:border-zinc-700' : ''}`);
      node.id = `search-dialog-option-${i}`;
      node.setAttribute('role', 'option');
      node.setAttribute('aria-selected', 'false');
      const context = el('span', 'block text-sm text-zinc-700 dark:text-zinc-300');
      context.append(hitContext(hit));
      const text = el('span', 'block');
      text.append(excerptFragment(hit.excerpt));
      node.append(context, text);
      node.addEventListener('click', () => open(hit));
      return { node, hit };
    });
    list.replaceChildren(...options.map((o) => o.node));
    // Which query the options answer (benchmarks wait for this one's results, not an earlier prefix's).
    list.dataset.query = query;
    setActive(-1);
    stale = false;
    input.setAttribute('aria-expanded', String(options.length > 0));
    status.textContent =
      found.remarks.total + found.pages.total === 0
        ? `No results for “${query}”.`
        : `${shownOf(found.remarks.total, REMARKS, 'remark')}${found.pages.total ? ` and ${shownOf(found.pages.total, PAGES, 'page')}` : ''}.`;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    // The options on show belong to the previous query: none can be chosen until the new ones arrive.
    setActive(-1);
    stale = true;
    clearTimeout(typing);
    typing = setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      if (!stale) setActive((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      if (!stale) setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const current = stale ? undefined : options[active];
      if (current) open(current.hit);
      else if (input.value.trim()) location.assign(searchStateHref(searchPage, { query: input.value.trim(), filters: {} }));
    }
  });
  // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
  });
  return box;
}
