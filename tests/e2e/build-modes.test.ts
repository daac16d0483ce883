// `npm run build` three ways on one changing corpus, compared byte for byte: a full build from
// scratch, an incremental rebuild after additions, edits and removals (rendering only what
// changed), and the same site built as three shards and merged (two of them taking their archive
// files and grouping from a folder prepared once, one running the archive step itself). All
// three must be identical.
// And the archive files (the /data/ tables, the search index), which `npm run build` writes in a
// process of its own from the content files, must be those a bare `astro build` serves from its
// content collections; so must the pages, whose comparisons come from that process's grouping.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/corpus/generate-corpus.ts';
import { runAstroBuild, runBuildScript, type RunResult } from './support/build-site.ts';
import { diffTrees, hashTree } from './support/hash-tree.ts';

const project = process.cwd();
/** Generated articles beside the sample ones: enough for comparisons, speakers and search shards. */
const ARTICLES = 24;
let root: string;
let content: string;
let first: RunResult;
let incremental: RunResult;
let merge: RunResult;
let prepare: RunResult;
const shardRuns: RunResult[] = [];
let incrementalTree: Map<string, string>;
let fullTree: Map<string, string>;
let mergedTree: Map<string, string>;
let bareTree: Map<string, string>;

const sources = () => path.join(content, 'sources');
const build = (args: string[], cache = 'cache') => runBuildScript(project, content, path.join(root, cache), args);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'recount-build-modes-'));
  content = path.join(root, 'content');
  await cp('content/sources', sources(), { recursive: true });
  await cp('tests/fixtures/e2e-reviews', path.join(content, 'reviews'), { recursive: true });
  for (let index = 0; index < ARTICLES; index++) {
    const article = generateArticle(3, index);
    await writeFile(path.join(sources(), article.name), article.text);
  }

  // 1. The site as first published, then the archive moves on: three new articles, two corrected
  //    figures, two articles withdrawn (their URLs must keep working through the ledger).
  first = await build(['--out', path.join(root, 'dist')]);
  for (let index = ARTICLES; index < ARTICLES + 3; index++) {
    const article = generateArticle(3, index);
    await writeFile(path.join(sources(), article.name), article.text);
  }
  const generated = (await readdir(sources())).filter((name) => /^\d{6}-/.test(name)).sort();
  for (const name of generated.slice(0, 2)) {
    const file = path.join(sources(), name);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\b(\d{2,})\b/, (digits) => String(Number(digits) + 7)));
  }
  for (const name of generated.slice(5, 7)) await rm(path.join(sources(), name));
  const ledger = await readFile(path.join(content, 'permalinks.json'), 'utf8');

  // 2. Rebuilt incrementally over the first build's dist/.
  incremental = await build(['--out', path.join(root, 'dist')]);
  incrementalTree = await hashTree(path.join(root, 'dist'));

  // 3. The same input from scratch: no previous dist/, no caches, the ledger as the rebuild saw it.
  await writeFile(path.join(content, 'permalinks.json'), ledger);
  await build(['--out', path.join(root, 'full')], 'cache-full');
  fullTree = await hashTree(path.join(root, 'full'));

  // 4. The same input as three shards (separate processes, as separate CI jobs), then merged.
  //    Shards 1 and 2 take the archive files from a folder prepared once; shard 3 writes its own.
  await writeFile(path.join(content, 'permalinks.json'), ledger);
  prepare = await build(['--no-ingest', '--prepare', '--out', path.join(root, 'prepared')], 'cache-prepare');
  for (let shard = 1; shard <= 3; shard++) {
    const prepared = shard < 3 ? ['--prepared', path.join(root, 'prepared')] : [];
    shardRuns.push(await build(['--no-ingest', '--shard', `${shard}/3`, '--out', path.join(root, 'shards', String(shard)), ...prepared], `cache-shard-${shard}`));
  }
  merge = await build(['--merge', ...[1, 2, 3].map((shard) => path.join(root, 'shards', String(shard))), '--out', path.join(root, 'merged')]);
  mergedTree = await hashTree(path.join(root, 'merged'));

  // 5. The same input through Astro alone: every page, the archive files from its own routes.
  await writeFile(path.join(content, 'permalinks.json'), ledger);
  await runAstroBuild(project, content, path.join(root, 'bare'), path.join(root, 'cache-bare'));
  bareTree = await hashTree(path.join(root, 'bare'));
}, 1_200_000);

