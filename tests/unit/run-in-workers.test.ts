import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInWorkers } from '../../src/util/run-in-workers.ts';

describe('runInWorkers', () => {
  let root: string;
  let script: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'recount-workers-'));
    // A worker that creates the file each job names, or fails when the job says so.
    script = path.join(root, 'worker.mjs');
    const serveJobs = pathToFileURL(path.resolve('src/util/run-in-workers.ts')).href;
    await writeFile(
      script,
      `import { writeFile } from 'node:fs/promises';
      import { serveJobs } from ${JSON.stringify(serveJobs)};
      serveJobs(async (job) => {
        if (job.fail) throw new Error('could not draw ' + job.file);
        await writeFile(job.file, 'done');
        return job.file;
      });`,
    );
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('runs every job once, spread over the threads', async () => {
    const out = await mkdtemp(path.join(root, 'out-'));
    const jobs = Array.from({ length: 9 }, (_, i) => ({ file: path.join(out, `${i}.txt`) }));
    await runInWorkers(script, jobs, { threads: 2 });
    expect((await readdir(out)).sort()).toEqual(jobs.map((job) => path.basename(job.file)).sort());
  });

  it('hands each result to onResult on the main thread, one call at a time', async () => {
    const out = await mkdtemp(path.join(root, 'results-'));
    const jobs = Array.from({ length: 40 }, (_, i) => ({ file: path.join(out, `${i}.txt`) }));
    const seen: string[] = [];
    let running = 0;
    let overlapped = false;
    await runInWorkers<{ file: string }, string>(script, jobs, {
      threads: 2,
      batch: 4,
      onResult: async (index, result) => {
        overlapped ||= running > 0;
        running++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        expect(result).toBe(jobs[index]!.file);
        seen.push(result);
        running--;
      },
    });
    expect(overlapped).toBe(false);
    expect(seen.sort()).toEqual(jobs.map((job) => job.file).sort());
  });

  it('rejects with the error of a job that failed', async () => {
    const jobs = [{ file: path.join(root, 'a.txt') }, { file: path.join(root, 'b.txt'), fail: true }];
    await expect(runInWorkers(script, jobs, { threads: 1 })).rejects.toThrow(`could not draw ${path.join(root, 'b.txt')}`);
  });

  it('finishes at once when there is nothing to do', async () => {
    await expect(runInWorkers(script, [], { threads: 4 })).resolves.toBeUndefined();
  });

  it('rejects when the worker script cannot start', async () => {
    await expect(runInWorkers(path.join(root, 'missing.mjs'), [{ file: 'x' }], { threads: 1 })).rejects.toThrow(/missing\.mjs/);
  });
});
