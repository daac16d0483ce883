import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { isProcessAlive } from './is-process-alive.ts';

let counter = 0;

/** The temporary names `writeFileAtomic` uses: `.<name>.<pid>.<n>.tmp`. */
const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;

/**
 * Writes a file so that readers and a killed process only ever see the old or the new content:
 * a temporary file beside it (same folder, so the rename cannot cross file systems), then a
 * rename over the old one. No fsync: the rename is what makes a kill safe, and syncing every
 * entry would cost more than extracting it. The temporary name starts with a dot, so the
 * content loader never picks up a half-written file.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = temporaryFor(file);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * writeFileAtomic without promises, for many small files: each promise-based call is a round trip
 * through the thread pool, which costs more CPU than writing a few KB that stay in the page cache.
 */
export function writeFileAtomicSync(file: string, content: string): void {
  const temporary = temporaryFor(file);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A fresh temporary name beside `file`: `.<name>.<pid>.<n>.tmp`. */
function temporaryFor(file: string): string {
  const slash = file.lastIndexOf('/');
  return `${file.slice(0, slash + 1)}.${file.slice(slash + 1)}.${process.pid}.${++counter}.tmp`;
}

/**
 * Removes the temporary files a killed writer left in `dir` (those whose process is gone); a
 * live writer's are left alone. Returns the names removed.
 */
export async function removeLeftoverTemporaries(dir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const match = TEMPORARY.exec(name);
    if (!match || isProcessAlive(Number(match[1]))) continue;
    await rm(`${dir}/${name}`, { force: true });
    removed.push(name);
  }
  return removed;
}

