// npm run ingest [-- --sources DIR --out DIR --jobs N]
// Turns raw articles into content entries: content/sources/ -> content/articles/.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheCompiledCode } from '../src/util/cache-compiled-code.ts';

// 0. Compiled code cached between runs: the ingest is imported after the cache is on.
cacheCompiledCode();
const { contentPath } = await import('../src/content-dir.ts');
const { formatIngestEvent, formatIngestSummary, createProgress, runIngest, isSourceError } = await import('../src/ingest/index.ts');

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: contentPath('sources') },
    out: { type: 'string', default: contentPath('articles') },
    jobs: { type: 'string' },
  },
});

// 1. Resolve folders and options.
const sourcesDir = path.resolve(values.sources);
const outDir = path.resolve(values.out);
const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
  console.error(`--jobs must be a whole number of at least 1 (got "${values.jobs}")`);
  process.exitCode = 2;
} else {
  // 2. Ingest, printing a line per source (and a progress line on a terminal).
  const progress = createProgress(process.stderr);
  try {
    const report = await runIngest({
      sourcesDir,
      outDir,
      ...(jobs === undefined ? {} : { jobs }),
      onEvent: (event, done, total) => progress.line(formatIngestEvent(event), done, total),
    });
    progress.done();
    // 3. Summarise; failed sources make the exit code non-zero so pipelines notice.
    console.log(formatIngestSummary(report));
    if (report.events.some((event) => event.type === 'error')) process.exitCode = 1;
  } catch (error) {
    progress.done();
    if (isSourceError(error) || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(isSourceError(error) ? error.message : `${sourcesDir}: no such folder; create it or pass --sources DIR`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  }
}
