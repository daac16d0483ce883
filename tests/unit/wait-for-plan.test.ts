import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_PLAN_ENV, type BuildPlan } from '../../src/lib/build-plan/select-paths.ts';
import { writeFileAtomic } from '../../src/util/write-file-atomic.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'recount-plan-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the build plan', () => {
  it('is waited for by a route when npm run build writes it after starting Astro', async () => {
    const planFile = path.join(dir, 'plan.json');
    const module = path.resolve('src/lib/build-plan/select-paths.ts');
    // A route of an Astro process started before its plan exists: it lists one page.
    const route = `const { selectPaths } = await import(${JSON.stringify(module)}); console.log(selectPaths('/claims/[id]/', [{ params: { id: 'c1' }, props: { n: 1 } }]).length);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', route], { env: { ...process.env, [BUILD_PLAN_ENV]: planFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const plan: BuildPlan = { mode: 'all', recordDir: path.join(dir, 'records') };
    await writeFileAtomic(planFile, JSON.stringify(plan)); // as run-build.ts writes it: never seen half-written
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(output.trim()).toBe('1');
    expect(code).toBe(0);
    expect(await readdir(path.join(dir, 'records'))).toHaveLength(1);
  });
});
