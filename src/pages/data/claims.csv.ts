// /data/claims.csv: every claim as one CSV row, header first (columns in src/lib/claim-table.ts).
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { buildClaimCsvRows } from '../../lib/claim-table.ts';
import { claimTableUrls } from '../../lib/claim-table-urls.ts';
import { loadSite } from '../../lib/site-data.ts';

/** Serves all claims as RFC 4180 CSV (UTF-8, CRLF line ends, quoted where needed). */
export const GET: APIRoute = async ({ site }) => {
  const { claims } = await loadSite();
  const csv = stringify(buildClaimCsvRows(claims, claimTableUrls(site)), { record_delimiter: 'windows' });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
