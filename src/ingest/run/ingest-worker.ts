// Worker thread entry: ingests the sources the pool sends, one at a time (ingestFile reads and
// writes synchronously, so there is no waiting to overlap; see src/util/run-in-workers.ts).
import { serveJobs } from '../../util/run-in-workers.ts';
import { ingestFile } from './ingest-file.ts';

serveJobs(ingestFile, 1);
