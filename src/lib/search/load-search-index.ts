// The site's search index, built once per Astro build from loadSite() and shared by the index
// file endpoint and the search page (which needs the manifest's name and the filter choices).
import { loadSite, type SiteData } from '../site-data.ts';
import { buildSearchDocuments, type FacetOption, type SearchTopicInput } from './build-search-documents.ts';
import { buildSearchIndex, type SearchIndexFiles } from './build-search-index.ts';
import type { Facet } from './search-format.ts';

/** The built index files plus the filter choices for the search form. */
export interface SiteSearchIndex extends SearchIndexFiles {
  facetOptions: Record<Facet, FacetOption[]>;
  /** The comparison topics that were indexed. */
  topics: SearchTopicInput[];
}

/** The site's comparison topics as the search indexes them. */
export function topicsOf(site: SiteData): SearchTopicInput[] {
  return site.topics.map((topic) => ({ id: topic.id, title: topic.title, claims: topic.points, speakers: topic.speakers, summary: topic.headline }));
}

let cached: Promise<SiteSearchIndex> | undefined;

/** Builds the search index once per build; later calls share the same promise. */
export function loadSearchIndex(): Promise<SiteSearchIndex> {
  cached ??= loadSite().then((site) => {
    const topics = topicsOf(site);
    const { documents, facetOptions } = buildSearchDocuments({ ...site, topics });
    return { ...buildSearchIndex(documents), facetOptions, topics };
  });
  return cached;
}
