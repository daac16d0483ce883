// Walking, linking and moving the files of a built site.
import { statSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

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

/** Runs a file operation into `to`'s folder, creating the folder first; again once if the folder went away meanwhile (a tree emptied and refilled). */
async function intoFolder(to: string, operation: () => Promise<void>): Promise<void> {
  await ensureParent(to);
  try {
    await operation();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(to), { recursive: true });
    await operation();
  }
}

/** linkTreeSync (link-tree.ts) in a worker thread; resolves when every file is linked, rejects with the first error. */
export function linkTreeInWorker(from: string, to: string, files: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./link-tree-worker.ts', import.meta.url), { workerData: { from, to, files } });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`linking ${from} into ${to} stopped with exit code ${code}`))));
  });
}

/** Moves a file into another tree (replacing what is there), copying when they are on different disks. */
export async function moveFile(from: string, to: string): Promise<void> {
  await intoFolder(to, async () => {
    try {
      await rename(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(from, to);
    }
  });
}

/** Deletes files of a tree (relative paths), then the folders they leave empty; files already gone are fine. */
export async function removeFiles(dir: string, files: readonly string[]): Promise<void> {
  await forEachLimited(files, (file) => unlink(path.join(dir, file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  }));
  // Deepest folders first, so that a folder emptied by its children's removal goes too.
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
  }
  const deepestFirst = [...folders].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : 1));
  for (const folder of deepestFirst) {
    await rmdir(path.join(dir, folder)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST' && error.code !== 'ENOENT') throw error;
    });
  }
  for (const folder of folders) madeDirs.delete(path.join(dir, folder));
}
