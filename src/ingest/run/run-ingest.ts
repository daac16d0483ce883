// The ingest of a whole folder: which sources are new, changed, unchanged, duplicated or gone;
// ingesting the ones that need it (on worker threads when there are many); writing every entry
// atomically under a lock; and remembering what was done in the manifest.
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { hashSource } from '../pipeline/ingest-article.ts';
import { holdIngestLock } from './hold-ingest-lock.ts';
import { fingerprintPipeline, readManifest, writeManifest, type Manifest } from './ingest-manifest.ts';
import { ingestFile, type FileResult } from './ingest-file.ts';
import { listSources, type SourceFile } from './list-sources.ts';
import { runInWorkers } from '../../util/run-in-workers.ts';
import { removeLeftoverTemporaries } from '../../util/write-file-atomic.ts';

/** Below this many sources to ingest, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

export interface IngestOptions {
  sourcesDir: string;
  outDir: string;
  /** Worker threads to use; 1 ingests on the main thread. Defaults to the number of cores. */
  jobs?: number;
  /** Called as each source is settled, for progress output. */
  onEvent?: (event: IngestEvent, done: number, total: number) => void;
  /** Called once with a line to show when another ingest holds the folder's lock (default: standard error). */
  onWaitForLock?: (line: string) => void;
}

/** What happened to one source, or to one stale entry. */
export type IngestEvent =
  | { type: 'ingested'; file: string; entry: string; claims: number; warnings: string[]; isNew: boolean }
  | { type: 'unchanged'; file: string }
  | { type: 'duplicate'; file: string; of: string }
  | { type: 'error'; file: string; message: string }
  | { type: 'skipped'; file: string; reason: string }
  | { type: 'removed'; entry: string };

export interface IngestReport {
  events: IngestEvent[];
  /** Sources examined. */
  total: number;
}

/** Ingests every source in `sourcesDir` that is new or changed into `outDir`. */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const { outDir } = options;
  await mkdir(outDir, { recursive: true });
  // One ingest per folder: a second one waits, saying so, while the first one's process lives.
  const release = await holdIngestLock(outDir, { onWait: options.onWaitForLock ?? ((line) => console.error(line)) });
  try {
    return await ingestLocked(options);
  } finally {
    await release().catch(() => undefined);
  }
}

