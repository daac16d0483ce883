// /data/permalinks.json: every id this build publishes, by kind, with what the permalink ledger
// keeps of each. The ledger integration reads it after the build (src/integrations/permalink-ledger.ts);
// it is public too, for anyone mirroring or checking the site's URLs.
import type { APIRoute } from 'astro';
import { ledgerFigure, type CurrentIds } from '../../lib/retire-permalinks.ts';
import { loadSite } from '../../lib/site-data.ts';

/** Serves the published ids as JSON. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const current: CurrentIds = {
    articles: site.articles.map((article) => ({ id: article.id, title: article.data.title, source: article.data.source })),
    claims: site.claims.map((claim) => ({ id: claim.id, article: claim.article.id, figure: ledgerFigure(claim) })),
    topics: site.topics.map((topic) => ({ id: topic.id, title: topic.title, claims: topic.points.map((point) => point.claim.id) })),
    speakers: site.speakers.map((speaker) => ({ slug: speaker.slug, name: speaker.name })),
  };
  return new Response(`${JSON.stringify(current)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
