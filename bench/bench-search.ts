// Search benchmark: how fast the shipped search answers at newsroom scale, in a real browser.
//   1. generate a synthetic archive of N claims (deterministic from a seed)
//   2. build the index files with the same code the site build uses, into a temp folder
//   3. bundle src/client/search.ts (the shipped browser code) with esbuild into a minimal page
//   4. serve it all on 127.0.0.1, gzip-compressed as a static host would
//   5. type realistic queries, one key at a time, in headless Chromium, and read the page's own
//      `recount:search-rendered` timings: keystroke -> results in the DOM
// Called by `npm run bench`; measures, never asserts.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildSearchDocuments, type FacetOption } from '../src/lib/search/build-search-documents.ts';
import { buildSearchIndex } from '../src/lib/search/build-search-index.ts';
import { FACETS, type Facet } from '../src/lib/search/search-format.ts';
import { generateSearchCorpus } from './corpus/generate-search-corpus.ts';

/** What the search must achieve at 50,000 claims on the project's 2-core machines. */
const SEARCH_BENCH_TARGETS = Object.freeze({
  medianMs: 50,
  p95Ms: 100,
  /** Compressed bytes fetched (page, script and index) before the first results show. */
  firstResultGzipBytes: 1_500_000,
});

/** Queries a reader might type: words, names, figures in several spellings, typos. */
const BENCH_QUERIES: readonly string[] = Object.freeze([
  'russian schools',
  'aliyev trade',
  '340',
  '4 billion',
  '$120m',
  '160k',
  'russain schols',
  'railway modernisation',
  'bayramov',
  'oil exports 2023',
  'inflation in baku',
  'gas pipeline',
  'unemployment rate',
  '$4bn',
  'students studying russian',
  'tourists shusha',
  'wheat harvest',
  'mammadov jobs',
  'landmines karabakh',
  'peacekeepers',
]);

/** Filter changes measured after a query: [query, facet, value]. */
const BENCH_FILTERS: ReadonlyArray<[string, Facet, string]> = [
  ['inflation', 'year', '2023'],
  ['', 'kind', 'money'],
];

