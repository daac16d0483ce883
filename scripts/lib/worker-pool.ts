import { Worker } from 'node:worker_threads';

/**
 * Runs tasks on `threads` worker threads running `script`, one task per worker at a time, and
 * calls `onResult` (awaited, in the main thread) as each finishes. The worker answers
 * `{ index, result }` for a message `{ index, task }`.
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
            const send = () => {
              if (next >= tasks.length) return resolve();
              const index = next++;
              worker.postMessage({ index, task: tasks[index] });
            };
            worker.on('message', async ({ index, result }: { index: number; result: R }) => {
              try {
                await onResult(index, result);
                send();
              } catch (error) {
                reject(error);
              }
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
