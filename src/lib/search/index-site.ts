// The site's search index from the site index: the documents of every claim, article, speaker and
// comparison, sharded into the index files, with the filter choices of the search form. Built by
// loadSearchIndex() in Astro's process (the dev server, a bare `astro build`), and by the archive
// step under `npm run build` (src/build/write-archive-files.ts).
import type { SiteData } from '../site-index.ts';
import { buildSearchDocuments, type FacetOption, type SearchTopicInput } from './build-search-documents.ts';
import { buildSearchIndex, type SearchIndexFiles } from './build-search-index.ts';
import type { Facet } from './search-format.ts';

/** What the search page needs of the index: the manifest's file name and the filter choices. */
export interface SearchSummary {
  manifestFile: string;
  facetOptions: Record<Facet, FacetOption[]>;
}

/** The built index files plus the filter choices for the search form. */
export interface SiteSearchIndex extends SearchIndexFiles, SearchSummary {
  /** The comparison topics that were indexed. */
  topics: SearchTopicInput[];
}

/** The site's comparison topics as the search indexes them. */
export function topicsOf(site: SiteData): SearchTopicInput[] {
  return site.topics.map((topic) => ({ id: topic.id, title: topic.title, claims: topic.points, speakers: topic.speakers, summary: topic.headline }));
}

/** Builds the search index of the whole site. */
export function indexSite(site: SiteData): SiteSearchIndex {
  const topics = topicsOf(site);
  const { documents, facetOptions } = buildSearchDocuments({ ...site, topics });
  return { ...buildSearchIndex(documents), facetOptions, topics };
}
