// `npm run build -- --prepare --out DIR`: the archive step of a sharded build, run once for all
// shards (prepared-archive.ts says why and how a shard takes its part). The ingest first, unless
// `--no-ingest`; the folder is assembled aside and swapped in whole, like a site.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildPlan } from '../lib/build-plan/select-paths.ts';
import { buildPaths } from './build-paths.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { digestContent, preparedParts, type PreparedInfo } from './prepared-archive.ts';
import { runArchiveStep, runIngestScript } from './run-astro-build.ts';
import { prepareBuild } from './run-build.ts';
import { swapSiteIn } from './swap-site.ts';

/** Runs the ingest (unless told not to) and the archive step for the whole site into `out`, swapped in whole when done. */
export async function prepareArchive(options: { root: string; out: string; ingest: boolean; log: (line: string) => void }): Promise<void> {
  const { root, log } = options;
  const paths = buildPaths(options.out, root);
  const release = await prepareBuild(paths, log);
  try {
    const started = performance.now();
    if (options.ingest) await runIngestScript(root);
    const fingerprint = codeFingerprint(root);
    const content = digestContent();
    const parts = preparedParts(paths.staging);
    await mkdir(paths.staging, { recursive: true });
    const plan: BuildPlan = { mode: 'all', recordDir: parts.records, archive: { dir: parts.archive, summary: parts.summary, topics: parts.topics } };
    await writeFile(paths.plan, JSON.stringify(plan));
    await runArchiveStep(root, paths.plan, fingerprint);
    // Written last: a folder without it is not a prepared folder.
    const info: PreparedInfo = { version: 1, fingerprint, content };
    await writeFile(parts.info, JSON.stringify(info));
    await swapSiteIn(paths);
    log(`prepared: the archive files and the grouping for every shard, in ${path.relative(root, options.out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await rm(paths.work, { recursive: true, force: true }).catch(() => undefined);
    release();
  }
}
