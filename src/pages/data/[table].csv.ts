// /data/<table>.csv: the downloads claims.csv, topics.csv, each covering the whole archive
// (src/lib/archive-files.ts). Under `npm run build` the archive step writes them beside Astro's
// render, and this route leaves them to it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataTableRoute } from '../../lib/archive-files.ts';
import { plannedArchive } from '../../lib/build-plan/select-paths.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { loadSite } from '../../lib/site-data.ts';

const route = dataTableRoute('csv');
export const getStaticPaths = (() => route.paths(plannedArchive() !== null)) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params, site }) => route.serve(params.table, await loadSite(), { origin: site ?? new URL(siteConfig.url), base: import.meta.env.BASE_URL });
