// Linking a previous site into the work folder: every file at its place as a hard link (the same
// inode, no copy), folders created, a file already there replaced, and a missing file an error
// (an incremental build then fails instead of publishing a site with a hole).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTreeSync } from '../../src/build/link-tree.ts';
import { linkTreeInWorker } from '../../src/build/site-files.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'recount-link-tree-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const from = path.join(scratch, 'site');
const files = ['index.html', 'claims/a-1/index.html', 'claims/a-1/preview.png', 'data/claims.json'];
for (const file of files) {
  mkdirSync(path.dirname(path.join(from, file)), { recursive: true });
  writeFileSync(path.join(from, file), `bytes of ${file}`);
}

describe('linkTreeSync', () => {
  it('puts every file at its place in the other tree as a hard link, creating folders and replacing what is there', () => {
    const to = path.join(scratch, 'sync');
    mkdirSync(path.join(to, 'data'), { recursive: true });
    writeFileSync(path.join(to, 'data/claims.json'), 'stale');
    linkTreeSync(from, to, files);
    for (const file of files) {
      expect(readFileSync(path.join(to, file), 'utf8')).toBe(`bytes of ${file}`);
      expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino);
    }
  });
});

describe('linkTreeInWorker', () => {
  it('links the same way off the main thread', async () => {
    const to = path.join(scratch, 'worker');
    await linkTreeInWorker(from, to, files);
    expect(files.map((file) => readFileSync(path.join(to, file), 'utf8'))).toEqual(files.map((file) => `bytes of ${file}`));
  });

  it('rejects when a file of the list is gone', async () => {
    await expect(linkTreeInWorker(from, path.join(scratch, 'broken'), [...files, 'claims/gone/index.html'])).rejects.toThrow(/ENOENT/);
  });
});
