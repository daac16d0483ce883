import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildLockedError } from '../../src/build/build-lock.ts';

const lockFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'recount-lock-')), 'state', 'lock');

describe('acquireBuildLock', () => {
  it('refuses a second build in one line that names the running one', () => {
    const file = lockFile();
    const release = acquireBuildLock(file, 'dist/');
    expect(() => acquireBuildLock(file, 'dist/')).toThrow(BuildLockedError);
    expect(() => acquireBuildLock(file, 'dist/')).toThrow(new RegExp(`^Another build is writing dist/ \\(process ${process.pid}, started \\d\\d:\\d\\d:\\d\\d UTC\\); wait for it to finish, or stop it, then build again\\.$`));
    release();
    expect(existsSync(file)).toBe(false);
    acquireBuildLock(file, 'dist/')();
  });

  it('takes over the lock of a build that was killed', () => {
    const file = lockFile();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    acquireBuildLock(file, 'dist/')();
    writeFileSync(file, JSON.stringify({ pid: dead, host: hostname(), started: new Date().toISOString() }));
    const release = acquireBuildLock(file, 'dist/');
    release();
  });
});
