// Puts the share cards into dist/ after a build, copied from the preview cache rather than
// written through Astro's endpoint (see src/lib/copy-preview-files.ts for why and how).
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyPreviewFiles, PREVIEW_FILES_ENV } from '../lib/copy-preview-files.ts';

/** An Astro integration that copies each claim's cached preview.png into the build's output. */
export function copyPreviewImages(): AstroIntegration {
  let record: string | undefined;
  return {
    name: 'recount:copy-preview-images',
    hooks: {
      'astro:build:start': () => {
        // One record per build, so that builds running side by side never share one.
        record = path.join(tmpdir(), `recount-preview-files-${process.pid}-${Date.now()}.json`);
        process.env[PREVIEW_FILES_ENV] = record;
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete process.env[PREVIEW_FILES_ENV];
        if (record === undefined) return;
        const started = performance.now();
        const copied = await copyPreviewFiles(record, fileURLToPath(dir));
        if (copied !== null) logger.info(`${copied} preview images copied from the cache in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
