// Puts the share cards into dist/ after a build, linked from the share-card cache rather than
// written through Astro's endpoint (see src/lib/share-card/copy-share-cards.ts for why and how).
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyShareCardFiles, SHARE_CARD_FILES_ENV } from '../lib/share-card/copy-share-cards.ts';

/** An Astro integration that copies each claim's cached preview.png into the build's output. */
export function copyShareCards(): AstroIntegration {
  let record: string | undefined;
  return {
    name: 'recount:copy-share-cards',
    hooks: {
      'astro:build:start': () => {
        // One record per build, so that builds running side by side never share one.
        record = path.join(tmpdir(), `recount-share-card-files-${process.pid}-${Date.now()}.json`);
        process.env[SHARE_CARD_FILES_ENV] = record;
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete process.env[SHARE_CARD_FILES_ENV];
        if (record === undefined) return;
        const started = performance.now();
        const copied = await copyShareCardFiles(record, fileURLToPath(dir));
        if (copied !== null) logger.info(`${copied} share cards copied from the cache in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
