import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPages } from '../../src/integrations/permalink-ledger.ts';
import { EMPTY_LEDGER, type PermalinkLedger } from '../../src/schemas/permalink-ledger.ts';

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'recount-ledger-'));
  for (const page of ['articles/a', 'claims/c-1', 'compare/t-1', 'speakers/s']) {
    await mkdir(path.join(dist, page), { recursive: true });
    await writeFile(path.join(dist, page, 'index.html'), '<!doctype html>');
  }
});
afterAll(() => rm(dist, { recursive: true, force: true }));

const ledger = (claims: string[]): PermalinkLedger => ({
  ...EMPTY_LEDGER,
  articles: { a: { title: 'A', source: 'a.txt' } },
  claims: Object.fromEntries(claims.map((id) => [id, { article: 'a', figure: '1 x' }])),
  topics: { 't-1': { title: 'T', claims: [] } },
  speakers: { s: { name: 'S' } },
});

describe('missingPages', () => {
  const onDisk = (file: string) => existsSync(path.join(dist, file));

  it('finds nothing missing when every ledger URL has a page', () => {
    expect(missingPages(ledger(['c-1']), onDisk)).toEqual([]);
  });

  it('names every ledger URL that would 404, so the build can refuse to publish', () => {
    expect(missingPages(ledger(['c-1', 'c-2', 'c-3']), onDisk)).toEqual(['/claims/c-2/', '/claims/c-3/']);
  });

  it('asks for each kind of id at its own route', () => {
    const asked: string[] = [];
    missingPages(ledger(['c-1']), (file) => (asked.push(file), true));
    expect(asked.sort()).toEqual(['articles/a/index.html', 'claims/c-1/index.html', 'compare/t-1/index.html', 'speakers/s/index.html']);
  });
});