async function ingestLocked({ sourcesDir, outDir, jobs, onEvent }: IngestOptions): Promise<IngestReport> {
  // Temporary files of a killed ingest (writes are atomic: a temporary file, then a rename).
  await removeLeftoverTemporaries(outDir);
  const { sources, errors, skipped } = await listSources(sourcesDir);
  const pipeline = await fingerprintPipeline();
  const previous = await readManifest(outDir);
  const known = previous && previous.pipeline === pipeline ? previous.sources : {};
  const manifest: Manifest = { pipeline, sources: {} };
  const events: IngestEvent[] = [];
  const total = sources.length + errors.length + skipped.length;
  let done = 0; // events that count towards `total` (removals do not); a counter, not a filter per event
  const emit = (event: IngestEvent) => {
    events.push(event);
    if (event.type !== 'removed') done++;
    onEvent?.(event, done, total);
  };
  for (const error of errors) emit({ type: 'error', file: error.file, message: error.message });
  for (const { file, reason } of skipped) emit({ type: 'skipped', file, reason });

  // 1. Hash what changed; a source with the size and time it had last time is taken as unchanged.
  //    Synchronous calls, as in ingestFile: for thousands of small files the promise-based ones
  //    cost several times the CPU.
  const existing = new Set((await readdir(outDir)).filter((name) => name.endsWith('.md')));
  const hashed: { source: SourceFile; hash: string; size: number; mtimeMs: number }[] = [];
  for (const source of sources) {
    const info = statSync(source.absolute);
    const before = known[source.name];
    let hash = before?.hash;
    if (!before || before.size !== info.size || before.mtimeMs !== info.mtimeMs) hash = hashSource(readFileSync(source.absolute));
    hashed.push({ source, hash: hash!, size: info.size, mtimeMs: info.mtimeMs });
  }

  // 2. The same text under two names is one article: the one whose entry exists keeps it (so a
  //    published article keeps its URL), else the first by name. Both are in the content tree
  //    a checkout has, never in the git-ignored manifest, so every checkout decides the same.
  const owners = new Map<string, SourceFile>();
  const hasEntry = (item: (typeof hashed)[number]) => existing.has(`${item.source.articleId}.md`);
  const byPrecedence = [...hashed].sort((a, b) => Number(!hasEntry(a)) - Number(!hasEntry(b)));
  for (const item of byPrecedence) if (!owners.has(item.hash)) owners.set(item.hash, item.source);

  const toIngest: typeof hashed = [];
  for (const item of hashed) {
    const owner = owners.get(item.hash)!;
    if (owner !== item.source) {
      emit({ type: 'duplicate', file: item.source.display, of: owner.display });
      continue;
    }
    const before = known[item.source.name];
    if (before && before.hash === item.hash && existing.has(`${item.source.articleId}.md`)) {
      manifest.sources[item.source.name] = { hash: item.hash, articleId: item.source.articleId, size: item.size, mtimeMs: item.mtimeMs };
      emit({ type: 'unchanged', file: item.source.display });
      continue;
    }
    toIngest.push(item);
  }

  // 3. Ingest: each worker reads, extracts, validates and writes one entry at a time.
  const crashAfter = Number(process.env['RECOUNT_INGEST_CRASH_AFTER'] ?? 'NaN');
  let written = 0;
  let sinceManifest = 0;
  const settle = async (item: (typeof hashed)[number], result: FileResult) => {
    if (result.ok) {
      manifest.sources[item.source.name] = { hash: item.hash, articleId: item.source.articleId, size: item.size, mtimeMs: item.mtimeMs };
      emit({ type: 'ingested', file: item.source.display, entry: result.entry, claims: result.claims, warnings: result.warnings, isNew: !(item.source.name in known) });
      written++;
      // Fault injection for the crash-safety tests: die like `kill -9` right after a write.
      if (written === crashAfter) process.kill(process.pid, 'SIGKILL');
      if (++sinceManifest >= 500) {
        sinceManifest = 0;
        await writeManifest(outDir, { pipeline, sources: { ...known, ...manifest.sources } });
      }
    } else {
      // A source that fails keeps its last good entry: a bad edit must not unpublish an article.
      const before = known[item.source.name];
      if (before) manifest.sources[item.source.name] = before;
      emit({ type: 'error', file: item.source.display, message: result.message });
    }
  };
  const tasks = toIngest.map((item) => ({ absolute: item.source.absolute, display: item.source.display, stored: item.source.stored, articleId: item.source.articleId, format: item.source.format, outDir }));
  const threads = Math.max(1, Math.min(jobs ?? availableParallelism(), tasks.length));
  if (threads > 1 && tasks.length >= MIN_FILES_FOR_WORKERS) {
    await runInWorkers<(typeof tasks)[number], FileResult>(new URL('./ingest-worker.ts', import.meta.url), tasks, {
      threads,
      onResult: (index, result) => settle(toIngest[index]!, result),
    });
  } else {
    // One file after another on the main thread, in name order (ingestFile reads and writes
    // synchronously: there is no waiting to overlap).
    for (let index = 0; index < tasks.length; index++) await settle(toIngest[index]!, await ingestFile(tasks[index]!));
  }

  // 4. Entries whose source is gone (or is now a duplicate) are removed; the permalink ledger
  //    keeps their URLs answering.
  const wanted = new Set(Object.values(manifest.sources).map((entry) => `${entry.articleId}.md`));
  for (const item of hashed) wanted.add(`${item.source.articleId}.md`);
  for (const item of hashed) if (owners.get(item.hash) !== item.source) wanted.delete(`${item.source.articleId}.md`);
  for (const name of [...existing].sort()) {
    if (wanted.has(name)) continue;
    await rm(path.join(outDir, name), { force: true });
    emit({ type: 'removed', entry: path.join(outDir, name) });
  }

  await writeManifest(outDir, manifest);
  return { events, total };
}
