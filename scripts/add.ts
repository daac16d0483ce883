// npm run add -- FILE|DIR...
// Copies new raw articles into content/sources/ and ingests them (only what is new or changed).
import { mkdir } from 'node:fs/promises';
import { contentPath } from '../src/content-dir.ts';
import { addSources, formatIngestEvent, formatIngestSummary, createProgress, runIngest, isSourceError } from '../src/ingest/index.ts';

const inputs = process.argv.slice(2).filter((arg) => arg !== '--');
if (inputs.length === 0) {
  console.error('usage: npm run add -- FILE|DIR... (raw articles: .txt, .md or .html)');
  process.exitCode = 2;
} else {
  // 1. Copy the new files in, refusing bad names and reporting duplicates by content.
  const sourcesDir = contentPath('sources');
  await mkdir(sourcesDir, { recursive: true });
  const outcomes = await addSources(inputs, sourcesDir);
  for (const outcome of outcomes) {
    if (outcome.type === 'added') console.log(`added   ${outcome.file} as ${outcome.as}`);
    else if (outcome.type === 'duplicate') console.log(`skipped ${outcome.file}: same text as ${outcome.of}`);
    else console.error(`refused ${outcome.file}: ${outcome.reason}`);
  }
  if (outcomes.some((outcome) => outcome.type === 'refused')) process.exitCode = 1;

  // 2. Ingest: unchanged sources are skipped, so this costs one article per new file.
  const progress = createProgress(process.stderr);
  try {
    const report = await runIngest({
      sourcesDir,
      outDir: contentPath('articles'),
      onEvent: (event, done, total) => {
        if (event.type !== 'unchanged') progress.line(formatIngestEvent(event), done, total);
      },
    });
    progress.done();
    console.log(formatIngestSummary(report));
    if (report.events.some((event) => event.type === 'error')) process.exitCode = 1;
    // 3. Say what to do next.
    console.log('Run `npm run build` to publish, or `npm run dev` to preview.');
  } catch (error) {
    progress.done();
    if (!isSourceError(error)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
