// npm run build [-- --full] [-- --shard I/N --out DIR [--prepared DIR]] [-- --prepare --out DIR]
//               [-- --merge DIR...] [-- --no-ingest]
// Ingest, then build the whole site into dist/. The new site is assembled beside the old one and
// swapped in whole; when the last build's dist/ can be reused, only pages whose inputs changed
// are rendered (src/build/run-build.ts). Sharded: one job may `--prepare` the archive files and
// the grouping for all shards (src/build/prepare-archive.ts), each of N jobs builds `--shard I/N`
// (with `--prepared` that folder), then `--merge` checks the shard folders and assembles dist/
// (docs/ci/github-actions-shards.yml).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BuildLockedError } from '../src/build/build-lock.ts';
import { mergeShards, ShardMergeError } from '../src/build/merge-shards.ts';
import { prepareArchive } from '../src/build/prepare-archive.ts';
import { runBuild } from '../src/build/run-build.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    full: { type: 'boolean', default: false },
    'no-ingest': { type: 'boolean', default: false },
    shard: { type: 'string' },
    out: { type: 'string' },
    merge: { type: 'boolean', default: false },
    prepare: { type: 'boolean', default: false },
    prepared: { type: 'string' },
  },
});

// 1. Read the options.
const root = process.cwd();
const log = (line: string) => console.log(`[build] ${line}`);
const shardMatch = values.shard === undefined ? null : /^(\d+)\/(\d+)$/.exec(values.shard);
const shard = shardMatch === null ? undefined : { index: Number(shardMatch[1]) - 1, count: Number(shardMatch[2]) };

try {
  if (values.shard !== undefined && (shard === undefined || shard.count < 1 || shard.index < 0 || shard.index >= shard.count)) {
    throw new BuildLockedError(`--shard takes I/N with 1 ≤ I ≤ N (got "${values.shard}"), e.g. --shard 2/4`);
  }
  if (values.prepared !== undefined && shard === undefined) throw new BuildLockedError('--prepared goes with --shard I/N: a shard takes its archive files from the prepared folder');
  if (values.prepare) {
    // 2a. The archive files and grouping, once for every shard.
    if (values.shard !== undefined || values.merge) throw new BuildLockedError('--prepare runs on its own, before the shards: npm run build -- --prepare --out prepared');
    await prepareArchive({ root, out: path.resolve(values.out ?? 'prepared'), ingest: !values['no-ingest'], log });
  } else if (values.merge) {
    // 2b. Merge shard folders into dist/.
    if (positionals.length === 0) throw new BuildLockedError('--merge takes the shard folders, e.g. npm run build -- --merge shards/*');
    await mergeShards({ root, dist: path.resolve(values.out ?? 'dist'), shards: positionals.map((dir) => path.resolve(dir)), log });
  } else {
    // 2c. Build the site, or one shard of it.
    const dist = path.resolve(values.out ?? (shard === undefined ? 'dist' : `shards/${shard.index + 1}`));
    await runBuild({ root, dist, ingest: !values['no-ingest'], full: values.full, ...(shard ? { shard } : {}), ...(values.prepared === undefined ? {} : { prepared: path.resolve(values.prepared) }), log });
  }
} catch (error) {
  // Expected failures are one line; anything else keeps its stack for the bug report.
  const expected = error instanceof BuildLockedError || error instanceof ShardMergeError || (error instanceof Error && !(error instanceof TypeError) && !(error instanceof RangeError));
  console.error(expected ? (error as Error).message : error);
  process.exitCode = 1;
}
