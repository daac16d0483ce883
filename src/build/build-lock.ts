// One build at a time per output folder. Two builds writing one site at once fail in confusing
// ways (Astro's intermediates deleted under the other), so the second is refused with one line.
// The lock names its owner's process; a lock whose process is gone (a killed build) is taken over.
import { hostname } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from '../util/is-process-alive.ts';

/** Who holds a build lock. */
interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

/** Thrown when another live build holds the lock; its message is the one line to print. */
export class BuildLockedError extends Error {}


/** Reads a lock file; null when it is gone or unreadable (a lock being written or removed). */
function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

/** Takes the lock at `file` for this process, or throws BuildLockedError naming the build that holds it. Returns its release. */
export function acquireBuildLock(file: string, what: string): () => void {
  mkdirSync(path.dirname(file), { recursive: true });
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return () => {
        if (readOwner(file)?.pid === me.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner !== null && (owner.host !== me.host || isProcessAlive(owner.pid))) {
      const where = owner.host === me.host ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
      throw new BuildLockedError(
        `Another build is writing ${what} (${where}, started ${owner.started.slice(11, 19)} UTC); wait for it to finish, or stop it, then build again.`,
      );
    }
    // Its owner is gone (killed): the lock is stale.
    rmSync(file, { force: true });
  }
  throw new BuildLockedError(`Could not take the build lock ${file}; another build keeps taking it. Build again.`);
}
