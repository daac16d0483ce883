// The share card of a claim, `/claims/<claim-id>/preview.png` (1200x630): the image its Open
// Graph and Twitter meta tags point at. Drawn at build time from the claim; no network.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { describePreviewCard, getPreviewPng, warmPreviewCache } from '../../../lib/preview-image.ts';
import { siteConfig } from '../../../lib/site-config.ts';
import { loadSite } from '../../../lib/site-data.ts';

/** One path per claim, with the card it shows; a build also draws the cards missing from the cache. */
export const getStaticPaths = (async () => {
  const { claims } = await loadSite();
  const paths = claims.map((claim) => ({
    params: { id: claim.id },
    props: { card: describePreviewCard(claim, siteConfig.name) },
  }));
  // A build renders the missing cards two at a time up front (about 30% faster than one by one);
  // the dev server draws each card when it is asked for.
  if (import.meta.env.PROD) {
    const started = performance.now();
    const { rendered, cached } = await warmPreviewCache(paths.map((path) => path.props.card));
    if (rendered > 0) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.info(`preview images: ${rendered} drawn in ${seconds} s, ${cached} from the cache`);
    }
  }
  return paths;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Serves a claim's card from the preview cache, drawing it first when it is new or changed. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await getPreviewPng(props.card);
  // Response wants ArrayBuffer-backed bytes; a Buffer may sit in a shared pool. 55 KB to copy.
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png' },
  });
};
