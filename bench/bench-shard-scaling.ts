// Does a shard cost what its own pages cost, or what the archive costs? One shard of an archive
// split in N is measured beside one shard of an archive twice as big split in 2N: the same pages
// per shard. Both start as a CI job of a matrix would, from a restored content cache (entries
// validated, bodies rendered) and with no share cards drawn yet, so each draws its own cards,
// and with the archive's folder prepared once for all shards (`--prepare`, measured apart: it is
// one job per build, whatever the number of shards, and its cost follows the archive).
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateArticle } from './corpus/generate-corpus.ts';
import { measureNode, measureNodeTree, type ChildRun } from './support/measure-child.ts';

/** A measured shard build and the size of the archive it was cut from. */
export interface ShardRun {
  articles: number;
  count: number;
  run: ChildRun;
  /** The job that prepared the archive files and grouping for every shard of this archive. */
  prepare: ChildRun;
}

interface ShardScalingOptions {
  /** Scratch folder of the benchmark. */
  root: string;
  /** Content folder of a site of `size` articles, ingested and built once. */
  content: string;
  /** The cache folder that build used. */
  cache: string;
  size: number;
  /** Shards of the smaller archive; the bigger one is cut in twice as many. */
  count: number;
  astroBin: string;
  log: (line: string) => void;
}

/** A copy of a build cache without its share cards (the content store and rendered bodies kept). */
async function copyCacheWithoutCards(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true, filter: (source) => !source.split(path.sep).includes('share-cards') });
}

/** Measures one shard of `size`/`count` and one of `2 × size`/`2 × count`. */
export async function benchShardScaling({ root, content, cache, size, count, astroBin, log }: ShardScalingOptions): Promise<ShardRun[]> {
  const runs: ShardRun[] = [];
  const shardOf = async (articles: number, shards: number, contentDir: string, cacheDir: string) => {
    const env = { RECOUNT_CONTENT_DIR: contentDir, RECOUNT_CACHE_DIR: cacheDir };
    log(`prepare the archive files of ${articles} articles for their shards…`);
    const prepared = path.join(root, `prepared-${articles}`);
    const prepare = await measureNodeTree('scripts/build.ts', ['--no-ingest', '--prepare', '--out', prepared], env);
    log(`one shard of ${articles}/${shards} (content cache restored, cards drawn)…`);
    const out = path.join(root, `shard-${articles}-${shards}`);
    const run = await measureNodeTree('scripts/build.ts', ['--no-ingest', '--shard', `1/${shards}`, '--out', out, '--prepared', prepared], env);
    runs.push({ articles, count: shards, run, prepare });
  };

  const smallCache = path.join(root, `shard-cache-${size}`);
  await copyCacheWithoutCards(cache, smallCache);
  await shardOf(size, count, content, smallCache);

  // The bigger archive: the same articles and as many again, ingested and synced before the clock starts.
  const big = 2 * size;
  log(`prepare an archive of ${big} articles (ingest the new half, render its bodies)…`);
  const bigContent = path.join(root, `site-${big}`);
  const bigCache = path.join(root, `shard-cache-${big}`);
  await cp(content, bigContent, { recursive: true });
  await mkdir(path.join(bigContent, 'sources'), { recursive: true });
  for (let index = size; index < big; index++) {
    const article = generateArticle(1, index);
    await writeFile(path.join(bigContent, 'sources', article.name), article.text);
  }
  await copyCacheWithoutCards(cache, bigCache);
  const env = { RECOUNT_CONTENT_DIR: bigContent, RECOUNT_CACHE_DIR: bigCache };
  await measureNode('scripts/ingest.ts', [], env);
  await measureNode(astroBin, ['sync'], env);
  await shardOf(big, 2 * count, bigContent, bigCache);
  return runs;
}
