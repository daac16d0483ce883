import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../src/util/write-file-atomic.ts';

describe.each([
  ['writeFileAtomic', (file: string, content: string) => writeFileAtomic(file, content)],
  ['writeFileAtomicSync', (file: string, content: string) => writeFileAtomicSync(file, content)],
])('%s', (_, write) => {
  it('replaces the file and leaves no temporary file beside it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recount-atomic-'));
    const file = path.join(dir, 'entry.md');
    writeFileSync(file, 'old');
    await write(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['entry.md']);
  });

  it('leaves no temporary file when the write fails', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recount-atomic-'));
    // A folder where the file should go: the rename over it fails.
    const file = path.join(dir, 'taken');
    writeFileSync(path.join(dir, 'keep'), '');
    mkdirSync(path.join(file, 'inside'), { recursive: true });
    await expect(Promise.resolve().then(() => write(file, 'x'))).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['keep', 'taken']);
  });
});
