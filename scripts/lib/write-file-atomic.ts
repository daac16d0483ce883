import writeFileAtomicLib from 'write-file-atomic';

/**
 * Writes a file so that readers and crashes only ever see the old or the new content:
 * a temporary file beside it, fsync, then rename.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await writeFileAtomicLib(file, content, { encoding: 'utf8' });
}
