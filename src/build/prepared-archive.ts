// The archive step done once for every shard of a sharded build. Each shard used to run it for
// itself: it reads every entry, groups every claim and indexes every claim for search, so a
// shard's time and peak memory followed the archive, not its own pages (at 20,000 articles the
// step peaked at 2.9 GB in each of 8 shards, against 1.9 GB at 10,000). Now one job runs it
// (`npm run build -- --prepare --out prepared`), and every shard takes from its folder the
// grouping its pages describe their comparisons from, the search page's summary, and the data
// tables and search index files that fall to that shard (`--shard I/N --prepared prepared`),
// with the digests the step recorded for them (checked and linked while Astro starts, on the
// other core). The merged site is the same bytes either way.
// This module is the shard's side and the content check both sides share; prepare-archive.ts
// writes the folder.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentPath, entryFileNames } from '../content-dir.ts';
import { shardOf, type RouteRecord } from '../lib/build-plan/select-paths.ts';
import { ledgerPath } from '../lib/read-ledger.ts';
import { topicEditsPath } from '../lib/read-topic-edits.ts';
import { BuildLockedError } from './build-lock.ts';
import type { BuildPaths } from './build-paths.ts';
import { linkTreeSync } from './link-tree.ts';
import { linkOrCopy } from '../util/link-or-copy.ts';

/** The description file of a prepared folder: what it was made from. */
export const PREPARED_INFO = 'prepared.json';

/** What a prepared folder was made from; a shard takes it only when both match its own. */
export interface PreparedInfo {
  version: 1;
  /** The code fingerprint (code-fingerprint.ts) of the build that wrote it. */
  fingerprint: string;
  /** digestContent() of the content it was made from. */
  content: string;
}

/** Where the parts of a prepared folder live. */
export function preparedParts(dir: string) {
  return {
    info: path.join(dir, PREPARED_INFO),
    archive: path.join(dir, 'archive'),
    summary: path.join(dir, 'archive-summary.json'),
    topics: path.join(dir, 'archive-topics.json'),
    records: path.join(dir, 'records'),
  };
}

/**
 * A digest of every content file the site index reads (site-index.ts): the articles' and
 * reviews' entries, the editors' topic decisions and the permalink ledger. The same digest and
 * the same code make the same archive files and the same grouping.
 */
export function digestContent(): string {
  const hash = createHash('sha256');
  const add = (name: string, bytes: Buffer | null) => {
    hash.update(`${name}\0${bytes === null ? -1 : bytes.length}\0`);
    if (bytes !== null) hash.update(bytes);
  };
  for (const collection of ['articles', 'reviews']) {
    const dir = contentPath(collection);
    // The files read-content-entries.ts reads, in its order.
    for (const name of entryFileNames(dir)) add(`${collection}/${name}`, readFileSync(path.join(dir, name)));
  }
  for (const file of [topicEditsPath(), ledgerPath()]) add(path.basename(file), existsSync(file) ? readFileSync(file) : null);
  return hash.digest('base64url');
}

/**
 * Gives a shard build its part of a prepared folder, while Astro starts: checks that the folder
 * was made from this code and this content (one line saying which, and what to run, when not),
 * links the archive files that fall to this shard into the build's archive folder, records the
 * archive routes' pages as the archive step does in a shard (this shard's digests, '' for the
 * others'), and last links the search summary and the grouping where the plan says, which
 * Astro's pages wait for (select-paths.ts): they never read a folder that failed the checks.
 */
export async function takePreparedArchive(dir: string, fingerprint: string, paths: BuildPaths, shard: { index: number; count: number }): Promise<void> {
  const parts = preparedParts(dir);
  const shown = path.relative(process.cwd(), dir) || '.';
  const info = JSON.parse(await readFile(parts.info, 'utf8').catch(() => 'null')) as PreparedInfo | null;
  if (info === null || info.version !== 1) throw new BuildLockedError(`${shown}: not a prepared folder (no ${PREPARED_INFO}); make it with npm run build -- --prepare --out ${shown}`);
  if (info.fingerprint !== fingerprint) throw new BuildLockedError(`${shown} was prepared by other code, settings or dependencies; prepare it again from this commit (npm run build -- --prepare --out ${shown}).`);
  if (info.content !== digestContent()) throw new BuildLockedError(`${shown} was prepared from other content than this build's; prepare it again after the ingest (npm run build -- --prepare --out ${shown}).`);

  const own = (file: string) => shardOf(file, shard.count) === shard.index;
  const files: string[] = [];
  await mkdir(paths.records, { recursive: true });
  for (const name of readdirSync(parts.records).filter((entry) => entry.endsWith('.json'))) {
    const record = JSON.parse(await readFile(path.join(parts.records, name), 'utf8')) as RouteRecord;
    const pages: Record<string, string> = {};
    for (const [file, digest] of Object.entries(record.pages)) {
      pages[file] = own(file) ? digest : '';
      if (own(file)) files.push(file);
    }
    await writeFile(path.join(paths.records, name), JSON.stringify({ pattern: record.pattern, pages } satisfies RouteRecord));
  }
  linkTreeSync(parts.archive, paths.archive, files);
  await linkOrCopy(parts.summary, paths.archiveSummary);
  await linkOrCopy(parts.topics, paths.archiveTopics);
}
