// The ingest and extract commands as a user runs them, on the two sample articles: the entries
// must hold exactly the quantity claims the product was designed around.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../src/schemas/article.ts';

const run = promisify(execFile);
const node = process.execPath;
let dir: string;
let articles: Article[];
let ingestOutput: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'recount-ingest-'));
  await cp('content/sources', path.join(dir, 'sources'), { recursive: true });
  const { stdout } = await run(node, ['scripts/ingest.ts', '--sources', path.join(dir, 'sources'), '--out', path.join(dir, 'articles')]);
  ingestOutput = stdout;
  const files = (await readdir(path.join(dir, 'articles'))).filter((name) => name.endsWith('.md')).sort();
  articles = await Promise.all(
    files.map(async (name) => articleSchema.parse(parse((await readFile(path.join(dir, 'articles', name), 'utf8')).split('---\n')[1]!))),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The claims of both sample articles as comparable rows. */
const rows = () =>
  articles.flatMap((article) =>
    article.claims.map((claim) => ({
      outlet: article.outlet,
      value: claim.value,
      min: claim.min,
      max: claim.max,
      unit: claim.unit,
      qualifier: claim.qualifier,
      speaker: claim.speaker,
      period: claim.period.when,
      per: claim.period.per,
    })),
  );

describe('npm run ingest on the sample articles', () => {
  it('prints a line per article and a summary', () => {
    expect(ingestOutput).toMatch(/^new {5}.*000_d7700b432d9d42b0\.txt -> 000-d7700b432d9d42b0\.md: 2 claims$/m);
    expect(ingestOutput).toMatch(/^new {5}.*004_41507eb8606efb4d\.txt -> 004-41507eb8606efb4d\.md: 8 claims$/m);
    expect(ingestOutput).toMatch(/^Ingest: 2 sources \(2 new, 0 updated, 0 unchanged, 0 duplicate, 0 removed, 0 failed\); 10 claims/m);
  });

  it('detects title, date with zone, outlet and speakers', () => {
    const [apa, newsAz] = articles;
    expect(apa).toMatchObject({
      title: 'Azerbaijani President: We highly appreciate activities of Russian peacekeepers to stabilize the situation',
      titleDerived: false,
      date: '2021-09-24T15:11:00+04:00',
      outlet: 'APA',
      speakers: ['Ilham Aliyev'],
    });
    expect(newsAz).toMatchObject({ titleDerived: true, date: '2024-08-19', outlet: 'News.Az', speakers: ['Ilham Aliyev'] });
    expect(newsAz!.title.length).toBeLessThanOrEqual(131);
  });

  it('holds exactly the designed quantity claims, all by Ilham Aliyev', () => {
    const aliyev = 'Ilham Aliyev';
    expect(rows()).toEqual([
      { outlet: 'APA', value: 340, min: 340, max: null, unit: 'school', qualifier: 'more-than', speaker: aliyev, period: '2021-09-24', per: null },
      { outlet: 'APA', value: null, min: 10_000, max: 99_999, unit: 'student', qualifier: 'vague', speaker: aliyev, period: '2021-09-24', per: null },
      { outlet: 'News.Az', value: 324, min: 324, max: 324, unit: 'school', qualifier: 'exact', speaker: aliyev, period: '2024-08-19', per: null },
      { outlet: 'News.Az', value: 160_000, min: 160_000, max: 160_000, unit: 'student', qualifier: 'about', speaker: aliyev, period: '2024-08-19', per: null },
      { outlet: 'News.Az', value: 800_000, min: 800_000, max: null, unit: 'student', qualifier: 'more-than', speaker: aliyev, period: '2024-08-19', per: null },
      { outlet: 'News.Az', value: 26, min: 26, max: 26, unit: 'university', qualifier: 'exact', speaker: aliyev, period: '2024-08-19', per: null },
      { outlet: 'News.Az', value: 15_000, min: 15_000, max: null, unit: 'student', qualifier: 'more-than', speaker: aliyev, period: '2024-08-19', per: null },
      { outlet: 'News.Az', value: 4e9, min: 4e9, max: null, unit: 'USD', qualifier: 'more-than', speaker: aliyev, period: '2023', per: null },
      { outlet: 'News.Az', value: 15e6, min: 15e6, max: null, unit: 't', qualifier: 'at-least', speaker: aliyev, period: '2024-08-19', per: 'year' },
      { outlet: 'News.Az', value: 120e6, min: 120e6, max: 120e6, unit: 'USD', qualifier: 'about', speaker: aliyev, period: '2024', per: null },
    ]);
  });

  it.each([
    [0, /schools?.*teaching.*Russian/],
    [1, /students.*studying in Russian/],
    [2, /schools.*education.*Russian/],
    [3, /students.*schools.*Russian/],
    [4, /students.*Russian as a second language/],
    [5, /universities.*departments.*Russian/],
    [6, /students.*departments.*Russian/],
    [7, /trade volume/],
    [8, /cargo/],
    [9, /railway section/],
  ])('gives claim %i a subject that says what is counted', (index, pattern) => {
    expect(articles.flatMap((article) => article.claims)[index]!.subject).toMatch(pattern);
  });

  it('keeps every claim sentence word for word in the article body', async () => {
    for (const name of ['000-d7700b432d9d42b0.md', '004-41507eb8606efb4d.md']) {
      const body = (await readFile(path.join(dir, 'articles', name), 'utf8')).split(/^---$/m)[2]!;
      const article = articles.find((a) => a.source.endsWith(`${name.slice(0, 3)}_${name.slice(4, -3)}.txt`))!;
      for (const claim of article.claims) expect(body).toContain(claim.text);
    }
  });

  it('prints the same entries from npm run extract, with the same claim ids', async () => {
    const { stdout } = await run(node, ['scripts/extract.ts', path.join(dir, 'sources/000_d7700b432d9d42b0.txt'), path.join(dir, 'sources/004_41507eb8606efb4d.txt')]);
    const extracted = JSON.parse(stdout) as Article[];
    expect(extracted.map((a) => a.claims.map((c) => c.id))).toEqual(articles.map((a) => a.claims.map((c) => c.id)));
    expect(extracted.map((a) => a.title)).toEqual(articles.map((a) => a.title));
  });

  it('reads one article from standard input with extract -', async () => {
    const child = execFile(node, ['scripts/extract.ts', '-']);
    child.stdin!.end('There are 12 new schools in the city.');
    const stdout = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout!.on('data', (chunk) => (out += chunk));
      child.on('close', () => resolve(out));
    });
    const [article] = JSON.parse(stdout) as Article[];
    expect(article!.source).toBe('<stdin>');
    expect(article!.claims.map((c) => [c.value, c.unit])).toEqual([[12, 'school']]);
  });

  it('reports a bad file in extract on standard error and still prints the others', async () => {
    const error = await run(node, ['scripts/extract.ts', path.join(dir, 'missing.txt'), path.join(dir, 'sources/000_d7700b432d9d42b0.txt')]).catch((e: { stdout: string; stderr: string; code: number }) => e);
    expect('code' in error && error.code).toBe(1);
    expect(error.stderr.trim()).toMatch(/missing\.txt: no such file$/);
    expect((JSON.parse(error.stdout) as Article[]).map((a) => a.claims.length)).toEqual([2]);
  });
});
