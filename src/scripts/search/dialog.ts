/**
 * The header's search dialog (markup: `src/components/search/SearchDialog.astro`, printed closed on every
 * page), opened by the header's Search link, `/` or Ctrl/Cmd+K: a modal `<dialog>` holding an editable
 * combobox with a listbox popup, after the WAI-ARIA APG combobox pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the input, ↑/↓ move the active option
 * (`aria-activedescendant`), Enter opens it (or, with none active, the full search page), Escape closes the
 * dialog and focus returns where it was. Each option is a link (`<a role="option" href>`), so a result opens in
 * a new tab with Ctrl/Cmd-click or a middle click and its address can be copied. The result count is
 * announced in the status live region. Remarks come first, then pages.
 * Searches run as the reader types, with no pause: one at a time, the newest query next (`latestWins`).
 */
import { foundAndShown, nearMatchNote } from '../../lib/search/counts';
import { DIALOG_IDS as ids } from '../../lib/search/dom-ids';
import { latestWins } from '../../lib/search/latest-wins';
import { searchStateHref } from '../../lib/search/state';
import { connect, searchBundle, searchPage } from './connect';
import { IndexMissing, type Hit } from './engine';
import { el, excerptFragment, failureMessage, hitContext } from './render';

const REMARKS = 8;
const PAGES = 3;
/** Remark results the second ranking pass orders: the 8 shown and 4 below them (each costs a fragment request). */
const RERANK = 12;
/** Shortest query searched while typing ("UN", "G4"); Enter searches any query. */
const MIN_LIVE_CHARS = 2;

let dialog: HTMLDialogElement | undefined;

/**
 * Opens the dialog (wiring it on first use). `opener` gets focus back when it closes.
 * @param typed keys the reader typed after `/` or Ctrl/Cmd+K while the search code loaded; they become the query
 */
export function openSearchDialog(opener: Element | null, typed = ''): void {
  dialog ??= wire();
  const returnTo = opener instanceof HTMLElement ? opener : null;
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  dialog.showModal();
  const input = dialog.querySelector('input')!;
  if (!typed) return input.select();
  input.value = typed;
  input.dispatchEvent(new Event('input'));
}

/** The element with this id, which SearchDialog.astro prints. */
function part<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`search dialog: no #${id} in the page (see SearchDialog.astro)`);
  return node as T;
}

function wire(): HTMLDialogElement {
  const box = part<HTMLDialogElement>(ids.dialog);
  const input = part<HTMLInputElement>(ids.input);
  const status = part(ids.status);
  const retry = part<HTMLButtonElement>(ids.retry);
  const list = part(ids.list);
  const all = part<HTMLAnchorElement>(ids.all);
  const bundle = searchBundle();
  const page = searchPage();
  box.querySelector('[data-dialog-close]')?.addEventListener('click', () => box.close());
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
      const node = el(
        'a',
        `block cursor-pointer rounded px-3 py-2 text-inherit no-underline aria-selected:bg-accent-50 aria-selected:outline-2 aria-selected:outline-accent-600 dark:aria-selected:bg-zinc-800 dark:aria-selected:outline-accent-300 ${hit.kind === 'page' && i === remarks.length ? 'mt-2 border-t border-zinc-200 dark:border-zinc-700' : ''}`,
      );
      node.href = hit.href;
      node.id = `${ids.optionPrefix}${i}`;
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
        : (found.near ? nearMatchNote(query) : '') +
          foundAndShown({ total: found.remarks.total, shown: remarks.length }, { total: found.pages.total, shown: pages.length });
  }
  const submit = latestWins(search);

  const onInput = () => {
    const query = current();
    all.href = searchStateHref(page, { query, filters: {} });
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
    connect(bundle).then(
      (engine) => engine.preload(query),
      () => {},
    );
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
      } else if (current()) location.assign(searchStateHref(page, { query: current(), filters: {} }));
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
