// The site over time: build the sample site, add an article and edit another, rebuild, and
// check that nothing published was lost: old URLs still resolve (a removed claim's URL now says
// where it went), new claims and comparisons appear, an editor's review survives, the ledger
// only grows, and the same input builds a byte-identical dist/.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentIds } from '../../src/lib/retire-permalinks.ts';
import type { PermalinkLedger } from '../../src/schemas/permalink-ledger.ts';
import { runAstroBuild, runIngest, runNode } from './support/build-site.ts';

const project = process.cwd();
const REVIEWED = 'more-than-340-schools-bzcs7n7';
let root: string;
let content: string;
let published: CurrentIds;
let republished: CurrentIds;
let ledgerBefore: PermalinkLedger;
let ledgerAfter: PermalinkLedger;
let reviewBefore: string;
let firstHashes: Map<string, string>;

const dist = (n: number) => path.join(root, `dist-${n}`);
const read = (n: number, file: string) => readFile(path.join(dist(n), file), 'utf8');
const build = async (n: number) => {
  await runIngest(project, content);
  await runAstroBuild(project, content, dist(n), path.join(root, 'astro-cache'));
};

/** Every file of a built site with the hash of its bytes. */
async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex'));
  }
  return hashes;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'recount-rebuild-'));
  content = path.join(root, 'content');
  await cp('content/sources', path.join(content, 'sources'), { recursive: true });
  await mkdir(path.join(content, 'reviews'), { recursive: true });
  await cp(`tests/fixtures/e2e-reviews/${REVIEWED}.md`, path.join(content, 'reviews', `${REVIEWED}.md`));
  reviewBefore = await readFile(path.join(content, 'reviews', `${REVIEWED}.md`), 'utf8');

  // 1. The site as first published.
  await build(1);
  published = JSON.parse(await read(1, 'data/permalinks.json')) as CurrentIds;
  ledgerBefore = JSON.parse(await readFile(path.join(content, 'permalinks.json'), 'utf8')) as PermalinkLedger;

  // 2. A new article arrives through `npm run add`, and the 2024 article is corrected twice:
  //    one figure changes, one sentence is reworded around the same figure.
  const incoming = path.join(root, 'incoming');
  await mkdir(incoming);
  await writeFile(
    path.join(incoming, 'newsaz-2025-schools.txt'),
    'Aliyev: Russian-language schools remain part of education system\n\ndate 2025-03-01 + ↺ − 16 px\n\n“There are 330 schools in Azerbaijan where teaching is conducted in Russian,” President Ilham Aliyev said at a meeting with teachers, News.Az reports.\n\nNews.Az\n',
  );
  await runNode(['scripts/add.ts', incoming], { cwd: project, env: { RECOUNT_CONTENT_DIR: content }, label: 'npm run add' });
  const edited = path.join(content, 'sources', '004_41507eb8606efb4d.txt');
  const text = await readFile(edited, 'utf8');
  await writeFile(
    edited,
    text
      .replace('with about 160,000 students enrolled', 'with about 165,000 students enrolled')
      .replace('The president stated that this year Azerbaijan has allocated', 'The president said that this year Azerbaijan had allocated'),
  );

  // 3. Rebuilt twice from the same input.
  await build(2);
  republished = JSON.parse(await read(2, 'data/permalinks.json')) as CurrentIds;
  ledgerAfter = JSON.parse(await readFile(path.join(content, 'permalinks.json'), 'utf8')) as PermalinkLedger;
  firstHashes = await hashTree(dist(2));
  await rm(dist(3), { recursive: true, force: true });
  await build(3);
}, 600_000);

afterAll(async () => {
  if (process.env['RECOUNT_E2E_KEEP']) console.log(`[e2e] kept ${root}`);
  else await rm(root, { recursive: true, force: true });
});

const claimId = (ids: CurrentIds, pattern: RegExp) => ids.claims.find((claim) => pattern.test(claim.id))!.id;

describe('a rebuild after new and edited articles', () => {
  it('keeps every claim URL published before, unchanged unless its sentence changed', () => {
    const before = published.claims.map((claim) => claim.id);
    const after = new Set(republished.claims.map((claim) => claim.id));
    const kept = before.filter((id) => after.has(id));
    // Exactly the claims of the two edited sentences: the reworded one, and both figures of the
    // sentence whose second figure changed (an id follows its sentence).
    expect(before.length - kept.length).toBe(3);
    for (const id of before) expect(ledgerAfter.claims[id], id).toBeDefined();
  });

  it('serves every URL in the ledger, old and new', async () => {
    for (const id of Object.keys(ledgerAfter.claims)) expect((await read(2, `claims/${id}/index.html`)).length).toBeGreaterThan(0);
    for (const id of Object.keys(ledgerAfter.articles)) expect((await read(2, `articles/${id}/index.html`)).length).toBeGreaterThan(0);
    for (const id of Object.keys(ledgerAfter.topics)) expect((await read(2, `compare/${id}/index.html`)).length).toBeGreaterThan(0);
  });

  it('points a reworded claim to its new address', async () => {
    const old = claimId(published, /^approximately-120-million/);
    const successor = claimId(republished, /^approximately-120-million/);
    expect(successor).not.toBe(old);
    const page = await read(2, `claims/${old}/index.html`);
    expect(page).toContain('no longer here');
    expect(page).toContain(`href="/recount/claims/${successor}/"`);
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it('points a claim whose figure changed to its article', async () => {
    const old = claimId(published, /^about-160-000/);
    expect(republished.claims.some((claim) => claim.id === old)).toBe(false);
    const page = await read(2, `claims/${old}/index.html`);
    expect(page).toContain('no longer counted as a claim');
    expect(page).toContain('href="/recount/articles/004-41507eb8606efb4d/"');
  });

  it('adds the new article, its claim, and lines it up with the earlier school figures', () => {
    expect(republished.articles.map((article) => article.id)).toContain('newsaz-2025-schools');
    const added = claimId(republished, /^330-schools/);
    const topic = republished.topics.find((t) => t.claims.includes(added))!;
    expect(topic.claims).toEqual(expect.arrayContaining([claimId(republished, /^more-than-340-schools/), claimId(republished, /^324-schools/), added]));
  });

  it('never touches an editor’s review and still shows it', async () => {
    expect(await readFile(path.join(content, 'reviews', `${REVIEWED}.md`), 'utf8')).toBe(reviewBefore);
    expect(await read(2, `claims/${REVIEWED}/index.html`)).toContain('"@type":"ClaimReview"');
  });

  it('only ever adds to the ledger', () => {
    for (const kind of ['articles', 'claims', 'topics', 'speakers'] as const) {
      for (const id of Object.keys(ledgerBefore[kind])) expect(ledgerAfter[kind][id], `${kind} ${id}`).toBeDefined();
    }
    expect(Object.keys(ledgerAfter.claims).length).toBeGreaterThan(Object.keys(ledgerBefore.claims).length);
  });

  it('builds a byte-identical dist/ from the same input', async () => {
    const again = await hashTree(dist(3));
    expect([...again.keys()].sort()).toEqual([...firstHashes.keys()].sort());
    const differing = [...again].filter(([file, hash]) => firstHashes.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
