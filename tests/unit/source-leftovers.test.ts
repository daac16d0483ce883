// Leftovers and silence in the sources and entries folders: a killed ingest's temporary files
// are removed and git-ignored, folders and symbolic links are named rather than skipped,
// `npm run add` survives a dangling link, and names without Latin letters get distinct ids.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { articleIdFor, formatIngestEvent, runIngest, type IngestEvent } from '../../src/ingest/index.ts';
import { listSources } from '../../src/ingest/run/list-sources.ts';
import { removeLeftoverTemporaries } from '../../src/util/write-file-atomic.ts';

const run = promisify(execFile);
const ARTICLE = 'Exports\n\nThe minister said 340 schools opened in 2021.\n';
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/** A content tree with a good article, a folder, a link to a file and a link to nothing. */
function makeContent(): { root: string; sources: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'recount-leftovers-'));
  const sources = path.join(root, 'sources');
  mkdirSync(path.join(sources, 'archive'), { recursive: true });
  writeFileSync(path.join(sources, 'good.txt'), ARTICLE);
  writeFileSync(path.join(root, 'elsewhere.txt'), ARTICLE.replace('340', '341'));
  symlinkSync(path.join(root, 'elsewhere.txt'), path.join(sources, 'linked.txt'));
  symlinkSync(path.join(root, 'gone.txt'), path.join(sources, 'dangling.txt'));
  return { root, sources };
}

describe('article ids from file names', () => {
  it.each([
    ['доклад.txt', 'отчёт.txt'],
    ['报告.md', '新闻.md'],
    ['تقرير.html', 'خبر.html'],
  ])('gives %s and %s different ids', (a, b) => {
    expect(articleIdFor(a)).toMatch(/^article-[0-9a-f]{8}$/);
    expect(articleIdFor(b)).toMatch(/^article-[0-9a-f]{8}$/);
    expect(articleIdFor(a)).not.toBe(articleIdFor(b));
  });

  it.each([
    ['000_d77.txt', '000-d77'],
    ['Café Report.md', 'cafe-report'],
  ])('keeps the slug of %s as %s', (name, id) => {
    expect(articleIdFor(name)).toBe(id);
  });
});

describe('listSources', () => {
  it('names folders, links and dangling links instead of skipping them silently', async () => {
    const { sources } = makeContent();
    const listed = await listSources(sources);
    expect(listed.sources.map((source) => source.name)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(listed.skipped.map(({ file, reason }) => [path.basename(file), reason]));
    expect(reasons).toEqual({
      archive: expect.stringMatching(/^is a folder; /),
      'dangling.txt': expect.stringMatching(/^is a symbolic link to nothing/),
      'linked.txt': expect.stringMatching(/^is a symbolic link, which is not followed/),
    });
  });
});

describe('temporary files of a killed ingest', () => {
  it('are removed when their process is gone, and kept while it lives', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recount-tmp-'));
    const dead = `.a.md.${deadPid()}.1.tmp`;
    const live = `.b.md.${process.pid}.1.tmp`;
    writeFileSync(path.join(dir, dead), 'half');
    writeFileSync(path.join(dir, live), 'half');
    expect(await removeLeftoverTemporaries(dir)).toEqual([dead]);
    expect(readdirSync(dir)).toEqual([live]);
  });

  it('are cleaned up by the next ingest, which also names what it did not read', async () => {
    const { root, sources } = makeContent();
    const out = path.join(root, 'articles');
    mkdirSync(out);
    const leftover = path.join(out, `.good.md.${deadPid()}.3.tmp`);
    writeFileSync(leftover, 'half an entry');
    const events: IngestEvent[] = [];
    await runIngest({ sourcesDir: sources, outDir: out, onEvent: (event) => events.push(event) });
    expect(existsSync(leftover)).toBe(false);
    const lines = events.filter((event) => event.type === 'skipped').map(formatIngestEvent);
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('skipped '))).toBe(true);
  });

  it('are ignored by git', () => {
    expect(() => execFileSync('git', ['check-ignore', '-q', 'content/articles/.seed.md.1234.5.tmp'])).not.toThrow();
  });
});

describe('npm run add with a dangling link in the sources folder', () => {
  it('adds the new article and names the link in one line, with no stack trace', async () => {
    const { root } = makeContent();
    const incoming = path.join(root, 'new.txt');
    writeFileSync(incoming, ARTICLE.replace('340', '342'));
    const result = await run(process.execPath, ['scripts/add.ts', incoming], { env: { ...process.env, RECOUNT_CONTENT_DIR: root } }).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toMatch(/added +.*new\.txt/);
    expect(output).toMatch(/skipped .*dangling\.txt: is a symbolic link to nothing/);
    expect(output).not.toMatch(/^\s+at /m);
  }, 30_000);
});
