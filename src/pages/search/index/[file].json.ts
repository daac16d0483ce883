// /search/index/<file>.json: the search index files (manifest, term ranges, document chunks,
// filter lists), each named by a hash of its content so hosts can cache them forever. Under
// `npm run build` the archive step writes them beside Astro's render (src/build/write-archive-files.ts),
// and this route leaves them to it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { plannedArchive } from '../../../lib/build-plan/select-paths.ts';
import { loadSearchIndex } from '../../../lib/search/load-search-index.ts';

/** One route per index file (none when the archive step writes them). */
export const getStaticPaths = (async () => {
  if (plannedArchive()) return [];
  const { files } = await loadSearchIndex();
  return [...files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

/** Serves one index file's JSON. */
export const GET: APIRoute = async ({ params }) => {
  const { files } = await loadSearchIndex();
  const body = params.file === undefined ? undefined : files.get(params.file);
  if (body === undefined) return new Response(null, { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
