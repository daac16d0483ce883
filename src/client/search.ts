// The search page in the browser: reads the query and filters from the URL, fetches the index
// lazily (the manifest on first focus or search, then only the files each query needs), renders
// grouped results as DOM nodes (article text is only ever set as text), keeps the URL in step
// so searches can be shared and the back button works, and lets the keyboard do everything.
import { formatDate } from '../lib/format-date.ts';
import { withBase } from '../lib/href.ts';
import { createSearchEngine, type SearchEngine, type SearchFilters, type SearchHit, type SearchResponse } from '../lib/search/search-engine.ts';
import { findHighlightSpans } from '../lib/search/highlight-spans.ts';
import { DOC_TYPE_LABELS, DOC_TYPES, FACETS, type SearchManifest } from '../lib/search/search-format.ts';
import { SEARCH_DEFAULTS } from '../lib/search/search-tuning.ts';

/** Results shown at first, and added by each "Show more". */
const PAGE_SIZE = SEARCH_DEFAULTS.limit;
/** Keystrokes closer together than this edit one history entry instead of adding one each. */
const TYPING_BURST_MS = 1500;

/** What a search page shows: the query, the filters and how many results. */
interface SearchState {
  query: string;
  filters: SearchFilters;
  limit: number;
}

/** Detail of the `recount:search-rendered` event, for tests and the benchmark. */
export interface SearchRenderedDetail {
  query: string;
  /** `performance.now()` time of the keystroke (or other change) that asked for these results. */
  startedAt: number;
  /** `performance.now()` time the results were in the DOM. */
  renderedAt: number;
  /** How many results are shown. */
  shown: number;
}

/** Finds a required element of the search page, or says which one is missing. */
function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The search page is missing ${selector}; search cannot start.`);
  return element;
}

/** Fetches and parses a JSON file, with an error that names it. */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (HTTP ${response.status})`);
  return response.json();
}

