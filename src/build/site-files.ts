// Walking, linking and moving the files of a built site.
import { constants, statSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';

/** Files handled at once: enough to keep the disk busy, few enough for the file-handle limit. */
const CONCURRENCY = 32;

/** Runs `task` over `items` with a fixed number in flight. */
export async function forEachLimited<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

/** Every file of a tree, as `/`-separated paths relative to it, sorted. */
export async function listTree(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return files.sort();
}

/** Every file of a tree with its size in bytes (synchronous stats: far cheaper than 200,000 promises). */
export async function listTreeSizes(dir: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const file of await listTree(dir)) sizes[file] = statSync(path.join(dir, file)).size;
  return sizes;
}

const madeDirs = new Set<string>();

/** Creates a file's folder once per process. */
async function ensureParent(file: string): Promise<void> {
  const dir = path.dirname(file);
  if (madeDirs.has(dir)) return;
  await mkdir(dir, { recursive: true });
  madeDirs.add(dir);
}

/** Puts a copy of `from` at `to` without copying bytes where it can: a hard link (a site's files are never edited in place), else a reflink or copy. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await ensureParent(to);
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
}

/** Moves a file into another tree (replacing what is there), copying when they are on different disks. */
export async function moveFile(from: string, to: string): Promise<void> {
  await ensureParent(to);
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
  }
}
