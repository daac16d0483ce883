// The worker thread of linkTreeInWorker (site-files.ts): links a tree's files, then exits.
import { workerData } from 'node:worker_threads';
import { linkTreeSync } from './link-tree.ts';

const { from, to, files } = workerData as { from: string; to: string; files: string[] };
linkTreeSync(from, to, files);