/** Appends text to an element, wrapping the highlighted ranges in <mark>; never parses HTML. */
function appendHighlighted(parent: HTMLElement, text: string, terms: ReadonlySet<string>, values: readonly number[]): void {
  let position = 0;
  for (const [start, end] of findHighlightSpans(text, terms, values)) {
    if (start > position) parent.append(document.createTextNode(text.slice(position, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    position = end;
  }
  if (position < text.length) parent.append(document.createTextNode(text.slice(position)));
}

/** Creates an element with a class and, optionally, text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Starts the search on a page that has the search form. */
function startSearch(form: HTMLFormElement): void {
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const status = required<HTMLElement>(document, '[data-search-status]');
  const results = required<HTMLElement>(document, '[data-search-results]');
  const browse = document.querySelector<HTMLElement>('[data-search-browse]');
  const selects = new Map(FACETS.map((facet) => [facet, form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`)]));
  const base = form.dataset.base ?? '/';
  const indexBase = form.dataset.index ?? withBase('search/index/', base);
  const manifestName = form.dataset.manifest;
  if (!manifestName) throw new Error('The search form has no data-manifest; the page was built without a search index.');

  let enginePromise: Promise<SearchEngine> | undefined;
  const engine = (): Promise<SearchEngine> => {
    enginePromise ??= fetchJson(`${indexBase}${manifestName}.json`).then((manifest) =>
      createSearchEngine({ manifest: manifest as SearchManifest, loadFile: (name) => fetchJson(`${indexBase}${name}.json`) }),
    );
    enginePromise.catch(() => {
      enginePromise = undefined;
    });
    return enginePromise;
  };

  // --- State and URL --------------------------------------------------------------------
  const readUrl = (): SearchState => {
    const params = new URLSearchParams(location.search);
    const filters: SearchFilters = {};
    for (const facet of FACETS) {
      const value = params.get(facet);
      if (value) filters[facet] = value;
    }
    return { query: params.get('q') ?? '', filters, limit: PAGE_SIZE };
  };
  const readForm = (): SearchState => {
    const filters: SearchFilters = {};
    for (const [facet, select] of selects) if (select?.value) filters[facet] = select.value;
    return { query: input.value, filters, limit: PAGE_SIZE };
  };
  const showInForm = (state: SearchState) => {
    input.value = state.query;
    for (const [facet, select] of selects) {
      if (!select) continue;
      const value = state.filters[facet] ?? '';
      // A value the form does not offer (an old shared link) is added rather than dropped.
      if (value && ![...select.options].some((option) => option.value === value)) select.append(new Option(value, value));
      select.value = value;
    }
  };
  const urlOf = (state: SearchState): string => {
    const params = new URLSearchParams();
    if (state.query) params.set('q', state.query);
    for (const facet of FACETS) {
      const value = state.filters[facet];
      if (value) params.set(facet, value);
    }
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}`;
  };
  let lastTypedAt = -Infinity;
  const remember = (state: SearchState, how: 'push' | 'replace') => {
    const url = urlOf(state);
    if (url === `${location.pathname}${location.search}`) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // --- Searching and rendering -------------------------------------------------------------
  let current: SearchState = readUrl();
  let generation = 0;
  const isEmpty = (state: SearchState) => state.query.trim() === '' && FACETS.every((facet) => !state.filters[facet]);

  const announce = (state: SearchState, startedAt: number, shown: number) => {
    results.dataset.query = state.query;
    results.dataset.state = 'done';
    results.dataset.renders = String(Number(results.dataset.renders ?? 0) + 1);
    results.removeAttribute('aria-busy');
    const detail: SearchRenderedDetail = { query: state.query, startedAt, renderedAt: performance.now(), shown };
    form.dispatchEvent(new CustomEvent('recount:search-rendered', { detail, bubbles: true }));
  };

  const run = async (state: SearchState, startedAt: number) => {
    current = state;
    const mine = ++generation;
    if (isEmpty(state)) {
      results.replaceChildren();
      status.textContent = '';
      if (browse) browse.hidden = false;
      announce(state, startedAt, 0);
      return;
    }
    results.setAttribute('aria-busy', 'true');
    results.dataset.state = 'searching';
    try {
      const response = await (await engine()).search({ query: state.query, filters: state.filters, limit: state.limit });
      if (mine !== generation) return;
      render(state, response);
      if (browse) browse.hidden = true;
      announce(state, startedAt, response.hits.length);
    } catch (error) {
      if (mine !== generation) return;
      results.replaceChildren();
      results.removeAttribute('aria-busy');
      results.dataset.state = 'failed';
      status.textContent = `Search is unavailable: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again; the indexes below still work.`;
      if (browse) browse.hidden = false;
    }
  };

  const describe = (state: SearchState, response: SearchResponse): string => {
    const filterLabels = FACETS.flatMap((facet) => {
      const select = selects.get(facet);
      const value = state.filters[facet];
      if (!value) return [];
      const option = select ? [...select.options].find((candidate) => candidate.value === value) : undefined;
      return [`${facet}: ${option?.dataset.label ?? option?.textContent ?? value}`];
    });
    const what = [state.query.trim() ? `“${state.query.trim()}”` : '', filterLabels.length ? `(${filterLabels.join(', ')})` : '']
      .filter(Boolean)
      .join(' ');
    if (response.total === 0) return `No results for ${what}. Check the spelling, use fewer words, or remove a filter.`;
    const count = `${response.total.toLocaleString('en')} ${response.total === 1 ? 'result' : 'results'}`;
    const shown = response.hits.length < response.total ? `, showing the best ${response.hits.length}` : '';
    const partial = response.partial ? ' No result has every word; these have some of them.' : '';
    return `${count} for ${what}${shown}.${partial}`;
  };

  const renderHit = (hit: SearchHit, terms: ReadonlySet<string>, values: readonly number[]): HTMLLIElement => {
    const { doc } = hit;
    const item = element('li', 'card search-result');
    item.dataset.type = doc.type;
    const type = element('span', 'search-result-type', DOC_TYPE_LABELS[doc.type].one);
    const link = element('a', 'search-result-link');
    link.href = withBase(doc.path, base);
    // Texts from sources sit in <bdi>, so a right-to-left name cannot reorder the text around it.
    const title = element('bdi');
    appendHighlighted(title, doc.title, terms, values);
    link.append(title);
    const heading = element('p', 'search-result-title');
    heading.append(type, ' ', link);
    item.append(heading);

    const meta = element('p', 'meta');
    const parts: Node[] = [];
    if (doc.figure) {
      const figure = element('strong', 'figure');
      const figureText = element('bdi');
      appendHighlighted(figureText, doc.figure, terms, values);
      figure.append(figureText);
      parts.push(figure);
    }
    if (doc.speaker) {
      const speaker = element('bdi');
      appendHighlighted(speaker, doc.speaker, terms, values);
      parts.push(speaker);
    }
    if (doc.outlet) parts.push(element('bdi', undefined, doc.outlet));
    if (doc.date) {
      const time = element('time', undefined, formatDate(doc.date));
      time.dateTime = doc.date;
      parts.push(time);
    }
    if (doc.verdict) parts.push(element('span', 'search-result-verdict', `Verdict: ${doc.verdict}`));
    parts.forEach((part, index) => {
      if (index > 0) meta.append(' · ');
      meta.append(part);
    });
    if (parts.length > 0) item.append(meta);
    return item;
  };

  const render = (state: SearchState, response: SearchResponse) => {
    status.textContent = describe(state, response);
    const terms = new Set(response.terms);
    const groups: Node[] = [];
    for (const type of DOC_TYPES) {
      const hits = response.hits.filter((hit) => hit.doc.type === type);
      if (hits.length === 0) continue;
      const section = element('section', 'search-group');
      const headingId = `search-group-${type}`;
      section.setAttribute('aria-labelledby', headingId);
      const heading = element('h2', undefined, `${DOC_TYPE_LABELS[type].many} (${response.totals[type].toLocaleString('en')})`);
      heading.id = headingId;
      const list = element('ol', 'card-list search-results');
      list.append(...hits.map((hit) => renderHit(hit, terms, response.values)));
      section.append(heading, list);
      groups.push(section);
    }
    if (response.hits.length < response.total) {
      const more = element('button', 'secondary search-more', 'Show more results');
      more.type = 'button';
      more.addEventListener('click', () => {
        // Move focus to the first result the click added, wherever its group put it.
        const seen = new Set(links().map((link) => link.href));
        void run({ ...current, limit: current.limit + PAGE_SIZE }, performance.now()).then(() =>
          links().find((link) => !seen.has(link.href))?.focus(),
        );
      });
      groups.push(more);
    }
    results.replaceChildren(...groups);
  };

  // --- Events ------------------------------------------------------------------------------
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];

  input.addEventListener('focus', () => void engine().catch(() => undefined), { once: true });
  input.addEventListener('input', (event) => {
    const state = readForm();
    remember(state, event.timeStamp - lastTypedAt < TYPING_BURST_MS ? 'replace' : 'push');
    lastTypedAt = event.timeStamp;
    void run(state, event.timeStamp);
  });
  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLSelectElement)) return;
    const state = readForm();
    remember(state, 'push');
    lastTypedAt = -Infinity;
    void run(state, event.timeStamp);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm();
    remember(state, 'push');
    lastTypedAt = -Infinity;
    void run(state, event.timeStamp);
  });
  window.addEventListener('popstate', (event) => {
    const state = readUrl();
    showInForm(state);
    lastTypedAt = -Infinity;
    void run(state, event.timeStamp);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      const state = readForm();
      remember(state, 'push');
      lastTypedAt = -Infinity;
      void run(state, event.timeStamp);
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = all[index + 1];
    else if (event.key === 'ArrowUp') next = index === 0 ? input : all[index - 1];
    else if (event.key === 'Home') next = all[0];
    else if (event.key === 'End') next = all.at(-1);
    else if (event.key === 'Escape') next = input;
    if (!next) return;
    event.preventDefault();
    next.focus();
    if (next === input) input.select();
  });

  // --- Start -------------------------------------------------------------------------------
  showInForm(current);
  if (!isEmpty(current)) void run(current, performance.now());
}

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
if (form) startSearch(form);
