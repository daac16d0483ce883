// Swapping a finished site into place. dist/ is only ever renamed, never written into: a reader
// or a deploy step sees the previous complete site or the new one. The swap is two renames (Node
// has no atomic exchange); a build killed between them leaves the new site, complete and
// recorded, in the work folder, and the next build finishes the swap before anything else.
import { existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
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

/** Replaces `dist` with the finished site in `staging`, then deletes the previous one. */
export async function swapSiteIn(paths: BuildPaths): Promise<void> {
  await rm(paths.old, { recursive: true, force: true });
  if (existsSync(paths.dist)) await rename(paths.dist, paths.old);
  await rename(paths.staging, paths.dist);
  await rm(paths.old, { recursive: true, force: true });
}
