// Worker thread entry for `drawMissingCards`: draws share cards into the preview cache. The PNG
// stays in the cache file; only "done" goes back to the main thread.
import { drawIntoCache, type CacheJob } from './preview-image.ts';
import { serveJobs } from '../util/run-in-workers.ts';

serveJobs(async (job: CacheJob) => {
  await drawIntoCache(job);
});
