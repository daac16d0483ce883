import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeModuleCode } from '../../src/integrations/read-content-store.ts';

/** Writes the module for `storeFile` and imports it, as the built pages would. */
async function importStoreModule(storeFile: string): Promise<unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), 'recount-store-'));
  const module = path.join(dir, 'store.mjs');
  writeFileSync(module, storeModuleCode(storeFile));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('storeModuleCode', () => {
  it('gives the store as its file holds it, parsed when the pages import it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recount-store-'));
    const storeFile = path.join(dir, 'data-store.json');
    // Astro writes the store flattened by devalue: a JSON array.
    const flattened = [['Map', 1], 'articles', ['Map', 3], 'a', { id: 4 }, 'a'];
    writeFileSync(storeFile, JSON.stringify(flattened));
    expect(await importStoreModule(storeFile)).toEqual(flattened);
  });

  it('gives an empty store when there is no store file, as Astro does', async () => {
    const store = await importStoreModule(path.join(tmpdir(), 'no-such-folder', 'data-store.json'));
    expect(store).toBeInstanceOf(Map);
    expect((store as Map<unknown, unknown>).size).toBe(0);
  });

  it('names a path with quotes or backslashes safely', () => {
    expect(storeModuleCode('/tmp/a"b\\c.json')).toContain(JSON.stringify('/tmp/a"b\\c.json'));
  });
});
