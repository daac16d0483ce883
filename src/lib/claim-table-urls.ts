// The absolute addresses the claims table links to, on the configured public origin.
import { absoluteUrl, articlePath, claimPath } from './href.ts';
import type { TableUrls } from './claim-table.ts';
import { siteConfig } from './site-config.ts';

/** Absolute claim and article page URLs for the data downloads. */
export function claimTableUrls(site: URL | undefined): TableUrls {
  const origin = site ?? new URL(siteConfig.url);
  return {
    claim: (id) => absoluteUrl(claimPath(id), origin),
    article: (id) => absoluteUrl(articlePath(id), origin),
  };
}
