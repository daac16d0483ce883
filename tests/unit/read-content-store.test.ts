import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { readContentStore, storeModuleCode } from '../../src/integrations/read-content-store.ts';

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

describe('readContentStore', () => {
  type Plugin = { load: { order: string; handler: (id: string) => { code: string } | undefined } };
  /** The Vite plugins the integration adds for a command and a store setting. */
  function pluginsFor(command: string, collectionStorage: unknown): Plugin[] {
    const added: Plugin[] = [];
    const setup = readContentStore().hooks['astro:config:setup'] as unknown as (options: object) => void;
    setup({
      command,
      config: { experimental: { collectionStorage }, cacheDir: new URL('file:///project/node_modules/.astro/') },
      updateConfig: (config: { vite: { plugins: Plugin[] } }) => added.push(...config.vite.plugins),
      logger: { info: () => undefined },
    });
    return added;
  }

  it.each([undefined, 'single-file'])('replaces the store module in a build with one store file (setting %s), ahead of Astro', (storage) => {
    const [plugin] = pluginsFor('build', storage);
    expect(plugin?.load.order).toBe('pre');
    expect(plugin?.load.handler('\0astro:data-layer-content')?.code).toContain(JSON.stringify('/project/node_modules/.astro/data-store.json'));
    expect(plugin?.load.handler('/project/src/pages/index.astro')).toBeUndefined();
  });

  it('leaves the dev server and a chunked store to Astro', () => {
    expect(pluginsFor('dev', 'single-file')).toEqual([]);
    expect(pluginsFor('build', 'chunked')).toEqual([]);
  });
});
