// /data/claims.json: every claim as one flat record (columns in src/lib/claim-table.ts).
import type { APIRoute } from 'astro';
import { eachClaimRecord } from '../../lib/claim-table.ts';
import { claimTableUrls } from '../../lib/claim-table-urls.ts';
import { loadSite } from '../../lib/site-data.ts';
import { prettyJsonArray, streamText } from '../../lib/stream-text.ts';

/** Serves all claims as a JSON array. */
export const GET: APIRoute = async ({ site }) => {
  const { claims } = await loadSite();
  const body = streamText(prettyJsonArray(eachClaimRecord(claims, claimTableUrls(site))));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
