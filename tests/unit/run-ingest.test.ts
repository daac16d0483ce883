// The folder-level ingest: bad input of every kind gets one line naming the file and never stops
// the others; unchanged sources are skipped; writes are atomic; a killed run leaves a consistent
// tree that the next run completes; two runs never interleave.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest, type IngestEvent } from '../../src/ingest/run/run-ingest.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const run = promisify(execFile);
let dir: string;
let sources: string;
let out: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'recount-run-'));
  sources = path.join(dir, 'sources');
  out = path.join(dir, 'articles');
  await mkdir(sources);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const good = (n: number) => `Ministry reports school figures\n\n# 3 March 2023 10:00 (UTC +04:00)\n\nThe ministry said there are ${n} schools in the region, Trend reports.\n`;
const put = (name: string, content: string | Uint8Array) => writeFile(path.join(sources, name), content);
const ingest = (jobs = 1) => runIngest({ sourcesDir: sources, outDir: out, jobs });
const lines = (events: IngestEvent[], type: IngestEvent['type']) => events.filter((event) => event.type === type);
const entries = async () => (await readdir(out)).filter((name) => !name.startsWith('.')).sort();

/** Every entry file in the output folder parses and validates: the tree is consistent. */
async function expectConsistentTree(): Promise<void> {
  for (const name of await entries()) {
    expect(name).toMatch(/^[a-z0-9-]+\.md$/); // no temporary files left behind
    const text = await readFile(path.join(out, name), 'utf8');
    articleSchema.parse(parse(text.split('---\n')[1]!));
  }
}

describe('runIngest with bad input', () => {
  it.each([
    ['empty.txt', '', /empty\.txt: the file is empty/],
    ['blank.txt', '  \n\n\t ', /blank\.txt: the file is empty/],
    ['binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), /binary\.txt: this looks like a binary file/],
    ['scan.txt', '%PDF-1.4\n%âãÏÓ\n', /scan\.txt: this is a PDF/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x30]), /latin1\.txt: the text is not valid UTF-8 \(bad byte at offset 3\)/],
    ['huge.txt', 'a '.repeat(10 * 1024 * 1024), /huge\.txt: the file is 20\.0 MB, over the 5 MB limit/],
    ['broken.md', '---\ntitle: [oops\n---\nText 5 schools.', /broken\.md: the front-matter is not valid YAML/],
    ['proto.md', '---\n__proto__:\n  admin: true\n---\nText.', /proto\.md: front-matter key "__proto__" is not allowed/],
    ['report.pdf', 'whatever', /report\.pdf: unsupported file type "\.pdf"/],
  ])('refuses %s with one line and still ingests the good article', async (name, content, message) => {
    await put('good.txt', good(12));
    await put(name, content);
    const { events } = await ingest();
    const errors = lines(events, 'error');
    expect(errors).toHaveLength(1);
    expect((errors[0] as { message: string }).message).toMatch(message);
    expect((errors[0] as { message: string }).message).not.toContain('\n');
    expect(await entries()).toEqual(['good.md']);
    await expectConsistentTree();
  });

  it.each([
    ['utf16.txt', new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'There are 40 schools in the city.'].map((c) => c.charCodeAt(0))).buffer)]), 1, []],
    ['crlf.txt', 'Headline of the day\r\n\r\n# 1 May 2022 09:00 (UTC +00:00)\r\n\r\nThere are 40 schools in the city.\r\n', 1, []],
    ['one-line.txt', `${'The council met on Monday and talked about the roads for a long time. '.repeat(15_000)}There are 40 schools in the city.`, 1, ['no publication date found']],
    ['title-path.md', '---\ntitle: ../../etc/passwd\ndate: 2022-01-01\noutlet: X\n---\nThere are 40 schools in the city.', 1, []],
    ['russian.txt', 'В Азербайджане работают более 340 школ с русским языком обучения, заявил президент страны на встрече.', 0, ['seems to be in another language']],
    ['undated.txt', 'There are 40 schools in the city, the mayor said.', 1, ['no publication date found']],
    ['numberless.txt', 'Headline here\n\n# 1 May 2022 09:00 (UTC +00:00)\n\nThe leaders met and talked about the weather.', 0, ['no quantity claims found']],
  ])('ingests %s with the warnings a careful user expects', async (name, content, claims, warnings) => {
    await put(name, content);
    const { events } = await ingest();
    const [ingested] = lines(events, 'ingested') as Extract<IngestEvent, { type: 'ingested' }>[];
    expect(ingested?.claims).toBe(claims);
    for (const warning of warnings) expect(ingested!.warnings.join('\n')).toContain(warning);
    await expectConsistentTree();
  });

  it('keeps a path-like title as text and names the entry after the file', async () => {
    await put('title-path.md', '---\ntitle: ../../etc/passwd\n---\nThere are 40 schools.');
    await ingest();
    expect(await entries()).toEqual(['title-path.md']);
    const text = await readFile(path.join(out, 'title-path.md'), 'utf8');
    expect(parse(text.split('---\n')[1]!).title).toBe('../../etc/passwd');
  });

  it('ingests the same text under two names once, and says which file it kept', async () => {
    await put('a.txt', good(12));
    await put('b.txt', good(12));
    const { events } = await ingest();
    expect(lines(events, 'duplicate')).toEqual([{ type: 'duplicate', file: expect.stringMatching(/b\.txt$/), of: expect.stringMatching(/a\.txt$/) }]);
    expect(await entries()).toEqual(['a.md']);
  });

  it('refuses two files that would share an article id', async () => {
    await put('x.txt', good(1));
    await put('x.md', good(2));
    const { events } = await ingest();
    expect((lines(events, 'error')[0] as { message: string }).message).toMatch(/x\.txt: its article id "x" is already taken by .*x\.md/);
  });
});

