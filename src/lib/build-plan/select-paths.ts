// Which of a route's pages this build renders. `npm run build` (src/build/) hands Astro a plan
// through an environment variable: render every page, only the pages whose inputs changed since
// the last build, or one shard's pages. Each route's getStaticPaths passes its full list here;
// every page's digest is recorded (the next build compares against it) and the chosen ones are
// returned. Without a plan (`astro dev`, a bare `astro build`) every page is rendered.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { digestValue } from './digest-value.ts';

/** The environment variable naming the plan file of the running build. */
export const BUILD_PLAN_ENV = 'RECOUNT_BUILD_PLAN';

/** What `npm run build` asks of the Astro build. */
export interface BuildPlan {
  /** `all`: every page; `changed`: pages whose digest differs from `previous`; `shard`: pages of one shard. */
  mode: 'all' | 'changed' | 'shard';
  /** Digest of every page file of the previous build, by file (mode `changed`). */
  previous?: Record<string, string>;
  /** This build's shard, 0-based (mode `shard`). */
  shard?: { index: number; count: number };
  /** Folder where each route records its pages and their digests. */
  recordDir: string;
  /** Astro's output folder for this build. */
  outDir?: string;
  /**
   * Set when the archive step (src/build/write-archive-files.ts) writes the archive files (the
   * /data/ tables and the search index) in a process of its own: their routes then leave them
   * out, the search page reads what it needs of the index from `summary`, and the site index
   * takes its comparisons from the grouping packed in `topics` (pack-topics.ts).
   */
  archive?: { dir: string; summary: string; topics: string };
}

/** What a route records: every page file it has, with its digest, whether rendered this time or not (a shard: '' for other shards' pages). */
export interface RouteRecord {
  pattern: string;
  pages: Record<string, string>;
}

/** A getStaticPaths entry. */
interface PathEntry {
  params: Record<string, string | number | undefined>;
  props?: unknown;
}

let plan: BuildPlan | null | undefined;

/** The running build's plan, read once; null without one. */
function readPlan(): BuildPlan | null {
  if (plan === undefined) {
    const file = process.env[BUILD_PLAN_ENV];
    plan = file ? (JSON.parse(waitForFile(file)) as BuildPlan) : null;
  }
  return plan;
}

/** Where the archive step of this build writes, when one does (see BuildPlan); null otherwise. */
export function plannedArchive(): NonNullable<BuildPlan['archive']> | null {
  return readPlan()?.archive ?? null;
}

/** How long a route waits for the build script to write the plan, or the archive step its summary or topics. */
const PLAN_WAIT_MS = 10 * 60_000;

/**
 * A file's text, once another process has written it (atomically): the plan, or the archive
 * step's summary for the search page and its grouping of the claims. `npm run build` starts Astro as soon as the ingest is done
 * and writes the plan when it has judged whether the last build can be reused (at 10,000
 * articles reading its manifest and checking every file of dist/ takes longer than the ingest);
 * Astro's start and content sync run meanwhile, and the first route waits here, blocking, as it
 * has nothing to do without the plan.
 */
export function waitForFile(file: string): string {
  const deadline = Date.now() + PLAN_WAIT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (Date.now() > deadline) throw new Error(`${file} was never written; run npm run build again.`);
    }
    Atomics.wait(pause, 0, 0, 20);
  }
}

/** Writes the chosen pages of a route whose pages are finished text already into `dir`, at their page files. */
export function writeChosenFiles<T extends PathEntry>(dir: string, pattern: string, chosen: readonly T[], contentOf: (entry: T) => string): void {
  for (const entry of chosen) {
    const file = path.join(dir, pageFile(pattern, entry.params));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contentOf(entry));
  }
}

/** The shard (0-based, of `count`) a page file belongs to: by a hash of its path, so it never depends on the archive's size. */
export function shardOf(file: string, count: number): number {
  return createHash('sha1').update(file).digest().readUInt32BE(0) % count;
}

/** The file a route pattern (`/claims/[id]/`, `/search/index/[file].json`) writes for some params. */
export function pageFile(pattern: string, params: PathEntry['params']): string {
  const filled = pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => String(params[name] ?? ''));
  const relative = filled.replace(/^\//, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * The entries of a route that this build renders, in their order. `pattern` is the route's
 * URL pattern; `inputsOf` names inputs a page reads besides its props (a file's body, say), so
 * that its digest covers everything the page is made from.
 */
export function selectPaths<T extends PathEntry>(pattern: string, entries: readonly T[], inputsOf?: (entry: T) => unknown): T[] {
  const current = readPlan();
  if (current === null) return [...entries];
  const pages: Record<string, string> = {};
  const chosen: T[] = [];
  for (const entry of entries) {
    const file = pageFile(pattern, entry.params);
    if (pages[file] !== undefined) throw new Error(`${pattern}: two pages write ${file}; each page needs its own params.`);
    // A shard digests only its own pages (the merge takes each page's digest from its shard):
    // digesting every page of the archive in every shard was a cost that followed the archive.
    const own = current.mode !== 'shard' || (current.shard !== undefined && shardOf(file, current.shard.count) === current.shard.index);
    const digest = own ? digestValue([pattern, entry.params, entry.props ?? null, inputsOf ? inputsOf(entry) : null]) : '';
    pages[file] = digest;
    const keep = current.mode === 'changed' ? current.previous?.[file] !== digest : own;
    if (keep) chosen.push(entry);
  }
  mkdirSync(current.recordDir, { recursive: true });
  const record: RouteRecord = { pattern, pages };
  const name = createHash('sha1').update(pattern).digest('hex').slice(0, 12);
  writeFileSync(path.join(current.recordDir, `${name}.json`), JSON.stringify(record));
  return chosen;
}
