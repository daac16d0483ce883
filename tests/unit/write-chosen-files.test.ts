import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_PLAN_ENV, type BuildPlan } from '../../src/lib/build-plan/select-paths.ts';

// The plan is read once per process, so this file runs under one: a full build into `out`.
let dir: string;
let out: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'recount-chosen-'));
  out = path.join(dir, 'astro');
  const plan: BuildPlan = { mode: 'all', recordDir: path.join(dir, 'records'), outDir: out };
  await writeFile(path.join(dir, 'plan.json'), JSON.stringify(plan));
  process.env[BUILD_PLAN_ENV] = path.join(dir, 'plan.json');
});
afterAll(async () => {
  delete process.env[BUILD_PLAN_ENV];
  await rm(dir, { recursive: true, force: true });
});

describe('writeChosenFiles', () => {
  it('writes a route’s chosen files into the given folder and records every page with its digest', async () => {
    const { selectPaths, writeChosenFiles } = await import('../../src/lib/build-plan/select-paths.ts');
    const files = new Map([['t-abc', '{"a":1}'], ['d-école', '["é"]']]);
    const entries = [...files.keys()].map((file) => ({ params: { file } }));
    const pattern = '/search/index/[file].json';
    const chosen = selectPaths(pattern, entries, (entry) => files.get(entry.params.file));
    expect(chosen).toHaveLength(2);
    writeChosenFiles(out, pattern, chosen, (entry) => files.get(entry.params.file)!);
    expect(await readFile(path.join(out, 'search/index/t-abc.json'), 'utf8')).toBe('{"a":1}');
    expect(await readFile(path.join(out, 'search/index/d-école.json'), 'utf8')).toBe('["é"]');
    // The route's record still lists every page with its digest, for the next incremental build.
    const [record] = await readdir(path.join(dir, 'records'));
    const { pages } = JSON.parse(await readFile(path.join(dir, 'records', record!), 'utf8')) as { pages: Record<string, string> };
    expect(Object.keys(pages).sort()).toEqual(['search/index/d-école.json', 'search/index/t-abc.json']);
    expect(Object.values(pages).every((digest) => digest.length > 0)).toBe(true);
  });
});
