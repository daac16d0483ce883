// Everything the pages need, computed once per build from the validated collections.
// Pages call loadSite() instead of getCollection(): per-page collection reads are a known
// Astro slowdown at scale, and comparisons and search documents must be computed only once.
import { getCollection } from 'astro:content';
import { plannedArchive, waitForFile } from './build-plan/select-paths.ts';
import { buildSiteData, groupHere, type SiteData, type TopicSource } from './site-index.ts';
import { unpackTopics } from './topics/pack-topics.ts';

export type { ArticleRecord, ClaimRecord, ReviewRecord, SiteData, SpeakerRecord } from './site-index.ts';

let cached: Promise<SiteData> | undefined;

/** Loads and indexes the whole site once per build; later calls share the same promise. */
export function loadSite(): Promise<SiteData> {
  cached ??= Promise.all([getCollection('articles'), getCollection('reviews')]).then(([articles, reviews]) => buildSiteData({ articles, reviews }, topicSource()));
  return cached;
}

/**
 * Under `npm run build` the archive step groups the claims (it needs the comparisons for the
 * data tables and the search index) and leaves its grouping for the pages: grouping is most of
 * the site index's work, and was done twice.
 */
function topicSource(): TopicSource {
  const archive = plannedArchive();
  return archive ? (claims) => unpackTopics(waitForFile(archive.topics), claims) : groupHere;
}
