// The last step of a sharded build: the shards' folders (from one machine or from N CI jobs) are
// checked and assembled into dist/, which is then published like any build (sitemap, permalink
// ledger, manifest for the next incremental build, swap). Checks: every shard present once and
// built from the same code, every page in exactly the shard it belongs to, the pages shared by
// all shards (home, indexes, feed, assets) the same bytes in each, no broken links.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { shardOf } from '../lib/build-plan/select-paths.ts';
import { siteConfig } from '../lib/site-config.ts';
import { buildPaths } from './build-paths.ts';
import { findBrokenLinks } from './check-links.ts';
import { prepareBuild, publishSite, SHARD_INFO, type ShardInfo } from './run-build.ts';
import { linkTreeSync } from './link-tree.ts';
import { forEachLimited, listTree } from './site-files.ts';
import { writeSitemap } from './write-sitemap.ts';

/** Thrown when the shards do not add up to one site; the message says how. */
export class ShardMergeError extends Error {}

/** Hash of a file's bytes. */
async function hashFile(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** Checks the shard folders and assembles them into `dist`; returns the number of files. */
export async function mergeShards(options: { root: string; dist: string; shards: readonly string[]; log: (line: string) => void }): Promise<number> {
  const { log } = options;
  const paths = buildPaths(options.dist, options.root);
  const release = await prepareBuild(paths, log);
  try {
    const shards = await Promise.all(
      options.shards.map(async (dir) => {
        const info = JSON.parse(await readFile(path.join(dir, SHARD_INFO), 'utf8').catch(() => 'null')) as ShardInfo | null;
        if (info === null) throw new ShardMergeError(`${dir}: not a shard folder (no ${SHARD_INFO}); build it with npm run build -- --shard I/N --out ${dir}`);
        return { dir, site: path.join(dir, 'site'), info, files: await listTree(path.join(dir, 'site')) };
      }),
    );
    // 1. One of each shard, same code, same page list.
    const count = shards[0]?.info.shard.count ?? 0;
    const seen = new Set(shards.map((shard) => shard.info.shard.index));
    if (shards.some((shard) => shard.info.shard.count !== count) || seen.size !== shards.length || seen.size !== count) {
      throw new ShardMergeError(`Expected shards 1..${count} once each; got ${shards.map((shard) => `${shard.info.shard.index + 1}/${shard.info.shard.count}`).join(', ')}.`);
    }
    shards.sort((a, b) => a.info.shard.index - b.info.shard.index);
    const first = shards[0]!;
    for (const shard of shards) {
      if (shard.info.fingerprint !== first.info.fingerprint) throw new ShardMergeError(`${shard.dir} was built from other code, settings or dependencies than ${first.dir}; rebuild all shards from one commit.`);
      // The same pages (each shard digests only its own, so only the lists are compared).
      if (Object.keys(shard.info.pages).join('\n') !== Object.keys(first.info.pages).join('\n')) throw new ShardMergeError(`${shard.dir} saw other content than ${first.dir} (its page list differs); rebuild all shards from one content tree.`);
    }
    // Each shard digested only its own pages: the site's manifest takes each page's from its shard.
    const pages = Object.fromEntries(Object.keys(first.info.pages).map((file) => [file, shards[shardOf(file, count)]!.info.pages[file]!]));

    // 2. Every page exactly once, from its own shard; everything else the same in every shard.
    const problems: string[] = [];
    for (const shard of shards) {
      const own = new Set(shard.files);
      for (const file of Object.keys(pages)) {
        const belongs = shardOf(file, count) === shard.info.shard.index;
        if (belongs !== own.has(file)) problems.push(`${file} ${belongs ? 'missing from' : 'also built by'} shard ${shard.info.shard.index + 1}`);
      }
    }
    const shared = first.files.filter((file) => pages[file] === undefined);
    const sharedHashes = new Map<string, string>();
    await forEachLimited(shared, async (file) => void sharedHashes.set(file, await hashFile(path.join(first.site, file))));
    for (const shard of shards.slice(1)) {
      const theirs = shard.files.filter((file) => pages[file] === undefined);
      if (theirs.join('\n') !== shared.join('\n')) problems.push(`shard ${shard.info.shard.index + 1} has other shared files than shard 1`);
      await forEachLimited(theirs, async (file) => {
        if (sharedHashes.has(file) && (await hashFile(path.join(shard.site, file))) !== sharedHashes.get(file)) problems.push(`${file} differs between shard 1 and shard ${shard.info.shard.index + 1}`);
      });
    }
    if (problems.length > 0) throw new ShardMergeError(`The shards do not make one site (${problems.length} problem(s)): ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}`);

    // 3. Assemble, check the links, publish.
    linkTreeSync(first.site, paths.staging, shared);
    for (const shard of shards) linkTreeSync(shard.site, paths.staging, shard.files.filter((file) => pages[file] !== undefined));
    await writeSitemap(paths.staging, siteConfig.url, siteConfig.base);
    const files = await listTree(paths.staging);
    const broken = await findBrokenLinks(paths.staging, files, siteConfig.base);
    if (broken.length > 0) throw new ShardMergeError(`${broken.length}${broken.length >= 20 ? '+' : ''} broken link(s) in the merged site, e.g. ${broken.slice(0, 3).join(', ')}`);
    log(`merge: ${count} shards, ${Object.keys(pages).length} pages, ${files.length} files, links checked`);
    await publishSite(paths, first.info.fingerprint, pages, log);
    return files.length;
  } finally {
    await rm(paths.work, { recursive: true, force: true }).catch(() => undefined);
    release();
  }
}
