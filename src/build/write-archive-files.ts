// The archive step of `npm run build`: the files that cover the whole archive (the /data/ tables
// and the search index), written by a process of its own while Astro renders the pages. At
// 10,000 articles they are ~20 s of a rebuild's work (the search documents, every table's rows,
// ~100 MB of text), all of it on Astro's one thread until now; here they run on the machine's
// other core, from a site index built from the same files by the same code (site-index.ts).
// The files go into the plan's archive folder, recorded like any route's pages (select-paths.ts:
// only the changed ones under an incremental build, only this shard's under a sharded one); the
// build script moves them in beside Astro's once both are done. The step also groups the claims
// into comparisons for Astro's pages, which describe their topics from its packed grouping
// (pack-topics.ts) instead of grouping the claims again: grouping is most of the site index's work.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DATA_TABLE_PATTERNS, DATA_TABLES, type DataTable, type SiteAddress } from '../lib/archive-files.ts';
import { pageFile, plannedArchive, selectPaths, writeChosenFiles } from '../lib/build-plan/select-paths.ts';
import { indexSite, type SearchSummary } from '../lib/search/index-site.ts';
import { siteConfig } from '../lib/site-config.ts';
import { buildSiteData, groupSiteClaims, type SiteData } from '../lib/site-index.ts';
import { describeGrouping, packTopics } from '../lib/topics/pack-topics.ts';
import { writeFileAtomic, writeFileAtomicSync } from '../util/write-file-atomic.ts';
import { CODE_FINGERPRINT_ENV } from './code-fingerprint.ts';
import { frontMatterCacheFile, openFrontMatterCache } from './front-matter-cache.ts';
import { readContentEntries } from './read-content-entries.ts';

/** The route pattern of the search index files. */
const SEARCH_FILES = '/search/index/[file].json';

/** Characters gathered before a write: the tables are streamed to disk, never held whole. */
const CHUNK_CHARS = 1 << 20;

/** Builds the site index and writes the archive files the plan asks for, and the search page's summary; returns a line saying what it wrote. */
export async function writeArchiveFiles(): Promise<string> {
  const started = performance.now();
  // The entries are read while the build script still judges the last build (the plan waits for that).
  const code = process.env[CODE_FINGERPRINT_ENV];
  const cache = code ? openFrontMatterCache(frontMatterCacheFile(), code) : undefined;
  const content = readContentEntries(cache);
  cache?.save();
  const archive = plannedArchive();
  if (archive === null) throw new Error('the archive step runs under npm run build, which names its folder in the build plan');
  // The grouping goes to the pages first: Astro's site index waits for it (site-data.ts).
  // No archive file shows a match's reasons, so the claims' profiles are not kept (describeGrouping).
  const site = buildSiteData(content, (claims) => {
    const { grouping } = groupSiteClaims(claims);
    writeFileAtomicSync(archive.topics, packTopics(grouping, claims));
    return describeGrouping(grouping, claims);
  });

  // The search index first: the search page waits for its summary.
  const search = indexSite(site);
  const entries = [...search.files.keys()].map((file) => ({ params: { file } }));
  const chosen = selectPaths(SEARCH_FILES, entries, (entry) => search.files.get(entry.params.file));
  writeChosenFiles(archive.dir, SEARCH_FILES, chosen, (entry) => search.files.get(entry.params.file)!);
  const summary: SearchSummary = { manifestFile: search.manifestFile, facetOptions: search.facetOptions };
  await writeFileAtomic(archive.summary, JSON.stringify(summary));

  // Astro's `site` and `base` are these settings (astro.config.mjs).
  const address: SiteAddress = { origin: new URL(siteConfig.url), base: siteConfig.base };
  let tables = 0;
  for (const format of ['json', 'csv'] as const) {
    const pattern = DATA_TABLE_PATTERNS[format];
    const entries = DATA_TABLES.filter((table) => table.format === format).map((table) => ({
      params: { table: table.name },
      file: path.join(archive.dir, pageFile(pattern, { table: table.name })),
      table,
    }));
    // A table's digest is the hash of its text, so it is written to be digested: selectPaths asks
    // only for the pages it digests, and a shard writes none of the tables other shards own.
    const written = new Set<string>();
    const kept = new Set(
      selectPaths(pattern, entries, (entry) => {
        written.add(entry.file);
        return writeTable(entry.file, entry.table, site, address);
      }),
    );
    for (const entry of entries) if (written.has(entry.file) && !kept.has(entry)) rmSync(entry.file);
    tables += kept.size;
  }
  return `archive files: ${chosen.length} of ${search.files.size} search index files and ${tables} of ${DATA_TABLES.length} data tables written in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/** Writes one table to `file` as UTF-8 and returns the SHA-256 of its text. */
function writeTable(file: string, table: DataTable, site: SiteData, address: SiteAddress): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const sha = createHash('sha256');
  const fd = openSync(file, 'w');
  try {
    let buffer = '';
    const flush = () => {
      const bytes = Buffer.from(buffer); // encoded once, for the hash and the file
      sha.update(bytes);
      writeSync(fd, bytes);
      buffer = '';
    };
    for (const piece of table.chunks(site, address)) {
      buffer += piece;
      if (buffer.length >= CHUNK_CHARS) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return sha.digest('base64url');
}