describe('runIngest, run after run', () => {
  it('skips unchanged sources and ingests only what is new or changed', async () => {
    for (let i = 0; i < 5; i++) await put(`a${i}.txt`, good(i + 10));
    expect(lines((await ingest()).events, 'ingested')).toHaveLength(5);
    const second = await ingest();
    expect(lines(second.events, 'unchanged')).toHaveLength(5);
    expect(lines(second.events, 'ingested')).toHaveLength(0);

    await put('a5.txt', good(99));
    await put('a0.txt', good(77));
    const third = await ingest();
    expect(lines(third.events, 'ingested').map((e) => [(e as { file: string }).file.split('/').at(-1), (e as { isNew: boolean }).isNew])).toEqual([
      ['a0.txt', false],
      ['a5.txt', true],
    ]);
    expect(lines(third.events, 'unchanged')).toHaveLength(4);
  });

  it('treats a touched but identical file as unchanged', async () => {
    await put('a.txt', good(1));
    await ingest();
    await utimes(path.join(sources, 'a.txt'), new Date(), new Date(Date.now() + 5_000));
    expect(lines((await ingest()).events, 'unchanged')).toHaveLength(1);
  });

  it('removes the entry of a deleted source and reports it', async () => {
    await put('a.txt', good(1));
    await put('b.txt', good(2));
    await ingest();
    await rm(path.join(sources, 'b.txt'));
    const { events } = await ingest();
    expect(lines(events, 'removed')).toEqual([{ type: 'removed', entry: path.join(out, 'b.md') }]);
    expect(await entries()).toEqual(['a.md']);
  });

  it('keeps the last good entry when a source turns bad', async () => {
    await put('a.txt', good(1));
    await ingest();
    const before = await readFile(path.join(out, 'a.md'), 'utf8');
    await put('a.txt', '');
    const { events } = await ingest();
    expect(lines(events, 'error')).toHaveLength(1);
    expect(await readFile(path.join(out, 'a.md'), 'utf8')).toBe(before);
  });

  it('writes the same entries on worker threads as on the main thread', { timeout: 60_000 }, async () => {
    for (let i = 0; i < 70; i++) await put(`w${String(i).padStart(2, '0')}.txt`, good(i + 1));
    await ingest(2);
    const threaded = await Promise.all((await entries()).map((name) => readFile(path.join(out, name), 'utf8')));
    await rm(out, { recursive: true });
    await ingest(1);
    const single = await Promise.all((await entries()).map((name) => readFile(path.join(out, name), 'utf8')));
    expect(threaded).toEqual(single);
  });

  it('lets a second run wait for the first instead of interleaving', async () => {
    for (let i = 0; i < 10; i++) await put(`c${i}.txt`, good(i));
    const [first, second] = await Promise.all([ingest(), ingest()]);
    const ingested = lines(first.events, 'ingested').length + lines(second.events, 'ingested').length;
    expect(ingested).toBe(10); // one run did the work, the other found it done
    await expectConsistentTree();
  });
});

describe('a killed ingest', () => {
  it('leaves a consistent tree that the next run completes', { timeout: 60_000 }, async () => {
    for (let i = 0; i < 8; i++) await put(`k${i}.txt`, good(i + 1));
    const killed = await run(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', out, '--jobs', '1'], {
      env: { ...process.env, RECOUNT_INGEST_CRASH_AFTER: '3' },
    }).catch((error: { signal?: string }) => error);
    expect('signal' in killed && killed.signal).toBe('SIGKILL');
    // Killed right after its third entry (a few more may have been finishing alongside it).
    const survivors = (await entries()).length;
    expect(survivors).toBeGreaterThanOrEqual(3);
    expect(survivors).toBeLessThan(8);
    await expectConsistentTree();

    const { stdout } = await run(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', out]);
    expect(stdout).toMatch(/Ingest: 8 sources/);
    expect(await entries()).toHaveLength(8);
    await expectConsistentTree();
  });
});
