// The archive step keeps parsed front-matter between builds of the same code: a file it parsed
// before is not parsed again, an edited one is, and nothing else (another code's cache, a
// damaged file) is ever taken for data.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'recount-front-matter-cache-'));
process.env['RECOUNT_CONTENT_DIR'] = scratch;
cpSync('content/articles', path.join(scratch, 'articles'), { recursive: true });
mkdirSync(path.join(scratch, 'reviews'));
cpSync('tests/fixtures/e2e-reviews/more-than-340-schools-bzcs7n7.md', path.join(scratch, 'reviews', 'more-than-340-schools-bzcs7n7.md'));
const { readContentEntries } = await import('../../src/build/read-content-entries.ts');
const { openFrontMatterCache } = await import('../../src/build/front-matter-cache.ts');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const cacheFile = path.join(scratch, 'cache', 'front-matter.jsonl');
mkdirSync(path.dirname(cacheFile));
const firstArticle = readdirSync(path.join(scratch, 'articles')).filter((name) => name.endsWith('.md')).sort()[0]!;

/** Reads the entries through the cache file for code `code`, saving it afterwards, as the archive step does. */
function readThroughCache(code = 'code-a') {
  const cache = openFrontMatterCache(cacheFile, code);
  const entries = readContentEntries(cache);
  cache.save();
  return entries;
}

/** The cache file with the stored title of the first article replaced (what only a reuse would show). */
function markStoredTitle(mark: string): void {
  const lines = readFileSync(cacheFile, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith('articles:'));
  const [key, json] = lines[index]!.split('\t') as [string, string];
  lines[index] = `${key}\t${JSON.stringify({ ...(JSON.parse(json) as object), title: mark })}`;
  writeFileSync(cacheFile, lines.join('\n'));
}

describe('the front-matter cache', () => {
  it('gives the same entries as parsing the files, to the last key', () => {
    rmSync(cacheFile, { force: true });
    const parsed = readContentEntries();
    const first = readThroughCache();
    const second = readThroughCache();
    expect(second.articles.length).toBeGreaterThan(1);
    expect(second.reviews).toHaveLength(1);
    // Deep and strict: a key holding undefined would be lost in the cache's JSON.
    expect(isDeepStrictEqual(first, parsed)).toBe(true);
    expect(isDeepStrictEqual(second, parsed)).toBe(true);
  });

  it('takes an unchanged file’s data from the cache instead of parsing it again', () => {
    readThroughCache();
    markStoredTitle('stored, not parsed');
    const [article] = readThroughCache().articles;
    expect(article!.data.title).toBe('stored, not parsed');
  });

  it('never reuses what a build of other code parsed', () => {
    readThroughCache();
    markStoredTitle('parsed by other code');
    const [article] = readThroughCache('code-b').articles;
    expect(article!.data.title).not.toBe('parsed by other code');
  });

  it('parses an edited file again, and forgets files that are gone', () => {
    readThroughCache();
    const file = path.join(scratch, 'articles', firstArticle);
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace(/^title: .*$/m, 'title: An edited headline'));
      const [article] = readThroughCache().articles;
      expect(article!.data.title).toBe('An edited headline');
      const keys = readFileSync(cacheFile, 'utf8').split('\n').slice(1).filter(Boolean);
      expect(keys).toHaveLength(readdirSync(path.join(scratch, 'articles')).filter((name) => name.endsWith('.md')).length + 1);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('makes the cache folder when a first build finds none', () => {
    const fresh = path.join(scratch, 'no-cache-yet', 'recount', 'front-matter.jsonl');
    const cache = openFrontMatterCache(fresh, 'code-a');
    const { articles } = readContentEntries(cache);
    cache.save();
    expect(readFileSync(fresh, 'utf8').split('\n').filter((line) => line.startsWith('articles:'))).toHaveLength(articles.length);
  });

  it('ignores a damaged file: a line cut short is parsed again', () => {
    const parsed = readContentEntries();
    readThroughCache();
    const text = readFileSync(cacheFile, 'utf8');
    writeFileSync(cacheFile, text.slice(0, text.indexOf('\n', text.indexOf('\n') + 1) - 10));
    expect(isDeepStrictEqual(readThroughCache(), parsed)).toBe(true);
    writeFileSync(cacheFile, 'not a cache at all');
    expect(isDeepStrictEqual(readThroughCache(), parsed)).toBe(true);
  });
});