export interface SearchBenchOptions {
  /** Claims in the synthetic archive (default 50,000). */
  claims?: number;
  /** Seed of the archive (default 1). */
  seed?: number;
  queries?: readonly string[];
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Chromium to drive (default Debian's /usr/bin/chromium). */
  chromiumPath?: string;
}

/** Latency figures in milliseconds. */
export interface LatencySummary {
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface SearchBenchResult {
  claims: number;
  /** Search documents (claims, speakers, topics, articles). */
  documents: number;
  /** Time to build the index files from the archive, in Node. */
  buildMs: number;
  /** All index files together. */
  index: { files: number; rawBytes: number; gzipBytes: number };
  /** Keystroke -> rendered results, every key of every query. */
  keystrokes: LatencySummary;
  /** The slowest keystrokes: what had been typed, and how long its results took. */
  slowest: Array<{ typed: string; ms: number; requests: number }>;
  /** Filter change -> rendered results. */
  filters: LatencySummary;
  /** What the browser fetched, cold, before the first query's first results showed. */
  firstResult: { query: string; requests: number; rawBytes: number; gzipBytes: number; indexGzipBytes: number };
  /** The search page's script (shipped code plus Fuse.js). */
  script: { rawBytes: number; gzipBytes: number };
  targets: typeof SEARCH_BENCH_TARGETS;
  /** True when every target is met. */
  meetsTargets: boolean;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** Median, 95th percentile and maximum of some timings. */
export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
  const round = (value: number) => Math.round(value * 10) / 10;
  return { samples: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted.at(-1) ?? Number.NaN) };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The minimal search page: the same form, status and results elements the real page has. */
function harnessPage(manifestFile: string, facetOptions: Record<Facet, FacetOption[]>, css: string): string {
  const selects = FACETS.map(
    (facet) =>
      `<label>${facet} <select name="${facet}"><option value="">Any</option>${facetOptions[facet]
        .map((option) => `<option value="${escapeHtml(option.value)}">${escapeHtml(option.label)} (${option.count})</option>`)
        .join('')}</select></label>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search benchmark</title><link rel="icon" href="data:,"><style>${css}</style></head>
<body><main id="main"><div class="wrap">
<form role="search" aria-label="Claims" action="/search/" method="get" data-search-form data-base="/" data-index="/search/index/" data-manifest="${manifestFile}">
<label for="search-q">Words, names or figures</label> <input type="search" id="search-q" name="q" autocomplete="off">
<button type="submit">Search</button>
<fieldset>${selects}</fieldset>
</form>
<p role="status" data-search-status></p>
<div id="search-results" data-search-results></div>
</div></main>
<script type="module" src="/search/search.js"></script>
</body></html>`;
}

interface Served {
  body: Buffer;
  gzip: Buffer;
  type: string;
}

/** Serves files from memory, gzip-compressed, logging each response's size. */
async function serve(files: Map<string, Served>, log: Array<{ path: string; raw: number; gzip: number }>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    log.push({ path: pathname, raw: file.body.length, gzip: file.gzip.length });
    response.writeHead(200, {
      'Content-Type': file.type,
      'Cache-Control': pathname.startsWith('/search/index/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(gzip ? file.gzip : file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Runs the search benchmark and returns its figures (see SEARCH_BENCH_TARGETS). */
export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const claimCount = options.claims ?? 50_000;
  const log = options.log ?? (() => undefined);
  const queries = options.queries ?? BENCH_QUERIES;

  // 1-2. Archive and index files.
  log(`search bench: generating ${claimCount.toLocaleString('en')} claims (seed ${options.seed ?? 1})`);
  const site = generateSearchCorpus(claimCount, options.seed ?? 1);
  const started = performance.now();
  const { documents, facetOptions } = buildSearchDocuments(site);
  const index = buildSearchIndex(documents);
  const buildMs = Math.round(performance.now() - started);
  log(`search bench: built ${index.files.size} index files for ${documents.length.toLocaleString('en')} documents in ${buildMs} ms`);

  const folder = await mkdtemp(path.join(os.tmpdir(), 'recount-search-bench-'));
  const served = new Map<string, Served>();
  let indexRaw = 0;
  let indexGzip = 0;
  try {
    await mkdir(path.join(folder, 'search', 'index'), { recursive: true });
    for (const [name, json] of index.files) {
      const body = Buffer.from(json);
      const gzip = gzipSync(body);
      indexRaw += body.length;
      indexGzip += gzip.length;
      await writeFile(path.join(folder, 'search', 'index', `${name}.json`), body);
      served.set(`/search/index/${name}.json`, { body, gzip, type: 'application/json; charset=utf-8' });
    }

    // 3. The shipped browser code, bundled as Astro would bundle it for the search page.
    const bundle = await build({
      entryPoints: [path.join(projectRoot, 'src/client/search.ts')],
      bundle: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const script = Buffer.from(bundle.outputFiles[0]!.contents);
    const css = await readFile(path.join(projectRoot, 'src/styles/site.css'), 'utf8');
    const html = Buffer.from(harnessPage(index.manifestFile, facetOptions, css));
    await writeFile(path.join(folder, 'search', 'search.js'), script);
    await writeFile(path.join(folder, 'search', 'index.html'), html);
    served.set('/search/search.js', { body: script, gzip: gzipSync(script), type: 'text/javascript; charset=utf-8' });
    served.set('/search/', { body: html, gzip: gzipSync(html), type: 'text/html; charset=utf-8' });

    // 4-5. Serve, then type.
    const requests: Array<{ path: string; raw: number; gzip: number }> = [];
    const { server, origin } = await serve(served, requests);
    const browser = await chromium.launch({ executablePath: options.chromiumPath ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.addInitScript(() => {
        const renders: unknown[] = [];
        (window as unknown as { __renders: unknown[] }).__renders = renders;
        document.addEventListener('recount:search-rendered', (event) => renders.push((event as CustomEvent).detail));
      });
      await page.goto(`${origin}/search/`);
      const input = page.locator('#search-q');
      await input.focus();

      type Rendered = { query: string; startedAt: number; renderedAt: number; shown: number };
      const renderCount = () => page.evaluate(() => (window as unknown as { __renders: unknown[] }).__renders.length);
      const waitForRender = async (after: number, query: string): Promise<Rendered> => {
        const handle = await page.waitForFunction(
          ([count, expected]) => {
            const renders = (window as unknown as { __renders: Array<{ query: string }> }).__renders;
            return renders.length > (count as number) && renders.at(-1)!.query === expected ? renders.at(-1) : undefined;
          },
          [after, query] as const,
          { timeout: 30_000, polling: 'raf' },
        );
        return (await handle.jsonValue()) as Rendered;
      };
      const check = () => {
        if (pageErrors.length > 0) throw new Error(`the search page failed in the benchmark: ${pageErrors.join('; ')}`);
      };

      const keystrokes: number[] = [];
      const perKey: Array<{ typed: string; ms: number; requests: number }> = [];
      let firstResult: SearchBenchResult['firstResult'] | undefined;
      for (const query of queries) {
        if ((await input.inputValue()) !== '') {
          const before = await renderCount();
          await input.fill('');
          await waitForRender(before, '');
        }
        let typed = '';
        for (const char of query) {
          const before = await renderCount();
          const requestsBefore = requests.length;
          await page.keyboard.type(char);
          typed += char;
          const rendered = await waitForRender(before, typed);
          check();
          keystrokes.push(rendered.renderedAt - rendered.startedAt);
          perKey.push({ typed, ms: Math.round(rendered.renderedAt - rendered.startedAt), requests: requests.length - requestsBefore });
          if (!firstResult && rendered.shown > 0) {
            const fetched = [...requests];
            firstResult = {
              query: typed,
              requests: fetched.length,
              rawBytes: fetched.reduce((sum, entry) => sum + entry.raw, 0),
              gzipBytes: fetched.reduce((sum, entry) => sum + entry.gzip, 0),
              indexGzipBytes: fetched.filter((entry) => entry.path.startsWith('/search/index/')).reduce((sum, entry) => sum + entry.gzip, 0),
            };
          }
        }
        log(`search bench: typed "${query}"`);
      }

      const filterTimes: number[] = [];
      for (const [query, facet, value] of BENCH_FILTERS) {
        let before = await renderCount();
        await input.fill(query);
        await waitForRender(before, query);
        before = await renderCount();
        await page.selectOption(`select[name="${facet}"]`, value);
        const rendered = await waitForRender(before, query);
        check();
        filterTimes.push(rendered.renderedAt - rendered.startedAt);
        await page.selectOption(`select[name="${facet}"]`, '');
      }

      const result: SearchBenchResult = {
        claims: claimCount,
        documents: documents.length,
        buildMs,
        index: { files: index.files.size, rawBytes: indexRaw, gzipBytes: indexGzip },
        keystrokes: summarise(keystrokes),
        slowest: perKey.sort((a, b) => b.ms - a.ms).slice(0, 8),
        filters: summarise(filterTimes),
        firstResult: firstResult ?? { query: '', requests: 0, rawBytes: 0, gzipBytes: 0, indexGzipBytes: 0 },
        script: { rawBytes: script.length, gzipBytes: gzipSync(script).length },
        targets: SEARCH_BENCH_TARGETS,
        meetsTargets: false,
      };
      result.meetsTargets =
        firstResult !== undefined &&
        result.keystrokes.medianMs < SEARCH_BENCH_TARGETS.medianMs &&
        result.keystrokes.p95Ms < SEARCH_BENCH_TARGETS.p95Ms &&
        result.firstResult.gzipBytes < SEARCH_BENCH_TARGETS.firstResultGzipBytes;
      return result;
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
