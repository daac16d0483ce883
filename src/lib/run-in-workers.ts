// A small pool of worker threads for batch jobs: each worker runs one script, takes jobs as
// messages and answers each with `{}` when it is done or `{ error }` when it failed. A few jobs
// wait at each worker, so that one job's asynchronous tail (compressing, writing) overlaps the
// next job's work.
import { parentPort, Worker } from 'node:worker_threads';

/** What a worker answers for each job. */
interface JobReply {
  error?: string;
}

/** Options for `runInWorkers`. */
export interface RunInWorkersOptions {
  /** Worker threads to start (no more than there are jobs). */
  threads: number;
  /** Jobs handed to a worker before it answers any; 2 overlaps one job's waiting with the next. */
  perThread?: number;
}

/** Runs every job on worker threads running `script`; rejects with the first job's error, stopping the rest. */
export function runInWorkers<Job>(script: string, jobs: readonly Job[], options: RunInWorkersOptions): Promise<void> {
  const perThread = Math.max(1, options.perThread ?? 2);
  const threads = Math.min(Math.max(1, options.threads), Math.ceil(jobs.length / perThread));
  if (jobs.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let settled = false;
    const workers: Worker[] = [];
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker): void => {
      if (next < jobs.length) worker.postMessage(jobs[next++]);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script);
      workers.push(worker);
      worker.on('message', (reply: JobReply) => {
        if (reply.error !== undefined) return finish(new Error(reply.error));
        done += 1;
        if (done === jobs.length) return finish();
        feed(worker);
      });
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`A worker thread (${script}) stopped with exit code ${code} before its jobs were done.`)));
      for (let j = 0; j < perThread; j++) feed(worker);
    }
  });
}

/** In a worker thread started by `runInWorkers`: handles each job message and answers it. */
export function serveJobs<Job>(handle: (job: Job) => Promise<unknown>): void {
  if (!parentPort) throw new Error('serveJobs() runs in a worker thread started by runInWorkers().');
  const port = parentPort;
  port.on('message', (job: Job) => {
    handle(job).then(
      () => port.postMessage({} satisfies JobReply),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies JobReply),
    );
  });
}
