// One ingest at a time per entries folder. The lock file names its owner's process; a second
// ingest waits (saying so) while that process lives, and takes the lock over once it is gone.
// A lock judged by age alone (proper-lockfile's `stale`) was taken from a live ingest whose main
// thread was busy with one slow source for over 10 s, and then both wrote at once. Age is only
// the fallback for an owner on another machine (a shared folder), whose heartbeat we can see.
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { SourceError } from '../read/source-error.ts';
import { isProcessAlive } from '../../util/is-process-alive.ts';

/** The lock's file name inside the entries folder (git-ignored). */
export const LOCK_NAME = '.ingest.lock';

/** Who holds an ingest lock. */
interface LockOwner {
  pid: number;
  host: string;
  /** ISO 8601 time the owner took the lock. */
  started: string;
}

/** How long to wait and how to say so. */
export interface LockOptions {
  /** Called once when the lock is held by another live ingest, with the line to show. */
  onWait?: (line: string) => void;
  /** Give up after this long (default 10 minutes): a hung ingest must not block forever. */
  waitMs?: number;
  /** How often to look again. */
  pollMs?: number;
}

/** The owner's heartbeat: it touches the lock this often, for ingests on other machines. */
const HEARTBEAT_MS = 5_000;
/** An owner on another machine whose lock is older than this is taken as gone. */
const REMOTE_STALE_MS = 60_000;
/** A lock that is not (yet) readable, or an old-style lock folder, is taken as gone after this. */
const UNREADABLE_STALE_MS = 10_000;

/** The line printed while waiting. */
export const WAITING_MESSAGE = (outDir: string, owner: LockOwner) =>
  `${outDir}: waiting for another ingest to finish (${describeOwner(owner)})…`;

/** The reason given when the wait runs out. */
export const LOCKED_REASON = (owner: LockOwner | null) =>
  `another ingest is writing to this folder${owner ? ` (${describeOwner(owner)})` : ''}; wait for it to finish, or stop it, and run again`;

function describeOwner(owner: LockOwner): string {
  const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
  return `${where}, started ${owner.started.slice(11, 19)} UTC`;
}


async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.started === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/** True when the lock at `file`, held by `owner`, belongs to no live ingest. */
async function isStale(file: string, owner: LockOwner | null): Promise<boolean> {
  if (owner !== null && owner.host === hostname()) return !isProcessAlive(owner.pid);
  const info = await stat(file).catch(() => null);
  if (info === null) return false; // released meanwhile: just try again
  return Date.now() - info.mtimeMs > (owner === null ? UNREADABLE_STALE_MS : REMOTE_STALE_MS);
}

/**
 * Takes the ingest lock of `outDir`, waiting while another live ingest holds it. Returns its
 * release. Throws SourceError (naming the holder) when the wait runs out.
 */
export async function holdIngestLock(outDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const { onWait, waitMs = 10 * 60_000, pollMs = 250 } = options;
  const file = path.join(outDir, LOCK_NAME);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const giveUpAt = Date.now() + waitMs;
  let said = false;
  for (;;) {
    try {
      await writeFile(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'EISDIR') throw error;
    }
    const owner = await readOwner(file);
    if (await isStale(file, owner)) {
      await rm(file, { recursive: true, force: true }); // a killed ingest's lock (or an old lock folder)
      continue;
    }
    if (Date.now() >= giveUpAt) throw new SourceError(outDir, LOCKED_REASON(owner));
    if (!said && owner !== null) {
      said = true;
      onWait?.(WAITING_MESSAGE(outDir, owner));
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  // The heartbeat runs on a timer, so a busy main thread may miss it; on this machine that does
  // not matter (liveness is by process), and elsewhere the stale age is far longer than any beat.
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return async () => {
    clearInterval(heartbeat);
    if ((await readOwner(file))?.pid === me.pid) await rm(file, { force: true });
  };
}
