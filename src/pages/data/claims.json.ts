// /data/claims.json: every claim as one flat record (columns in src/lib/claim-table.ts).
import type { APIRoute } from 'astro';
import { buildClaimRecords } from '../../lib/claim-table.ts';
import { claimTableUrls } from '../../lib/claim-table-urls.ts';
import { loadSite } from '../../lib/site-data.ts';

/** Serves all claims as a JSON array. */
export const GET: APIRoute = async ({ site }) => {
  const { claims } = await loadSite();
  const body = JSON.stringify(buildClaimRecords(claims, claimTableUrls(site)), null, 1);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
