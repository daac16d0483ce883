// `npm run build`: ingest, then build the whole site into dist/, rendering again only the pages
// whose inputs changed when the last build's output can be reused, and swapping the finished
// site in whole. Also one shard of a sharded build (merge-shards.ts assembles the shards).
import { existsSync, statSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { shardOf, type BuildPlan } from '../lib/build-plan/select-paths.ts';
import { siteConfig } from '../lib/site-config.ts';
import { checkAndExtendLedger } from '../integrations/permalink-ledger.ts';
import { acquireBuildLock } from './build-lock.ts';
import { readBuildManifest, whyNotReusable, writeBuildManifest, type BuildManifest } from './build-manifest.ts';
import { buildPaths, type BuildPaths } from './build-paths.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { readRouteRecords } from './read-route-records.ts';
import { runArchiveStep, runAstroBuild, runIngestScript } from './run-astro-build.ts';
import { forEachLimited, linkTreeInWorker, listTree, listTreeSizes, moveFile, removeFiles } from './site-files.ts';
import { emptyTrash, recoverInterruptedSwap, swapSiteIn } from './swap-site.ts';
import { takePreparedArchive } from './prepared-archive.ts';
import { writeFileAtomic } from '../util/write-file-atomic.ts';
import { pagePathsOf, writeSitemap } from './write-sitemap.ts';

/** How `npm run build` was asked to run. */
export interface BuildOptions {
  /** The project folder (where astro.config.mjs is). */
  root: string;
  /** The site folder to write (dist/), or a shard's folder. */
  dist: string;
  /** Run the ingest first (the default of `npm run build`). */
  ingest: boolean;
  /** Render every page even when the last build could be reused. */
  full: boolean;
  /** Build one shard only (0-based index). */
  shard?: { index: number; count: number };
  /** A shard takes the archive files and grouping from this folder (prepare-archive.ts) instead of running the archive step. */
  prepared?: string;
  /** Progress lines. */
  log: (line: string) => void;
}

/** What a shard folder holds besides its pages (`site/`): which shard it is and every page's digest. */
export interface ShardInfo {
  shard: { index: number; count: number };
  fingerprint: string;
  pages: Record<string, string>;
}

/** The name of a shard folder's description file. */
export const SHARD_INFO = 'shard.json';

/** Seconds since `started`, for progress lines. */
const since = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** Takes the lock, puts back a site a killed build left aside, and empties the work folder; returns the lock's release. */
export async function prepareBuild(paths: BuildPaths, log: (line: string) => void): Promise<() => void> {
  const releaseSite = acquireBuildLock(paths.lock, `${path.basename(paths.dist)}/`);
  // Astro's content store is one file per cache folder: builds of other site folders (shards on
  // one machine) may run at once only with caches of their own.
  const cache = process.env['RECOUNT_CACHE_DIR'] ?? path.join(process.cwd(), 'node_modules', '.astro');
  let releaseCache: () => void;
  try {
    releaseCache = acquireBuildLock(path.join(cache, 'recount-build.lock'), `the build cache ${path.relative(process.cwd(), cache) || '.'} (builds at once need their own RECOUNT_CACHE_DIR)`);
  } catch (error) {
    releaseSite();
    throw error;
  }
  const release = () => {
    releaseCache();
    releaseSite();
  };
  try {
    const recovered = await recoverInterruptedSwap(paths, readBuildManifest(paths.manifest));
    if (recovered !== null) log(recovered);
    await rm(paths.work, { recursive: true, force: true });
    await rm(paths.astroOut, { recursive: true, force: true });
    await mkdir(paths.work, { recursive: true });
    await emptyTrash(paths);
    return release;
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Hard-links every file of the previous site into `staging`. An incremental build starts this
 * beside Astro's run, in a worker thread: of a 200,000-file site it is ~13 s of system calls
 * that no longer wait for the pages. Never rejects; resolves to the error, if any.
 */
function linkPreviousSite(paths: BuildPaths, previous: BuildManifest): Promise<unknown> {
  return linkTreeInWorker(paths.dist, paths.staging, Object.keys(previous.files)).then(
    () => null,
    (error: unknown) => error ?? new Error('linking the previous site failed'),
  );
}

/**
 * Turns `staging`, holding the previous site's files (`linked`), into the new site: the pages
 * Astro rendered move in over them, and files of the previous site that are neither kept nor
 * rendered go. Returns the counts and every file of the new site with its size (the kept ones'
 * from the manifest: hard links of unchanged files).
 */
async function assembleChanged(paths: BuildPaths, previous: BuildManifest, pages: Record<string, string>, linked: Promise<unknown>): Promise<{ kept: number; rendered: number; files: Record<string, number> }> {
  const rendered = await listTree(paths.astroOut);
  const renderedSet = new Set(rendered);
  const kept = Object.keys(pages).filter((file) => previous.pages[file] === pages[file] && !renderedSet.has(file) && previous.files[file] !== undefined);
  const keptSet = new Set(kept);
  const missing = Object.keys(pages).filter((file) => !keptSet.has(file) && !renderedSet.has(file));
  if (missing.length > 0) throw new Error(`The incremental build lost ${missing.length} page(s), e.g. ${missing[0]}; build again with --full and report this as a bug.`);
  const linkError = await linked;
  if (linkError !== null) throw linkError;
  await forEachLimited(rendered, (file) => moveFile(path.join(paths.astroOut, file), path.join(paths.staging, file)));
  await removeFiles(paths.staging, Object.keys(previous.files).filter((file) => !keptSet.has(file) && !renderedSet.has(file)));
  const files: Record<string, number> = {};
  for (const file of kept) files[file] = previous.files[file]!;
  for (const file of rendered) files[file] = statSync(path.join(paths.staging, file)).size;
  return { kept: kept.length, rendered: Object.keys(pages).length - kept.length, files };
}

/** Moves a folder; file by file when it is on another disk than its destination. */
async function moveTree(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await forEachLimited(await listTree(from), (file) => moveFile(path.join(from, file), path.join(to, file)));
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * Sitemap, ledger check, manifest, swap: the steps every finished site goes through before it is
 * published. `known` is every file of the staged site with its size when the caller knows them
 * (an incremental build does); otherwise the staged tree is walked.
 */
export async function publishSite(paths: BuildPaths, fingerprint: string, pages: Record<string, string>, log: (line: string) => void, known?: Record<string, number>): Promise<void> {
  const files = known ?? (await listTreeSizes(paths.staging));
  const sitemap = await writeSitemap(paths.staging, siteConfig.url, siteConfig.base, pagePathsOf(Object.keys(files)));
  Object.assign(files, sitemap.files);
  log(`sitemap: ${sitemap.pages} pages`);
  const ledgerLine = await checkAndExtendLedger(paths.staging, new Set(Object.keys(files)));
  if (ledgerLine !== null) log(ledgerLine);
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const siteInode = (await stat(paths.staging)).ino;
  await writeBuildManifest(paths.manifest, { version: 1, fingerprint, siteInode, pages, files: sorted });
  await swapSiteIn(paths);
}

/** Builds the site (or one shard) as the options say. */
export async function runBuild(options: BuildOptions): Promise<void> {
  const { root, log } = options;
  const paths = buildPaths(options.dist, root);
  const release = await prepareBuild(paths, log);
  let linked: Promise<unknown> | null = null;
  try {
    const started = performance.now();
    const fingerprint = codeFingerprint(root);

    // 1. Decide what to render: one shard, the changed pages, or all. Whether the last build can
    // be reused is judged while the ingest runs and Astro starts (it reads a large manifest and
    // stats every file of the site; neither touches them): at 10,000 articles the judging takes
    // a few seconds longer than the ingest.
    let previous: BuildManifest | null = null;
    let planned: Promise<void>;
    // The /data/ tables and the search index are written by a process of their own (write-archive-files.ts).
    const archive = { dir: paths.archive, summary: paths.archiveSummary, topics: paths.archiveTopics };
    if (options.shard !== undefined) {
      if (options.ingest) await runIngestScript(root);
      const plan: BuildPlan = { mode: 'shard', shard: options.shard, recordDir: paths.records, outDir: paths.astroOut, archive };
      log(`build: shard ${options.shard.index + 1} of ${options.shard.count}${options.prepared === undefined ? '' : `, its archive files from ${path.relative(root, options.prepared) || '.'}`}`);
      await writeFile(paths.plan, JSON.stringify(plan));
      planned = Promise.resolve();
    } else {
      const ingesting = options.ingest ? runIngestScript(root) : null; // started first: the judging below blocks
      const judging = (async () => {
        previous = readBuildManifest(paths.manifest);
        return options.full ? 'asked for a full build' : await whyNotReusable(previous, paths.dist, fingerprint);
      })();
      // Astro starts once the entries are written; the plan follows when the judging ends (its
      // routes wait for it: see select-paths.ts), and with it the linking of the previous site.
      let failed = false;
      planned = judging.then(async (why) => {
        if (failed) return;
        let plan: BuildPlan;
        if (why === null) {
          plan = { mode: 'changed', previous: previous!.pages, recordDir: paths.records, outDir: paths.astroOut, archive };
          log('build: incremental (only pages whose inputs changed are rendered)');
          linked = linkPreviousSite(paths, previous!);
        } else {
          plan = { mode: 'all', recordDir: paths.records, outDir: paths.astroOut, archive };
          previous = null;
          log(`build: full (${why})`);
        }
        await writeFileAtomic(paths.plan, JSON.stringify(plan));
      });
      try {
        await ingesting;
      } catch (error) {
        failed = true;
        await planned.catch(() => undefined);
        throw error;
      }
    }

    // 2. Render with Astro into the work folder, and write the archive files beside it (on the
    //    other core). Either failing stops the other.
    const rendering = performance.now();
    const stop = new AbortController();
    const astro = runAstroBuild(root, paths.astroOut, paths.plan, stop.signal);
    // A shard with a prepared folder takes its archive files from there instead.
    const archiving =
      options.prepared !== undefined && options.shard !== undefined
        ? takePreparedArchive(options.prepared, fingerprint, paths, options.shard)
        : runArchiveStep(root, paths.plan, fingerprint, stop.signal);
    const children = [astro, archiving];
    // The first to fail says why; the other, stopped because of it, fails after it.
    let failure: { error: unknown } | null = null;
    for (const child of children) {
      child.catch((error: unknown) => {
        failure ??= { error };
        stop.abort();
      });
    }
    try {
      await planned;
    } catch (error) {
      // A build that cannot plan stops Astro and the archive step (waiting for the plan) before it fails.
      stop.abort();
      await Promise.allSettled(children);
      throw error;
    }
    await Promise.allSettled(children);
    if (failure !== null) throw (failure as { error: unknown }).error;
    if (existsSync(paths.archive)) await forEachLimited(await listTree(paths.archive), (file) => moveFile(path.join(paths.archive, file), path.join(paths.astroOut, file)));
    log(`astro build: ${since(rendering)}`);
    const pages = await readRouteRecords(paths.records);

    // 3. Assemble the complete new site (or shard) beside the old one, then swap it in.
    const assembling = performance.now();
    if (options.shard !== undefined) {
      await mkdir(paths.staging, { recursive: true });
      await moveTree(paths.astroOut, path.join(paths.staging, 'site'));
      const info: ShardInfo = { shard: options.shard, fingerprint, pages };
      await writeFile(path.join(paths.staging, SHARD_INFO), JSON.stringify(info));
      await swapSiteIn(paths);
      const { index, count } = options.shard;
      const files = Object.keys(pages);
      log(`shard ${index + 1}/${count}: ${files.filter((file) => shardOf(file, count) === index).length} of ${files.length} pages rendered (and the static pages)`);
      log(`shard ${options.shard.index + 1}/${options.shard.count} written to ${path.relative(root, paths.dist) || '.'} in ${since(started)}`);
      return;
    }
    let files: Record<string, number> | undefined;
    if (linked === null) {
      await moveTree(paths.astroOut, paths.staging);
    } else {
      const assembled = await assembleChanged(paths, previous!, pages, linked);
      files = assembled.files;
      log(`assembled: ${assembled.rendered} of ${assembled.rendered + assembled.kept} pages rendered, ${assembled.kept} kept from the last build (${since(assembling)})`);
    }
    await publishSite(paths, fingerprint, pages, log, files);
    log(`build: ${path.relative(root, paths.dist) || '.'} complete in ${since(started)}`);
  } finally {
    await linked; // a failed build's work folder is emptied only once nothing writes into it
    if (existsSync(paths.work)) await rm(paths.work, { recursive: true, force: true }).catch(() => undefined);
    if (existsSync(paths.astroOut)) await rm(paths.astroOut, { recursive: true, force: true }).catch(() => undefined);
    release();
  }
}
