// Putting a file's bytes at a second path without copying them where the disk allows.
import { constants } from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';

/**
 * Puts `from` at `to` as a hard link (files of a site and of its caches are written whole and
 * never edited in place, so sharing them is safe), else as a reflink or copy (another disk, a
 * file system without links). Whatever is at `to` is replaced; `to`'s folder must exist.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await rm(to, { force: true });
      return linkOrCopy(from, to);
    }
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
}
