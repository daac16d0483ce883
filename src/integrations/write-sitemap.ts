// The sitemap of a bare `astro build`. Under `npm run build` (which renders only some pages when
// it can) the build script writes it instead, once the whole site is assembled.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSitemap } from '../build/write-sitemap.ts';
import { BUILD_PLAN_ENV } from '../lib/build-plan/select-paths.ts';

/** An Astro integration that writes sitemap-index.xml and sitemap-<n>.xml from the built pages. */
export function sitemapFromDist(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'recount:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        if (process.env[BUILD_PLAN_ENV] || site === '') return;
        await writeSitemap(fileURLToPath(dir), site, base);
      },
    },
  };
}
