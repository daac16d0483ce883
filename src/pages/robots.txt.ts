// /robots.txt: everything may be crawled; points crawlers at the sitemap.
import type { APIRoute } from 'astro';
import { absoluteUrl, PAGES } from '../lib/href.ts';
import { siteConfig } from '../lib/site-config.ts';

/** Serves robots.txt with the sitemap's absolute address. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(PAGES.sitemap, site ?? siteConfig.url);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