afterAll(async () => {
  if (process.env['RECOUNT_E2E_KEEP']) console.log(`[e2e] kept ${root}`);
  else await rm(root, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('builds in full when there is no previous build', () => {
    expect(first.output).toContain('build: full (no record of a previous build)');
  });

  it('rebuilds incrementally, rendering only part of the site', () => {
    expect(incremental.output).toContain('build: incremental');
    const [, rendered, total] = /assembled: (\d+) of (\d+) pages rendered/.exec(incremental.output) ?? [];
    expect(Number(rendered)).toBeGreaterThan(0);
    expect(Number(rendered)).toBeLessThan(Number(total));
  });

  it('makes the same bytes incrementally as from scratch, after additions, edits and removals', () => {
    expect(fullTree.size).toBeGreaterThan(200);
    expect(diffTrees(incrementalTree, fullTree)).toEqual([]);
  });

  it('makes the same bytes from three merged shards as in one build', () => {
    expect(merge.output).toContain('merge: 3 shards');
    expect(diffTrees(mergedTree, fullTree)).toEqual([]);
  });

  it('runs no archive step in a shard that takes a prepared folder', () => {
    expect(prepare.output).toMatch(/archive files: (\d+) of \1 search index files and 5 of 5 data tables/);
    for (const run of shardRuns.slice(0, 2)) {
      expect(run.output).toContain('its archive files from');
      expect(run.output).not.toContain('archive files:');
    }
    expect(shardRuns[2]!.output).toContain('archive files:');
  });
});

describe('the archive step of npm run build', () => {
  it('writes the data tables and search index a bare astro build serves from its collections', () => {
    const archived = (tree: Map<string, string>) => new Map([...tree].filter(([file]) => /^(?:data|search)\//.test(file)));
    expect(archived(fullTree).size).toBeGreaterThan(10);
    expect([...archived(fullTree).keys()]).toEqual(expect.arrayContaining(['data/claims.json', 'data/claims.csv', 'data/topics.json', 'data/topics.csv', 'data/permalinks.json', 'search/index.html']));
    expect(diffTrees(archived(fullTree), archived(bareTree))).toEqual([]);
  });

  it('gives the pages the comparisons a bare astro build groups itself', () => {
    // The archive step groups the claims once and Astro describes the topics from its grouping
    // (pack-topics.ts); a bare build groups them in Astro. Every page they both write is the same.
    expect([...fullTree.keys()].filter((file) => file.startsWith('compare/')).length).toBeGreaterThan(2);
    expect(diffTrees(fullTree, bareTree)).toEqual([]);
  });
});

describe('npm run build -- --shard I/N --prepared DIR', () => {
  it('refuses a folder prepared from other content, in one line', async () => {
    const ledgerFile = path.join(content, 'permalinks.json');
    const ledger = await readFile(ledgerFile, 'utf8');
    await writeFile(ledgerFile, `${ledger}\n`);
    try {
      const refused = build(['--no-ingest', '--shard', '1/3', '--out', path.join(root, 'refused'), '--prepared', path.join(root, 'prepared')], 'cache-refused');
      await expect(refused).rejects.toThrow(/prepared from other content than this build's; prepare it again after the ingest/);
      await expect(refused).rejects.not.toThrow(/\n\s+at /);
    } finally {
      await writeFile(ledgerFile, ledger);
    }
  });

  it('refuses a folder prepared by other code, or none, in one line', async () => {
    const fake = path.join(root, 'fake-prepared');
    await mkdir(fake, { recursive: true });
    const shard = (dir: string) => build(['--no-ingest', '--shard', '1/3', '--out', path.join(root, 'refused'), '--prepared', dir], 'cache-refused');
    await expect(shard(fake)).rejects.toThrow(/fake-prepared: not a prepared folder \(no prepared\.json\)/);
    await writeFile(path.join(fake, 'prepared.json'), JSON.stringify({ version: 1, fingerprint: 'other', content: 'other' }));
    await expect(shard(fake)).rejects.toThrow(/was prepared by other code, settings or dependencies/);
    await expect(build(['--no-ingest', '--prepared', fake])).rejects.toThrow(/--prepared goes with --shard I\/N/);
  });
});

describe('npm run build -- --merge', () => {
  it('refuses shards that do not add up to the whole site, in one line', async () => {
    await expect(build(['--merge', path.join(root, 'shards', '1'), path.join(root, 'shards', '2'), '--out', path.join(root, 'partial')])).rejects.toThrow(
      /Expected shards 1\.\.3 once each; got 1\/3, 2\/3\./,
    );
  });
});



