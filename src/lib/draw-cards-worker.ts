// Worker thread entry for `warmPreviewCache`: draws share cards into the preview cache, one job
// (a card's plan and its cache file) at a time.
import { drawIntoCache, type CacheJob } from './preview-image.ts';
import { serveJobs } from './run-in-workers.ts';

serveJobs<CacheJob>(drawIntoCache);
