// The project's Astro config with one change for the end-to-end build: a private cache folder.
// Astro keeps its content data store in `cacheDir`; a build of the temporary e2e content tree
// must not share it with a developer's build of content/ running at the same time.
import config from '../../../astro.config.mjs';

const cacheDir = process.env.RECOUNT_E2E_CACHE_DIR;
if (!cacheDir) throw new Error('astro.e2e.config.mjs: RECOUNT_E2E_CACHE_DIR is not set; run it through the e2e global setup');

export default { ...config, cacheDir };
