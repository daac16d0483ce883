// `npm run dev`: watch content/sources/ and re-ingest when an article is added, changed or
// removed, so the page updates in the browser without a restart. The content layer then picks
// up the rewritten entries in content/articles/ by itself.
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentPath } from '../content-dir.ts';
import { formatIngestEvent, runIngest, isSourceError } from '../ingest/index.ts';
import { ARTICLES_LOADER } from '../loaders/load-articles.ts';

/** Quiet period after the last file event before ingesting: an editor's save can fire several. */
const DEBOUNCE_MS = 250;

/** An Astro integration that re-runs the (incremental) ingest on source changes during `astro dev`. */
export function ingestOnChange(): AstroIntegration {
  return {
    name: 'recount:ingest-on-change',
    hooks: {
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const sourcesDir = contentPath('sources');
        const outDir = contentPath('articles');
        let timer: NodeJS.Timeout | undefined;
        let running = Promise.resolve();
        const ingest = () => {
          running = running.then(async () => {
            try {
              const report = await runIngest({ sourcesDir, outDir, jobs: 1 });
              for (const event of report.events) if (event.type !== 'unchanged') logger.info(formatIngestEvent(event));
              await refreshContent?.({ loaders: [ARTICLES_LOADER] });
            } catch (error) {
              logger.error(isSourceError(error) ? error.message : String(error));
            }
          });
        };
        const onFile = (file: string) => {
          if (path.dirname(path.resolve(file)) !== sourcesDir) return;
          clearTimeout(timer);
          timer = setTimeout(ingest, DEBOUNCE_MS);
        };
        server.watcher.add(sourcesDir);
        server.watcher.on('add', onFile);
        server.watcher.on('change', onFile);
        server.watcher.on('unlink', onFile);
      },
    },
  };
}
