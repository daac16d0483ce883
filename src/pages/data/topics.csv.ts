// /data/topics.csv: one row per member claim of every comparison (columns in src/lib/topics/topic-table.ts).
import type { APIRoute } from 'astro';
import { absoluteUrl, claimPath, comparePath } from '../../lib/href.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { loadSite } from '../../lib/site-data.ts';
import { csvLines, streamText } from '../../lib/stream-text.ts';
import { eachTopicCsvRow, eachTopicRecord } from '../../lib/topics/topic-table.ts';

/** Serves all comparisons as RFC 4180 CSV (UTF-8, CRLF line ends, quoted where needed). */
export const GET: APIRoute = async ({ site }) => {
  const { topics } = await loadSite();
  const origin = site ?? new URL(siteConfig.url);
  const records = eachTopicRecord(topics, { topic: (id) => absoluteUrl(comparePath(id), origin), claim: (id) => absoluteUrl(claimPath(id), origin) });
  const csv = streamText(csvLines(eachTopicCsvRow(records)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
