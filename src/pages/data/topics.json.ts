// /data/topics.json: every comparison with its member claims and their relations (fields in src/lib/topics/topic-table.ts).
import type { APIRoute } from 'astro';
import { absoluteUrl, claimPath, comparePath } from '../../lib/href.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { loadSite } from '../../lib/site-data.ts';
import { prettyJsonArray, streamText } from '../../lib/stream-text.ts';
import { eachTopicRecord } from '../../lib/topics/topic-table.ts';

/** Serves all comparisons as a JSON array. */
export const GET: APIRoute = async ({ site }) => {
  const { topics } = await loadSite();
  const origin = site ?? new URL(siteConfig.url);
  const records = eachTopicRecord(topics, { topic: (id) => absoluteUrl(comparePath(id), origin), claim: (id) => absoluteUrl(claimPath(id), origin) });
  return new Response(streamText(prettyJsonArray(records)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
