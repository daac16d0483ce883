// The one pool of worker threads for batch jobs (ingesting sources, drawing share cards). The
// main thread hands each worker a batch of jobs; the worker keeps a few in flight, so one job's
// I/O overlaps the next one's work, answers each job as it finishes, and asks for the next batch
// when its batch is done. Batches keep the workers busy while the main thread is busy elsewhere
// (settling results, rendering pages) and answers them only now and then.
import { parentPort, Worker } from 'node:worker_threads';

/** What the main thread sends a worker. */
interface BatchMessage<Job> {
  batch: { index: number; job: Job }[];
}

/** What a worker answers: one reply per job, then `done` for the batch. */
type Reply<Result> = { index: number; result: Result } | { index: number; error: string } | { done: true };

/** Options for `runInWorkers`. */
export interface RunInWorkersOptions<Result> {
  /** Worker threads to start (no more than there are jobs). */
  threads: number;
  /** Jobs handed to a worker at once; default 16. */
  batch?: number;
  /** Called on the main thread with each job's result, one call at a time, in the order results arrive; awaited. */
  onResult?: (index: number, result: Result) => Promise<void> | void;
}

const DEFAULT_BATCH = 16;

/**
 * Runs every job on worker threads running `script` (whose entry calls `serveJobs`). Rejects
 * with the first job's error, or the first `onResult` failure, and stops the workers.
 */
export async function runInWorkers<Job, Result = unknown>(script: string | URL, jobs: readonly Job[], options: RunInWorkersOptions<Result>): Promise<void> {
  if (jobs.length === 0) return;
  const threads = Math.min(Math.max(1, options.threads), jobs.length);
  // Small workloads are spread over every thread rather than sent to one in a single batch.
  const batchSize = Math.max(1, Math.min(options.batch ?? DEFAULT_BATCH, Math.ceil(jobs.length / threads)));
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let idle = 0;
      let settling = Promise.resolve();
      const send = (worker: Worker): void => {
        if (next >= jobs.length) {
          if (++idle === workers.length) settling.then(resolve, reject);
          return;
        }
        const batch: BatchMessage<Job>['batch'] = [];
        for (; next < jobs.length && batch.length < batchSize; next++) batch.push({ index: next, job: jobs[next]! });
        worker.postMessage({ batch } satisfies BatchMessage<Job>);
      };
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(script);
        workers.push(worker);
        worker.on('message', (reply: Reply<Result>) => {
          if ('done' in reply) return send(worker);
          if ('error' in reply) return reject(new Error(reply.error));
          const { onResult } = options;
          if (onResult) {
            settling = settling.then(() => onResult(reply.index, reply.result));
            settling.catch(reject);
          }
        });
        worker.on('error', reject);
        // Workers are only stopped after the pool has settled, so an exit now is a crash.
        worker.on('exit', (code) => reject(new Error(`A worker thread (${String(script)}) stopped with exit code ${code} before its jobs were done.`)));
      }
      for (const worker of workers) send(worker);
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * In a worker thread started by `runInWorkers`: handles the jobs of each batch, `inFlight` at a
 * time, and answers each with its result (in batch order), or with the error that stops the pool.
 */
export function serveJobs<Job, Result>(handle: (job: Job) => Promise<Result>, inFlight = 2): void {
  if (!parentPort) throw new Error('serveJobs() runs in a worker thread started by runInWorkers().');
  const port = parentPort;
  port.on('message', async ({ batch }: BatchMessage<Job>) => {
    const pending = new Map<number, Promise<Result>>();
    for (let i = 0; i < batch.length; i++) {
      for (let ahead = i; ahead < Math.min(batch.length, i + inFlight); ahead++) {
        if (pending.has(ahead)) continue;
        const running = handle(batch[ahead]!.job);
        running.catch(() => undefined); // reported when its turn comes, not as an unhandled rejection
        pending.set(ahead, running);
      }
      const { index } = batch[i]!;
      try {
        port.postMessage({ index, result: await pending.get(i)! } satisfies Reply<Result>);
      } catch (error) {
        port.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply<Result>);
        return;
      }
      pending.delete(i);
    }
    port.postMessage({ done: true } satisfies Reply<Result>);
  });
}
