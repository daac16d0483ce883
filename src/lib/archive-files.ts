// The archive files: the downloads under /data/, each covering the whole archive. Their routes
// (src/pages/data/) serve them from here in the dev server and a bare `astro build`; under
// `npm run build` the archive step (src/build/write-archive-files.ts) writes them, with the
// search index, from the same functions in a process of its own, on the second core while
// Astro renders the pages.
import { eachClaimCsvRow, eachClaimRecord, type TableUrls } from './claim-table.ts';
import { absoluteUrl, articlePath, claimPath, comparePath } from './href.ts';
import { ledgerFigure, type CurrentIds } from './retire-permalinks.ts';
import type { SiteData } from './site-index.ts';
import { csvLines, prettyJsonArray, streamText } from './stream-text.ts';
import { eachTopicCsvRow, eachTopicRecord, type TopicTableUrls } from './topics/topic-table.ts';

/**
 * Where the site is published, for the absolute URLs the tables hold: the origin, and the base
 * path given explicitly, as the archive step runs outside Astro (whose `BASE_URL` href.ts reads).
 */
export interface SiteAddress {
  origin: URL;
  base: string;
}

/** A download of /data/: `/data/<name>.<format>`. */
export interface DataTable {
  name: string;
  format: 'json' | 'csv';
  /** The file's text in pieces, never held whole (see stream-text.ts). */
  chunks: (site: SiteData, address: SiteAddress) => Iterable<string>;
}

/**
 * The route pattern of each format's tables. Two routes, not one `[table].[format]`: with
 * `trailingSlash: 'always'`, only a route whose file name carries the extension is served
 * without a trailing slash by the dev server.
 */
export const DATA_TABLE_PATTERNS = { json: '/data/[table].json', csv: '/data/[table].csv' } as const;

/** The Content-Type each format is served with. */
export const DATA_TABLE_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

const claimUrls = ({ origin, base }: SiteAddress): TableUrls => ({
  claim: (id) => absoluteUrl(claimPath(id), origin, base),
  article: (id) => absoluteUrl(articlePath(id), origin, base),
});
const topicUrls = ({ origin, base }: SiteAddress): TopicTableUrls => ({
  topic: (id) => absoluteUrl(comparePath(id), origin, base),
  claim: (id) => absoluteUrl(claimPath(id), origin, base),
});

/** Every download of /data/, in the order the archive step writes them. */
export const DATA_TABLES: readonly DataTable[] = [
  // Every claim as one flat record (columns in claim-table.ts), as a JSON array and as RFC 4180 CSV.
  { name: 'claims', format: 'json', chunks: (site, address) => prettyJsonArray(eachClaimRecord(site.claims, claimUrls(address))) },
  { name: 'claims', format: 'csv', chunks: (site, address) => csvLines(eachClaimCsvRow(site.claims, claimUrls(address))) },
  // Every comparison with its member claims in time order; the CSV has one row per member.
  { name: 'topics', format: 'json', chunks: (site, address) => prettyJsonArray(eachTopicRecord(site.topics, topicUrls(address))) },
  { name: 'topics', format: 'csv', chunks: (site, address) => csvLines(eachTopicCsvRow(eachTopicRecord(site.topics, topicUrls(address)))) },
  // The ids this build publishes, which the permalink ledger adds to the ids ever published.
  { name: 'permalinks', format: 'json', chunks: (site) => [`${JSON.stringify(currentIds(site))}\n`] },
];

/** A table route's getStaticPaths and GET, for the tables of one format. */
export function dataTableRoute(format: DataTable['format']) {
  const tables = DATA_TABLES.filter((table) => table.format === format);
  return {
    paths: (archivedElsewhere: boolean) => (archivedElsewhere ? [] : tables.map((table) => ({ params: { table: table.name } }))),
    /** The table named `name`, streamed, or a 404. */
    serve(name: string | undefined, site: SiteData, address: SiteAddress): Response {
      const table = tables.find((candidate) => candidate.name === name);
      if (table === undefined) return new Response(null, { status: 404 });
      return new Response(streamText(table.chunks(site, address)), { headers: { 'Content-Type': DATA_TABLE_TYPES[format] } });
    },
  };
}

/** The ids the site publishes now, by kind (`/data/permalinks.json`). */
function currentIds(site: SiteData): CurrentIds {
  return {
    articles: site.articles.map((article) => ({ id: article.id, title: article.data.title, source: article.data.source })),
    claims: site.claims.map((claim) => ({ id: claim.id, article: claim.article.id, figure: ledgerFigure(claim) })),
    topics: site.topics.map((topic) => ({ id: topic.id, title: topic.title, claims: topic.points.map((point) => point.claim.id) })),
    speakers: site.speakers.map((speaker) => ({ slug: speaker.slug, name: speaker.name })),
  };
}
