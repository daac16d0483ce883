import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { storeModuleCode } from '../../src/integrations/read-content-store.ts';

/** Writes the module for `storeFile` and imports it, as the built pages would. */
async function importStoreModule(storeFile: string): Promise<unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), 'recount-store-'));
  const module = path.join(dir, 'store.mjs');
  // From a temporary folder the package is found by its URL, as Vite finds it from the project.
  writeFileSync(module, storeModuleCode(storeFile, import.meta.resolve('devalue')));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('storeModuleCode', () => {
  it('gives the store as Astro wrote it, unflattened: the Map of collections Astro reads', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recount-store-'));
    const storeFile = path.join(dir, 'data-store.json');
    const store = new Map([['articles', new Map([['a', { id: 'a', data: { title: 'One', claims: [{ id: 'c', value: 340 }] } }]])]]);
    writeFileSync(storeFile, stringify(store));
    expect(await importStoreModule(storeFile)).toEqual(store);
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
