// Astro hands the built pages its content store as a JavaScript module holding the whole store
// as one string literal (`export default JSON.parse("…")`). At 10,000 articles that is a 43 MB
// literal, and V8 took 13 s of CPU to compile it, against 0.4 s for JSON.parse of the same file
// (measured on the 10,000-article bench corpus): a cost every build and every shard paid before
// rendering a page. In `astro build` this module reads the store's file when the pages first
// ask for it instead, and hands Astro the store already unflattened (a Map, which Astro takes as
// it is): the flattened array, a value per element, is then garbage rather than held by the
// module for the whole build. `astro dev` keeps Astro's own module (it reloads it on changes).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module of the content store, as Vite resolves it. */
const RESOLVED_STORE_MODULE = '\0astro:data-layer-content';
/** Where `astro build` keeps the store: `data-store.json` in the cache folder (astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';

/**
 * The module's code: the store read from its file at run time and unflattened with devalue (the
 * format Astro writes it in; a direct dependency in the range Astro asks for), or an empty store
 * when there is none, as Astro's own module gives.
 */
export function storeModuleCode(storeFile: string, devalue = 'devalue'): string {
  const file = JSON.stringify(storeFile);
  return [
    `import { existsSync, readFileSync } from 'node:fs';`,
    `import { unflatten } from ${JSON.stringify(devalue)};`,
    `export default existsSync(${file}) ? unflatten(JSON.parse(readFileSync(${file}, 'utf8'))) : new Map();`,
  ].join('\n');
}

/** An Astro integration that makes built pages read the content store's file rather than compile it as code. */
export function readContentStore(): AstroIntegration {
  return {
    name: 'recount:read-content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        // A chunked store (an experimental setting) is split into modules by Astro: left alone.
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        let told = false;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'recount:read-content-store',
                // Before Astro's own load of the module (its plugin comes first among the 'pre'
                // plugins; the hook's own order puts this one ahead), which would read and quote
                // the whole store only for it to be replaced.
                load: {
                  order: 'pre',
                  handler(id: string) {
                    if (id !== RESOLVED_STORE_MODULE) return undefined;
                    if (!told) logger.info(`pages read the content store from ${storeFile}`);
                    told = true;
                    return { code: storeModuleCode(storeFile), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
