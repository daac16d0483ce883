// The ingest lock: a live ingest keeps it however long its main thread is busy, a second one
// waits and says so, and a killed ingest's lock is taken over at once.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { holdIngestLock, LOCK_NAME } from '../../src/ingest/run/hold-ingest-lock.ts';

const lockModule = fileURLToPath(new URL('../../src/ingest/run/hold-ingest-lock.ts', import.meta.url));
const folder = () => mkdtempSync(path.join(tmpdir(), 'recount-ingest-lock-'));

describe('holdIngestLock', () => {
  it('waits, saying so, while another live ingest is busy with the lock, and takes it only after that ingest ends', async () => {
    const dir = folder();
    const done = path.join(dir, 'done');
    // The other ingest blocks its main thread, so no timer of its can run: a lock judged by age
    // was taken from it after 10 s of that; this one is judged by whether its process lives.
    const script = `
      import { holdIngestLock } from ${JSON.stringify(lockModule)};
      import { writeFileSync } from 'node:fs';
      const release = await holdIngestLock(${JSON.stringify(dir)});
      console.log('held');
      const until = Date.now() + 3000; while (Date.now() < until) {}
      writeFileSync(${JSON.stringify(done)}, '');
      await release();`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve()));
    const lines: string[] = [];
    const release = await holdIngestLock(dir, { onWait: (line) => lines.push(line), pollMs: 50 });
    expect(existsSync(done)).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`: waiting for another ingest to finish \\(process ${child.pid}, started \\d\\d:\\d\\d:\\d\\d UTC\\)…$`));
    await release();
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  }, 20_000);

  it('takes over at once the lock of an ingest that was killed', async () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid: dead, host: hostname(), started: new Date().toISOString() }));
    const lines: string[] = [];
    const release = await holdIngestLock(dir, { onWait: (line) => lines.push(line), waitMs: 1_000 });
    expect(lines).toEqual([]);
    await release();
  });

  it('gives up with one line naming the holder when the wait runs out', async () => {
    const dir = folder();
    const release = await holdIngestLock(dir);
    await expect(holdIngestLock(dir, { waitMs: 200, pollMs: 50 })).rejects.toThrow(
      new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: another ingest is writing to this folder \\(process ${process.pid}, started .* UTC\\); wait for it to finish, or stop it, and run again$`),
    );
    await release();
  });
});
