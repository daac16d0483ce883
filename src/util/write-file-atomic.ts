import { rename, rm, writeFile } from 'node:fs/promises';

let counter = 0;

/**
 * Writes a file so that readers and a killed process only ever see the old or the new content:
 * a temporary file beside it (same folder, so the rename cannot cross file systems), then a
 * rename over the old one. No fsync: the rename is what makes a kill safe, and syncing every
 * entry would cost more than extracting it. The temporary name starts with a dot, so the
 * content loader never picks up a half-written file.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const slash = file.lastIndexOf('/');
  const temporary = `${file.slice(0, slash + 1)}.${file.slice(slash + 1)}.${process.pid}.${++counter}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
