// /feed.xml: RSS feed of claims, newest first, linked from every page's head.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { formatFigure } from '../lib/format-figure.ts';
import { absoluteUrl, claimPath, PAGES, withBase } from '../lib/href.ts';
import { siteConfig } from '../lib/site-config.ts';
import { loadSite } from '../lib/site-data.ts';

/** How many claims the feed carries. */
const FEED_SIZE = 100;

/** Serves the feed of the newest claims. */
export const GET: APIRoute = async ({ site }) => {
  // Articles come newest first; within an article, claims keep reading order.
  const { articles, claims } = await loadSite();
  const order = new Map(articles.map((article, index) => [article.id, index]));
  const newest = [...claims]
    .sort((a, b) => (order.get(a.article.id) ?? 0) - (order.get(b.article.id) ?? 0))
    .slice(0, FEED_SIZE);
  return rss({
    title: `${siteConfig.name}: new claims`,
    description: siteConfig.description,
    // The channel's link is the home page, base path included; item links resolve against it.
    site: absoluteUrl(PAGES.home, site ?? siteConfig.url),
    items: newest.map((claim) => ({
      title: `${claim.speaker ?? 'Unattributed'}: ${formatFigure(claim).label} (${claim.subject})`,
      link: withBase(claimPath(claim.id)),
      description: claim.text,
      pubDate: claim.article.data.date ? new Date(claim.article.data.date) : undefined,
      categories: [claim.kind],
    })),
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
