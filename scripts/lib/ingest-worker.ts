// Worker thread entry: ingests the files the pool sends, one at a time.
import { parentPort } from 'node:worker_threads';
import { ingestFile, type FileTask } from './ingest-file.ts';

parentPort!.on('message', async ({ index, task }: { index: number; task: FileTask }) => {
  parentPort!.postMessage({ index, result: await ingestFile(task) });
});
