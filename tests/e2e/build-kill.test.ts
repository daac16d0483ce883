// SIGKILL at random moments of `npm run build` never leaves dist/ without a complete site.
// CI runs a few kills on a small site; `node scripts/kill-builds.ts --trials 20` runs more.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killBuilds, runTwoBuildsAtOnce } from '../../bench/support/kill-builds.ts';

const TRIALS = Number(process.env['RECOUNT_KILL_TRIALS'] ?? 4);
let root = '';

afterAll(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

describe('a build killed with SIGKILL', () => {
  it('leaves dist/ holding the previous complete site or the new one, every time', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'recount-kill-'));
    const trials = await killBuilds({ project: process.cwd(), root: path.join(root, 'run'), trials: TRIALS, articles: 6 });
    expect(trials.filter((trial) => !trial.ok).map((trial) => trial.found)).toEqual([]);
  }, 1_500_000);
});

describe('two builds at once in one folder', () => {
  it('refuses the second with one line naming the first, which finishes', async () => {
    const { first, second, secondOutput } = await runTwoBuildsAtOnce({ project: process.cwd(), root: path.join(root, 'run'), trials: 0, articles: 6 });
    expect(second).toBe(1);
    expect(secondOutput).toMatch(/^Another build is writing dist\/ \(process \d+, started [\d:]+ UTC\); wait for it to finish, or stop it, then build again\.$/);
    expect(first).toBe(0);
  }, 300_000);
});
