// Measures what Recount costs as an archive grows and writes the figures to BENCHMARKS.md.
// Every corpus is generated on the fly (deterministic from a seed) under .cache/bench/, never
// committed. `--quick` runs the same steps on small inputs so CI keeps the benchmark working;
// `--only STEP` (ingest, incremental, comparisons, build, search, hostile) runs only those steps.
import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildTopics } from '../src/lib/topics/build-topics.ts';
import { synthesizeClaims } from './corpus/synthesize-claims.ts';
import { buildBareAstro, createBareAstro } from './support/bare-astro.ts';
import { measureNode, measureNodeTree, median, type ChildRun } from './support/measure-child.ts';
import { renderBenchmarks, type BenchReport, type Row } from './support/render-benchmarks.ts';
import { benchSearch } from './bench-search.ts';
import { benchShardScaling } from './bench-shard-scaling.ts';
import { benchHostileInputs, HOSTILE_SIZES, renderHostileTable } from './bench-hostile-inputs.ts';
import { extractTerms } from '../src/ingest/index.ts';
import { generateArticle } from './corpus/generate-corpus.ts';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, out: { type: 'string', default: 'BENCHMARKS.md' }, only: { type: 'string', multiple: true } },
});
const quick = values.quick;
/** The steps a run can be narrowed to with `--only STEP` (repeatable); a narrowed run never writes the report file. */
const STEPS = ['ingest', 'incremental', 'comparisons', 'build', 'search', 'hostile'] as const;
const only = values.only ?? [];
const unknownSteps = only.filter((step) => !(STEPS as readonly string[]).includes(step));
if (unknownSteps.length > 0) {
  console.error(`unknown --only step ${unknownSteps.join(', ')}; the steps are ${STEPS.join(', ')}`);
  process.exit(2);
}
const wants = (step: (typeof STEPS)[number]) => only.length === 0 || only.includes(step);
// The full run has to fit in 20 minutes on a 2-core machine, and the cold 10,000-article build
// alone takes most of them: inputs of 10,000 articles are measured once (their runs vary by a few
// per cent), smaller ones three times; the site is built at one size only (10,000 articles:
// cold, one new article, one shard).
const plan = quick
  ? { ingestSizes: [200, 1_000], runs: 1, bigRuns: 1, buildSize: 100, shardCount: 2, grouping: 5_000, searchClaims: 5_000 }
  : { ingestSizes: [1_000, 10_000], runs: 3, bigRuns: 1, buildSize: 10_000, shardCount: 4, grouping: 50_000, searchClaims: 50_000 };
const runsAt = (size: number) => (size >= 10_000 ? plan.bigRuns : plan.runs);

