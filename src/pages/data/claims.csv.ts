// /data/claims.csv: every claim as one CSV row, header first (columns in src/lib/claim-table.ts).
import type { APIRoute } from 'astro';
import { eachClaimCsvRow } from '../../lib/claim-table.ts';
import { claimTableUrls } from '../../lib/claim-table-urls.ts';
import { loadSite } from '../../lib/site-data.ts';
import { csvLines, streamText } from '../../lib/stream-text.ts';

/** Serves all claims as RFC 4180 CSV (UTF-8, CRLF line ends, quoted where needed). */
export const GET: APIRoute = async ({ site }) => {
  const { claims } = await loadSite();
  const csv = streamText(csvLines(eachClaimCsvRow(claims, claimTableUrls(site))));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
