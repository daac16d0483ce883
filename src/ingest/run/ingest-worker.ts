// Worker thread entry: ingests the sources the pool sends, a few files in flight so that reading
// and writing overlap the extraction (see src/util/run-in-workers.ts).
import { serveJobs } from '../../util/run-in-workers.ts';
import { ingestFile } from './ingest-file.ts';

serveJobs(ingestFile, 4);
