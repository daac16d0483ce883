// Worker thread entry: ingests the batches of files the pool sends, a few files in flight so that
// reading and writing overlap the extraction, and reports each file as it is done.
import { parentPort } from 'node:worker_threads';
import { ingestFile, type FileResult, type FileTask } from './ingest-file.ts';

const IN_FLIGHT = 4;

parentPort!.on('message', async ({ batch }: { batch: { index: number; task: FileTask }[] }) => {
  const pending = new Map<number, Promise<FileResult>>();
  for (let i = 0; i < batch.length; i++) {
    for (let ahead = i; ahead < Math.min(batch.length, i + IN_FLIGHT); ahead++) {
      if (!pending.has(ahead)) pending.set(ahead, ingestFile(batch[ahead]!.task));
    }
    parentPort!.postMessage({ index: batch[i]!.index, result: await pending.get(i)! });
    pending.delete(i);
  }
  parentPort!.postMessage({ done: true });
});