const root = path.resolve('.cache/bench');
const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');
const rows: Row[] = [];
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 60_000).toFixed(1)} min] ${line}`);

/** Writes the benchmark corpus of `size` articles once (later steps reuse it) and returns its size in bytes. */
const corpora = new Map<number, number>();
async function ensureCorpus(size: number): Promise<number> {
  if (!corpora.has(size)) corpora.set(size, await writeCorpus(path.join(root, `corpus-${size}`), size));
  return corpora.get(size)!;
}

/** Writes `count` generated articles into `dir` and returns their total size in bytes. */
async function writeCorpus(dir: string, count: number, from = 0): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let index = from; index < from + count; index++) {
    const article = generateArticle(1, index);
    await writeFile(path.join(dir, article.name), article.text);
    bytes += Buffer.byteLength(article.text);
  }
  return bytes;
}

/** Runs `measure` `times` times and returns every run (the caller takes medians). */
async function repeat(times: number, measure: (run: number) => Promise<ChildRun>): Promise<ChildRun[]> {
  const runs: ChildRun[] = [];
  for (let run = 0; run < times; run++) runs.push(await measure(run));
  return runs;
}

const summarise = (runs: ChildRun[]) => ({ ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), peakRss: Math.max(...runs.map((r) => r.peakRss)), runs: runs.length });

await rm(root, { recursive: true, force: true });

// 1. Ingest throughput, on every core and on one. Wall time on every core; on one thread the CPU
//    time (user + system, the whole process, start included) too, which a machine shared with
//    other jobs does not inflate the way it inflates wall time.
const cores = os.availableParallelism();
for (const size of wants('ingest') ? plan.ingestSizes : []) {
  const sources = path.join(root, `corpus-${size}`);
  const bytes = await ensureCorpus(size);
  for (const jobs of [...new Set([cores, 1])]) {
    log(`ingest ${size} articles on ${jobs} thread(s)…`);
    const measured = await repeat(runsAt(size), (run) => measureNode('scripts/ingest.ts', ['--sources', sources, '--out', path.join(root, `ingest-${size}-${jobs}-${run}`), '--jobs', String(jobs)]));
    const { ms, cpuMs, peakRss, runs: n } = summarise(measured);
    rows.push({
      group: 'Ingest',
      name: `${size.toLocaleString('en')} articles, ${jobs} thread${jobs === 1 ? '' : 's'}`,
      figure: `${Math.round(size / (ms / 1000)).toLocaleString('en')} articles/s, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`,
      detail: `${(ms / 1000).toFixed(2)} s for ${(bytes / 1e6).toFixed(1)} MB; peak RSS ${mb(peakRss)}; median of ${n}`,
      target: jobs === 1 ? { text: '≥ 500 articles/s on one core', met: size / (ms / 1000) >= 500 } : undefined,
    });
    if (jobs === 1) {
      const cpuRate = size / (cpuMs / 1000);
      rows.push({
        group: 'Ingest',
        name: `${size.toLocaleString('en')} articles, 1 thread, CPU time`,
        figure: `${Math.round(cpuRate).toLocaleString('en')} articles/s of CPU`,
        detail: `${(cpuMs / 1000).toFixed(2)} s of CPU (user + system, process start included); median of ${n}`,
        target: { text: '≥ 200 articles/s of CPU on one core (issue #16)', met: cpuRate >= 200 },
      });
    }
  }
}

// 2. Incremental: one new article on top of the largest ingested archive.
if (wants('incremental')) {
  const size = plan.ingestSizes.at(-1)!;
  const sources = path.join(root, `corpus-${size}`);
  await ensureCorpus(size);
  const out = path.join(root, `ingest-${size}-${cores}-0`);
  // Run alone (`--only incremental`), the archive is ingested first, unmeasured.
  if (!wants('ingest')) await measureNode('scripts/ingest.ts', ['--sources', sources, '--out', out]);
  log(`add 1 article to ${size}…`);
  const runs = await repeat(plan.runs, async (run) => {
    await writeCorpus(sources, 1, size + run);
    return measureNode('scripts/ingest.ts', ['--sources', sources, '--out', out]);
  });
  const { ms, peakRss, runs: n } = summarise(runs);
  const reingested = /\((\d+) new, (\d+) updated, (\d+) unchanged/.exec(runs.at(-1)!.stdout);
  rows.push({
    group: 'Incremental',
    name: `add 1 article to ${size.toLocaleString('en')}`,
    figure: `${(ms / 1000).toFixed(2)} s`,
    detail: `${reingested ? `${reingested[1]} new, ${reingested[3]} unchanged` : ''}; peak RSS ${mb(peakRss)}; median of ${n}, process start included`,
    target: { text: '< 2 s', met: ms < 2_000 },
  });
}

// 3. Grouping claims into comparison topics.
if (wants('comparisons')) {
  log(`group ${plan.grouping} claims…`);
  const claims = synthesizeClaims(plan.grouping, extractTerms, 1);
  const times: number[] = [];
  let topics = 0;
  for (let run = 0; run < plan.runs; run++) {
    const t0 = performance.now();
    topics = buildTopics(claims).topics.length;
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  rows.push({
    group: 'Comparisons',
    name: `group ${plan.grouping.toLocaleString('en')} claims`,
    figure: `${(ms / 1000).toFixed(2)} s`,
    detail: `${topics.toLocaleString('en')} topics; median of ${times.length}`,
    target: { text: '< 5 s at 50,000', met: ms < 5_000 },
  });
}

// 4. `npm run build` (ingest + astro build, scripts/build.ts) beside a bare Astro build of as many
//    trivial pages: cold (empty caches, every share card drawn, every page rendered); then the
//    newsroom's everyday rebuild after one new article (incremental: only changed pages
//    rendered); then one shard of the site, as one CI job of a matrix would build it with the
//    caches restored. Peak RSS is the largest of every process of the build.
if (wants('build')) {
  const size = plan.buildSize;
  log(`build a site of ${size} articles (npm run build, cold)…`);
  const content = path.join(root, `site-${size}`);
  const corpusSize = plan.ingestSizes.find((s) => s >= size) ?? size;
  await ensureCorpus(corpusSize);
  await cp(path.join(root, `corpus-${corpusSize}`), path.join(content, 'sources'), {
    recursive: true,
    filter: (src) => !/\d{6}/.test(path.basename(src)) || Number(/(\d{6})/.exec(path.basename(src))![1]) < size,
  });
  await mkdir(path.join(content, 'reviews'), { recursive: true });
  const env = { RECOUNT_CONTENT_DIR: content, RECOUNT_CACHE_DIR: path.join(root, `cache-${size}`) };
  const dist = path.join(root, `dist-${size}`);
  const cold = await measureNodeTree('scripts/build.ts', ['--out', dist], env);
  const output = await measureDir(dist);
  await writeCorpus(path.join(content, 'sources'), 1, 900_000 + size);
  log(`add one article and rebuild…`);
  const warm = await measureNodeTree('scripts/build.ts', ['--out', dist], env);
  const renderedLine = /assembled: (\d+) of (\d+) pages rendered/.exec(warm.stdout);
  if (!warm.stdout.includes('build: incremental')) throw new Error(`the rebuild after one new article was not incremental:\n${warm.stdout.slice(-2000)}`);
  const shardRuns = await benchShardScaling({ root, content, cache: env.RECOUNT_CACHE_DIR, size, count: plan.shardCount, astroBin, log });
  // The site's output is large at 10,000 articles; measured, it can go before the bare build.
  await rm(dist, { recursive: true, force: true });
  log(`bare Astro, ${output.pages} trivial pages…`);
  const bareDir = path.join(root, `bare-${size}`);
  await createBareAstro(bareDir, output.pages);
  const bare = await buildBareAstro(bareDir, astroBin);
  await rm(bareDir, { recursive: true, force: true });
  const perf = (run: ChildRun) => `${(run.ms / 1000).toFixed(1)} s, ${Math.round(output.pages / (run.ms / 1000))} pages/s`;
  rows.push({
    group: 'Build',
    name: `${size.toLocaleString('en')} articles → ${output.pages.toLocaleString('en')} pages, cold`,
    figure: perf(cold),
    detail: `${(cold.ms / bare.ms).toFixed(2)}× bare Astro; peak RSS ${mb(cold.peakRss)} (largest process); ingest included`,
    target: { text: '≤ 4× bare Astro, ≤ 3 GB RSS', met: cold.ms <= 4 * bare.ms && cold.peakRss <= 3e9 },
  });
  rows.push({
    group: 'Build',
    name: `the same + 1 new article, rebuilt`,
    figure: `${(warm.ms / 1000).toFixed(1)} s`,
    detail: `incremental: ${renderedLine ? `${renderedLine[1]} of ${renderedLine[2]} pages rendered` : '?'}; ${(warm.ms / bare.ms).toFixed(2)}× bare Astro; peak RSS ${mb(warm.peakRss)}; ingest included`,
    target: { text: '≤ 60 s', met: warm.ms <= 60_000 },
  });
  // The cost of a shard should follow its own pages, not the archive: the bigger archive's shard
  // (same pages per shard) within a quarter of the smaller's time and memory, both under 3 GB.
  const [smallShard, bigShard] = shardRuns;
  for (const { articles, count, run, prepare } of shardRuns) {
    const pagesPerShard = /shard \d+\/\d+: (\d+) of (\d+) pages rendered/.exec(run.stdout);
    const scaling = run === bigShard!.run ? `; ${(run.ms / smallShard!.run.ms).toFixed(2)}× the time and ${(run.peakRss / smallShard!.run.peakRss).toFixed(2)}× the memory of the ${smallShard!.articles.toLocaleString('en')}/${smallShard!.count} shard` : '';
    rows.push({
      group: 'Build',
      name: `one shard of ${articles.toLocaleString('en')}/${count}`,
      figure: `${(run.ms / 1000).toFixed(1)} s, ${mb(run.peakRss)}`,
      detail: `${pagesPerShard ? `${pagesPerShard[1]} of ${pagesPerShard[2]} pages` : `~${Math.round(output.pages / smallShard!.count).toLocaleString('en')} pages`}; content cache restored, its own cards drawn, archive files from a folder prepared once for all shards (that job: ${(prepare.ms / 1000).toFixed(1)} s, ${mb(prepare.peakRss)})${scaling}`,
      target:
        run === bigShard!.run
          ? { text: '< 3 GB RSS; ≤ 1.25× the smaller shard', met: run.peakRss < 3e9 && run.ms <= 1.25 * smallShard!.run.ms && run.peakRss <= 1.25 * smallShard!.run.peakRss }
          : { text: '< 3 GB RSS', met: run.peakRss < 3e9 },
    });
  }
  rows.push({
    group: 'Build',
    name: `bare Astro, ${output.pages.toLocaleString('en')} trivial pages`,
    figure: perf(bare),
    detail: `peak RSS ${mb(bare.peakRss)}`,
  });
  rows.push({
    group: 'Output',
    name: `dist/ at ${size.toLocaleString('en')} articles`,
    figure: `${mb(output.bytes)}, ${output.files.toLocaleString('en')} files`,
    detail: `of which share cards ${mb(output.previewBytes)}; GitHub Pages takes 1 GB; static hosts cap files at 20,000 (Cloudflare Pages) or 100,000`,
    target: { text: '< 1 GB', met: output.bytes < 1e9 },
  });
}

// 5. Search at newsroom scale, in headless Chromium.
if (wants('search')) {
  log(`search over ${plan.searchClaims} claims in Chromium…`);
  // Without a browser the other figures still count: the search rows say why they are missing.
  const search = await benchSearch({ claims: plan.searchClaims, log }).catch((error: Error) => {
    log(`search skipped: ${error.message.split('\n')[0]}`);
    rows.push({ group: 'Search', name: `${plan.searchClaims.toLocaleString('en')} claims`, figure: 'not measured', detail: error.message.split('\n')[0]! });
    return null;
  });
  if (search !== null) {
  rows.push({
    group: 'Search',
    name: `${plan.searchClaims.toLocaleString('en')} claims, keystroke → results`,
    figure: `median ${search.keystrokes.medianMs} ms, p95 ${search.keystrokes.p95Ms} ms`,
    detail: `${search.keystrokes.samples} keystrokes over ${search.slowest.length ? 'typed queries' : 'queries'}; filters median ${search.filters.medianMs} ms`,
    target: { text: 'median < 50 ms, p95 < 100 ms', met: search.keystrokes.medianMs < 50 && search.keystrokes.p95Ms < 100 },
  });
  rows.push({
    group: 'Search',
    name: 'fetched before the first result',
    figure: `${kb(search.firstResult.gzipBytes)} gzip`,
    detail: `${search.firstResult.requests} requests, ${kb(search.firstResult.rawBytes)} raw; whole index ${kb(search.index.gzipBytes)} gzip in ${search.index.files} files (${kb(search.index.rawBytes)} raw)`,
    target: { text: '< 1.5 MB compressed', met: search.firstResult.gzipBytes < 1_500_000 },
  });
  }
}

// 6. Hostile inputs: extract time and output size against input size (bench-hostile-inputs.ts).
if (wants('hostile')) {
  const hostile = benchHostileInputs({ sizes: quick ? HOSTILE_SIZES.quick : HOSTILE_SIZES.full, log });
  rows.push(...hostile.rows);
  console.log(`\n${renderHostileTable(hostile.runs)}\n`);
}

const report: BenchReport = {
  quick,
  machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
  date: new Date().toISOString().slice(0, 10),
  minutes: (performance.now() - started) / 60_000,
  rows,
};
const markdown = renderBenchmarks(report);
console.log(`\n${markdown}`);
// A quick run checks that the benchmark works; only a full run replaces the published figures.
if (!quick && only.length === 0) await writeFile(values.out, markdown);
else console.log(`(${quick ? '--quick' : '--only'}: ${values.out} left as it was)`);

async function measureDir(dir: string): Promise<{ bytes: number; files: number; pages: number; previewBytes: number }> {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  let previewBytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    const size = (await stat(path.join(entry.parentPath, entry.name))).size;
    bytes += size;
    if (entry.name.endsWith('.html')) pages++;
    if (entry.name === 'preview.png') previewBytes += size;
  }
  return { bytes, files, pages, previewBytes };
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}

function kb(bytes: number): string {
  return `${(bytes / 1e3).toFixed(0)} kB`;
}
