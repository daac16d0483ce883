import { Worker } from 'node:worker_threads';

/** Tasks handed to a worker at once: enough to keep it busy between two messages from the main thread. */
const BATCH = 16;

/**
 * Runs tasks on `threads` worker threads running `script` and calls `onResult` (awaited, on the
 * main thread) as each finishes. A worker is sent `{ batch: [{ index, task }] }`, answers
 * `{ index, result }` for each task and `{ done: true }` when its batch is finished; batches keep
 * the workers busy while the main thread is settling results.
 */
export async function runPool<T, R>(
  script: URL,
  tasks: T[],
  threads: number,
  onResult: (index: number, result: R) => Promise<void> | void,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let settling = Promise.resolve();
            const send = () => {
              if (next >= tasks.length) return void settling.then(resolve, reject);
              const batch = [];
              for (; next < tasks.length && batch.length < BATCH; next++) batch.push({ index: next, task: tasks[next] });
              worker.postMessage({ batch });
            };
            worker.on('message', (message: { index: number; result: R } | { done: true }) => {
              if ('done' in message) return send();
              // Results are settled one after the other, in the order they arrive.
              settling = settling.then(() => onResult(message.index, message.result)).catch((error: unknown) => {
                reject(error);
              });
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < tasks.length || code !== 0) reject(new Error(`ingest worker stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
