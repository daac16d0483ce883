// Putting a file's bytes at a second path without copying them where the disk allows.
import { constants, copyFileSync, linkSync, rmSync } from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';

/**
 * What a failed link leaves to do: replace what is at `to` (it exists), or copy (another disk, a
 * file system without links, too many links); any other error is thrown.
 */
function afterLinkFailed(error: unknown): 'replace' | 'copy' {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return 'replace';
  if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') return 'copy';
  throw error;
}

/**
 * Puts `from` at `to` as a hard link (files of a site and of its caches are written whole and
 * never edited in place, so sharing them is safe), else as a reflink or copy (another disk, a
 * file system without links). Whatever is at `to` is replaced; `to`'s folder must exist.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (afterLinkFailed(error) === 'copy') return copyFile(from, to, constants.COPYFILE_FICLONE);
    await rm(to, { force: true });
    return linkOrCopy(from, to);
  }
}

/** linkOrCopy without promises, for many files in a row off the main thread (see site-files.ts). */
export function linkOrCopySync(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (afterLinkFailed(error) === 'copy') return copyFileSync(from, to, constants.COPYFILE_FICLONE);
    rmSync(to, { force: true });
    linkOrCopySync(from, to);
  }
}
