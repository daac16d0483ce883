// The site's search index, built once per Astro build from loadSite() and shared by the index
// file endpoint and the search page (which needs the manifest's name and the filter choices).
import { loadSite } from '../site-data.ts';
import { indexSite, type SiteSearchIndex } from './index-site.ts';

let cached: Promise<SiteSearchIndex> | undefined;

/** Builds the search index once per build; later calls share the same promise. */
export function loadSearchIndex(): Promise<SiteSearchIndex> {
  cached ??= loadSite().then(indexSite);
  return cached;
}
