/**
 * The search page: loads Pagefind's JS API from the built bundle (https://pagefind.app/docs/api/),
 * keeps the query and filters in the URL, and renders one result per remark with its speaker,
 * topic, part and excerpt. Excerpts are rebuilt as text plus <mark> nodes, never injected as HTML.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> }>;
}

const FILTERS = [
  { key: 'speaker', label: 'Speaker or participant' },
  { key: 'topic', label: 'Topic' },
  { key: 'part', label: 'Part of the event' },
] as const;

/** Reads `?q=…&speaker=…&topic=…&part=…` (filters repeat for several values). */
function readState(url: URL) {
  const filters: Record<string, string[]> = {};
  for (const { key } of FILTERS) {
    const values = url.searchParams.getAll(key);
    if (values.length) filters[key] = values;
  }
  return { query: url.searchParams.get('q')?.trim() ?? '', filters };
}

/**
 * Builds a text-and-<mark> fragment from Pagefind's excerpt, dropping any other markup, with an
 * ellipsis where the excerpt starts or ends inside the remark.
 */
function excerptFragment(excerpt: string, content: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
  const plain = (parsed.textContent ?? '').trim();
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  if (!squash(content).startsWith(squash(plain).slice(0, 20))) fragment.append('… ');
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  if (!squash(content).endsWith(squash(plain).slice(-20))) fragment.append(' …');
  return fragment;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Starts the search page. Safe to call once per page load. */
export async function startSearch(): Promise<void> {
  const app = document.getElementById('search-app');
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const filterBox = document.getElementById('search-filters');
  if (!app || !form || !input || !status || !list || !filterBox) return;

  let pagefind: Pagefind;
  try {
    // An absolute URL built at run time: Rollup cannot resolve a literal /pagefind/ path at build,
    // and in dev Vite rewrites a relative import of a public/ file into an error.
    pagefind = (await import(/* @vite-ignore */ new URL(`${app.dataset.bundle}pagefind.js`, location.origin).href)) as Pagefind;
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
  } catch {
    status.textContent = 'Search is not available: the search index has not been built. Run the build (npm start) and open the built site.';
    return;
  }

  const available = await pagefind.filters();
  const baseTitle = document.title;
  let state = readState(new URL(location.href));
  // On a phone the filters start folded, so the results are on the first screen.
  const details = filterBox.closest('details');
  if (details) details.open = matchMedia('(min-width: 48rem)').matches;

  function renderFilters() {
    filterBox!.replaceChildren();
    for (const { key, label } of FILTERS) {
      const values = Object.keys(available[key] ?? {}).sort();
      if (!values.length) continue;
      const fieldset = el('fieldset', 'mb-4');
      fieldset.append(el('legend', 'font-semibold', label));
      for (const value of values) {
        const id = `filter-${key}-${value.replace(/[^a-z0-9]+/gi, '-')}`;
        const row = el('div', 'flex items-start gap-2 py-0.5');
        const box = el('input', 'mt-1');
        box.type = 'checkbox';
        box.id = id;
        box.checked = state.filters[key]?.includes(value) ?? false;
        box.addEventListener('change', () => {
          const current = new Set(state.filters[key] ?? []);
          if (box.checked) current.add(value);
          else current.delete(value);
          state = { ...state, filters: { ...state.filters, [key]: [...current] } };
          if (!current.size) delete state.filters[key];
          commit();
        });
        const text = el('label', '', value);
        text.htmlFor = id;
        row.append(box, text);
        fieldset.append(row);
      }
      filterBox!.append(fieldset);
    }
  }

  /** Puts the state in the URL (a new history entry, unless nothing changed) and searches. */
  function commit() {
    const url = new URL(app!.dataset.searchPage ?? location.pathname, location.origin);
    if (state.query) url.searchParams.set('q', state.query);
    for (const [key, values] of Object.entries(state.filters)) for (const v of values) url.searchParams.append(key, v);
    if (url.href === location.href) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void run();
  }

  let generation = 0;
  async function run() {
    const mine = ++generation;
    input!.value = state.query;
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.query && !hasFilters) {
      status!.textContent = 'Type a word or a name, or pick a speaker or topic.';
      list!.replaceChildren();
      return;
    }
    status!.textContent = 'Searching…';
    // Several values of one filter mean any of them; different filters must all match.
    const filters = Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));
    const search = await pagefind.search(state.query || null, { filters });
    const data = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
    if (mine !== generation) return; // a newer search has started
    list!.replaceChildren(
      ...data.map((d) => {
        const item = el('li', 'rounded border border-zinc-200 p-3 dark:border-zinc-700');
        const meta = el('p', 'text-sm text-zinc-700 dark:text-zinc-300');
        meta.append(el('span', 'font-semibold text-zinc-900 dark:text-zinc-50', d.meta.speaker ?? ''), ` · ${d.meta.topic ?? ''} · ${d.meta.part ?? ''}`);
        const link = el('a', 'mt-1 block text-zinc-900 underline-offset-2 hover:underline dark:text-zinc-100');
        link.href = d.url;
        link.append(excerptFragment(d.excerpt, d.content));
        item.append(meta, link);
        return item;
      }),
    );
    const n = search.results.length;
    const active = Object.values(state.filters).flat();
    status!.textContent =
      `${n} remark${n === 1 ? '' : 's'} found${state.query ? ` for “${state.query}”` : ''}` +
      `${active.length ? ` with filters: ${active.join(', ')}` : ''}${n > 50 ? ' (first 50 shown)' : ''}.`;
    document.title = `${state.query ? `“${state.query}”` : active.join(', ')} · ${baseTitle}`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: input.value.trim() };
    commit();
  });
  window.addEventListener('popstate', () => {
    state = readState(new URL(location.href));
    renderFilters();
    void run();
  });
  renderFilters();
  if (!state.query) input.focus();
  await run();
}
