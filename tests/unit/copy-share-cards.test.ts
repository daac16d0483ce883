import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyShareCardFiles, SHARE_CARD_FILES_ENV, recordShareCardFiles } from '../../src/lib/share-card/copy-share-cards.ts';

describe('recordShareCardFiles and copyShareCardFiles', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'recount-copy-previews-'));
  });
  afterEach(async () => {
    delete process.env[SHARE_CARD_FILES_ENV];
    await rm(root, { recursive: true, force: true });
  });

  it('records nothing when no integration asked for the files, so the endpoint writes them', async () => {
    expect(await recordShareCardFiles([['claims/x/preview.png', '/nowhere.png']])).toBe(false);
  });

  it('copies each recorded file to its path in dist, then deletes the record', async () => {
    const record = path.join(root, 'record.json');
    process.env[SHARE_CARD_FILES_ENV] = record;
    await writeFile(path.join(root, 'a.png'), 'card a');
    await writeFile(path.join(root, 'b.png'), 'card b');
    expect(await recordShareCardFiles([['claims/a/preview.png', path.join(root, 'a.png')], ['claims/b/preview.png', path.join(root, 'b.png')]])).toBe(true);

    const dist = path.join(root, 'dist');
    expect(await copyShareCardFiles(record, dist)).toBe(2);
    expect(await readFile(path.join(dist, 'claims/a/preview.png'), 'utf8')).toBe('card a');
    expect(await readFile(path.join(dist, 'claims/b/preview.png'), 'utf8')).toBe('card b');
    expect(existsSync(record)).toBe(false);
  });

  it('links each card to its cached file rather than copying it, replacing a file already there', async () => {
    const record = path.join(root, 'record.json');
    process.env[SHARE_CARD_FILES_ENV] = record;
    await writeFile(path.join(root, 'a.png'), 'card a');
    await recordShareCardFiles([['claims/a/preview.png', path.join(root, 'a.png')]]);
    const dist = path.join(root, 'dist');
    await mkdir(path.join(dist, 'claims/a'), { recursive: true });
    await writeFile(path.join(dist, 'claims/a/preview.png'), 'an old card');

    expect(await copyShareCardFiles(record, dist)).toBe(1);
    expect(await readFile(path.join(dist, 'claims/a/preview.png'), 'utf8')).toBe('card a');
    expect((await stat(path.join(dist, 'claims/a/preview.png'))).ino).toBe((await stat(path.join(root, 'a.png'))).ino);
  });

  it('copies nothing when nothing was recorded', async () => {
    expect(await copyShareCardFiles(path.join(root, 'missing.json'), path.join(root, 'dist'))).toBeNull();
  });

  it('fails when a recorded file is missing from the cache', async () => {
    const record = path.join(root, 'record.json');
    process.env[SHARE_CARD_FILES_ENV] = record;
    await recordShareCardFiles([['claims/a/preview.png', path.join(root, 'gone.png')]]);
    await expect(copyShareCardFiles(record, path.join(root, 'dist'))).rejects.toThrow(
      `The share card for claims/a/preview.png went missing from the cache (${path.join(root, 'gone.png')}) during the build; build again.`,
    );
  });
});
