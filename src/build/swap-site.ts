// Swapping a finished site into place. dist/ is only ever renamed, never written into: a reader
// or a deploy step sees the previous complete site or the new one. The swap is two renames (Node
// has no atomic exchange); a build killed between them leaves the new site, complete and
// recorded, in the work folder, and the next build finishes the swap before anything else.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BuildManifest } from './build-manifest.ts';
import type { BuildPaths } from './build-paths.ts';

/** Puts back a site left out of place by a build killed mid-swap; returns what it did, or null. */
export async function recoverInterruptedSwap(paths: BuildPaths, manifest: BuildManifest | null): Promise<string | null> {
  if (existsSync(paths.dist)) return null;
  const staged = await stat(paths.staging).catch(() => null);
  if (staged !== null && manifest !== null && staged.ino === manifest.siteInode) {
    await rename(paths.staging, paths.dist);
    return 'finished the swap of a build killed while swapping its site in';
  }
  if (existsSync(paths.old)) {
    await rename(paths.old, paths.dist);
    return 'put back the previous site, moved aside by a build killed while swapping';
  }
  return null;
}

/** The prefix of folders waiting to be deleted, in the build's state folder. */
const TRASH = 'trash-';

/** Replaces `dist` with the finished site in `staging`; the previous one is deleted in the background. */
export async function swapSiteIn(paths: BuildPaths): Promise<void> {
  await rm(paths.old, { recursive: true, force: true });
  if (existsSync(paths.dist)) await rename(paths.dist, paths.old);
  await rename(paths.staging, paths.dist);
  if (!existsSync(paths.old)) return;
  // Deleting a big site's 200,000 files takes longer than an incremental build renders; a
  // detached process does it, and the next build clears whatever a kill left behind.
  const trash = path.join(path.dirname(paths.work), `${TRASH}${process.pid}-${Date.now()}`);
  await rename(paths.old, trash);
  deleteInBackground(trash);
}

/** Deletes a folder from a detached process, so that neither this build nor the next waits for it. */
function deleteInBackground(folder: string): void {
  spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(folder)}, { recursive: true, force: true })`], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Deletes old sites left by earlier builds (killed before their background deletion finished),
 * in the background too: a build started right after another used to wait here a minute and
 * more for the last 200,000-file site to go (measured at 10,000 articles).
 */
export async function emptyTrash(paths: BuildPaths): Promise<void> {
  const state = path.dirname(paths.work);
  const names = await readdir(state).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.startsWith(TRASH))) deleteInBackground(path.join(state, name));
}
