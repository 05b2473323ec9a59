/**
 * The header's search dialog, opened by the header's Search link, `/` or Ctrl/Cmd+K: a modal
 * `<dialog>` holding an editable combobox with a listbox popup, after the WAI-ARIA APG combobox
 * pattern (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the input, ↑/↓ move
 * the active option (`aria-activedescendant`), Enter opens it (or, with none active, the full search
 * page), Escape closes the dialog and focus returns where it was. Each option is a link (`<a
 * role="option" href>`), so a result opens in a new tab with Ctrl/Cmd-click or a middle click and its
 * address can be copied. The result count is announced in a live region. Remarks come first, then pages.
 * Searches run as the reader types, with no pause: one at a time, the newest query next (`latestWins`).
 */
import { foundAndShown, nearMatchNote } from '../../lib/search/counts';
import { latestWins } from '../../lib/search/latest-wins';
import { searchStateHref } from '../../lib/search/state';
import { connect } from './connect';
import { IndexMissing, type Hit } from './engine';
import { el, excerptFragment, failureMessage, hitContext } from './render';

const REMARKS = 8;
const PAGES = 3;
/** Remark results the second ranking pass orders: the 8 shown and 4 below them (each costs a fragment request). */
const RERANK = 12;
/** Shortest query searched while typing ("UN", "G4"); Enter searches any query. */
const MIN_LIVE_CHARS = 2;

let dialog: HTMLDialogElement | undefined;

interface Options {
  /** Pagefind bundle folder URL (with base). */
  bundle: string;
  /** The full search page's URL (with base). */
  searchPage: string;
}

/**
 * Opens the dialog (building it on first use). `opener` gets focus back when it closes.
 * @param typed keys the reader typed after `/` or Ctrl/Cmd+K while the search code loaded; they become the query
 */
export function openSearchDialog(options: Options, opener: Element | null, typed = ''): void {
  dialog ??= build(options);
  const returnTo = opener instanceof HTMLElement ? opener : null;
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  dialog.showModal();
  const input = dialog.querySelector('input')!;
  if (!typed) return input.select();
  input.value = typed;
  input.dispatchEvent(new Event('input'));
}

