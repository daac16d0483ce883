// Worker thread entry for `drawMissingCards`: draws share cards into the share-card cache. The PNG
// stays in the cache file; only "done" goes back to the main thread.
import { drawIntoCache, type CacheJob } from './share-card.ts';
import { serveJobs } from '../../util/run-in-workers.ts';

serveJobs(async (job: CacheJob) => {
  await drawIntoCache(job);
});
