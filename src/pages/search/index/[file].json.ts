// /search/index/<file>.json: the search index files (manifest, term ranges, document chunks,
// filter lists), each named by a hash of its content so hosts can cache them forever.
import type { APIRoute, GetStaticPaths } from 'astro';
import { selectPaths, writeChosenFiles } from '../../../lib/build-plan/select-paths.ts';
import { loadSearchIndex } from '../../../lib/search/load-search-index.ts';

/** One route per index file; under `npm run build` the files are written directly (see writeChosenFiles). */
export const getStaticPaths = (async () => {
  const { files } = await loadSearchIndex();
  const paths = [...files.keys()].map((file) => ({ params: { file } }));
  const pattern = '/search/index/[file].json';
  const chosen = selectPaths(pattern, paths, (entry) => files.get(entry.params.file));
  return writeChosenFiles(pattern, chosen, (entry) => files.get(entry.params.file)!);
}) satisfies GetStaticPaths;

/** Serves one index file's JSON. */
export const GET: APIRoute = async ({ params }) => {
  const { files } = await loadSearchIndex();
  const body = params.file === undefined ? undefined : files.get(params.file);
  if (body === undefined) return new Response(null, { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