function build({ bundle, searchPage }: Options): HTMLDialogElement {
  const box = el('dialog', 'search-dialog m-0 mx-auto mt-[8vh] w-[calc(100%-1rem)] max-w-2xl rounded-lg border border-zinc-300 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-50');
  box.setAttribute('aria-labelledby', 'search-dialog-title');
  const title = el('h2', 'sr-only', 'Search remarks');
  title.id = 'search-dialog-title';
  const row = el('div', 'flex items-center gap-2 border-b border-zinc-200 p-3 dark:border-zinc-700');
  const input = el('input', 'min-w-0 flex-1 rounded border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 dark:border-zinc-500 dark:bg-zinc-800 dark:text-zinc-50');
  Object.assign(input, { id: 'search-dialog-input', type: 'text', autocomplete: 'off', spellcheck: false, placeholder: 'Search remarks', enterKeyHint: 'search' });
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
  const help = el('p', 'keyboard-hint px-3 pt-2 text-xs text-zinc-700 dark:text-zinc-300', '↑ ↓ to move, Enter to open, Esc to close.');
  help.id = 'search-dialog-help';
  const status = el('p', 'px-3 py-2 text-sm text-zinc-700 dark:text-zinc-300');
  status.setAttribute('role', 'status');
  const retry = el('button', 'mx-3 mb-2 rounded border border-zinc-400 px-2 py-1 text-sm dark:border-zinc-500', 'Retry');
  retry.type = 'button';
  retry.hidden = true;
  const list = el('div', 'max-h-[55vh] overflow-y-auto px-2 pb-2');
  list.id = 'search-dialog-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Results');
  const all = el('a', 'block border-t border-zinc-200 px-3 py-2 text-sm underline underline-offset-2 dark:border-zinc-700', 'All results, with filters');
  all.href = searchPage;
  box.append(title, row, help, status, retry, list, all);
  document.body.append(box);
  // The index starts loading as the dialog opens (if hovering the search link has not already), while the reader types.
  connect(bundle).catch(() => {});

  let options: Array<{ node: HTMLAnchorElement; hit: Hit }> = [];
  let active = -1;
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
  const clear = () => {
    options = [];
    list.replaceChildren();
    setActive(-1);
    input.setAttribute('aria-expanded', 'false');
    delete list.dataset.query;
  };
  const current = () => input.value.trim();

  async function search(query: string) {
    // A query the reader has since changed is not searched: the newest one is waiting (latestWins).
    if (query !== current()) return;
    retry.hidden = true;
    let found;
    let remarks: Hit[];
    let pages: Hit[];
    try {
      found = await (await connect(bundle)).run({ query, filters: {} }, false, RERANK, () => query === current());
      [remarks, pages] = await Promise.all([found.remarks.load(0, REMARKS), found.pages.load(0, PAGES)]);
    } catch (error) {
      if (query !== current()) return;
      clear();
      status.textContent = failureMessage(error);
      retry.hidden = error instanceof IndexMissing;
      stale = false;
      return;
    }
    if (query !== current()) return; // typing went on: the newer query is next
    options = [...remarks, ...pages].map((hit, i) => {
      const node = el('a', `block cursor-pointer rounded px-3 py-2 text-inherit no-underline aria-selected:bg-accent-50 aria-selected:outline-2 aria-selected:outline-accent-600 dark:aria-selected:bg-zinc-800 dark:aria-selected:outline-accent-300 ${hit.kind === 'page' && i === remarks.length ? 'mt-2 border-t border-zinc-200 dark:border-zinc-700' : ''}`);
      node.href = hit.href;
      node.id = `search-dialog-option-${i}`;
      node.tabIndex = -1;
      node.setAttribute('role', 'option');
      node.setAttribute('aria-selected', 'false');
      const context = el('span', 'block text-sm text-zinc-700 dark:text-zinc-300');
      context.append(hitContext(hit));
      const text = el('span', 'block');
      text.append(excerptFragment(hit.excerpt));
      node.append(context, text);
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
        : (found.near ? nearMatchNote(query) : '') + foundAndShown({ total: found.remarks.total, shown: remarks.length }, { total: found.pages.total, shown: pages.length });
  }
  const submit = latestWins(search);

  const onInput = () => {
    const query = current();
    all.href = searchStateHref(searchPage, { query, filters: {} });
    if (query.length < MIN_LIVE_CHARS) {
      clear();
      status.textContent = '';
      retry.hidden = true;
      stale = false;
      return;
    }
    // The options on show belong to the previous query: none can be chosen until the new ones arrive.
    setActive(-1);
    stale = true;
    // The index chunks for the words typed so far start loading while an earlier search still runs.
    connect(bundle).then((engine) => engine.preload(query), () => {});
    submit(query);
  };
  input.addEventListener('input', onInput);
  retry.addEventListener('click', () => {
    input.focus();
    onInput();
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
      const chosen = stale ? undefined : options[active];
      // Ctrl/Cmd+Enter opens the result in a new tab, as Ctrl/Cmd-click does; the dialog stays.
      if (chosen && (event.ctrlKey || event.metaKey)) window.open(chosen.hit.href, '_blank', 'noopener');
      else if (chosen) {
        box.close();
        location.assign(chosen.hit.href);
      } else if (current()) location.assign(searchStateHref(searchPage, { query: current(), filters: {} }));
    }
  });
  box.addEventListener('click', (event) => {
    // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
    if (event.target === box) box.close();
    // A plain click on a result follows its link in this tab; the dialog closes so Back shows the page, not the dialog.
    const option = event.target instanceof Element ? event.target.closest('a[role="option"]') : null;
    if (option && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) box.close();
  });
  return box;
}
