// Everything the pages need, computed once per build from the validated collections.
// Pages call loadSite() instead of getCollection(): per-page collection reads are a known
// Astro slowdown at scale, and comparisons and search documents must be computed only once.
import { getCollection } from 'astro:content';
import { buildSiteData, type SiteData } from './site-index.ts';

export type { ArticleRecord, ClaimRecord, ReviewRecord, SiteData, SpeakerRecord } from './site-index.ts';

let cached: Promise<SiteData> | undefined;

/** Loads and indexes the whole site once per build; later calls share the same promise. */
export function loadSite(): Promise<SiteData> {
  cached ??= Promise.all([getCollection('articles'), getCollection('reviews')]).then(([articles, reviews]) => buildSiteData({ articles, reviews }));
  return cached;
}
