// The share card of a claim, `/claims/<claim-id>/preview.png` (1200x630): the image its Open
// Graph and Twitter meta tags point at. Drawn at build time from the claim; no network.
import path from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { recordShareCardFiles, setPendingDrawing } from '../../../lib/share-card/copy-share-cards.ts';
import { describeShareCard, drawMissingCards, getShareCardPng, planShareCardCache } from '../../../lib/share-card/share-card.ts';
import { siteConfig } from '../../../lib/site-config.ts';
import { selectPaths } from '../../../lib/build-plan/select-paths.ts';
import { loadSite } from '../../../lib/site-data.ts';
import { describeRetiredShareCard } from '../../../lib/retired-claim-extras.ts';

/** One path per claim, with the card it shows; a build also draws the cards missing from the cache. */
export const getStaticPaths = (async () => {
  const { claims, retired } = await loadSite();
  // The cards this build writes: all of them, the changed ones, or one shard's (see select-paths.ts).
  const paths = selectPaths(
    '/claims/[id]/preview.png',
    [
      ...claims.map((claim) => ({ params: { id: claim.id }, props: { card: describeShareCard(claim, siteConfig.name) } })),
      // A retired claim keeps an image at its card's address: links shared with it still preview.
      ...retired.claims.map((page) => ({ params: { id: page.id }, props: { card: describeRetiredShareCard(page, siteConfig.name) } })),
    ],
  );
  // The dev server draws each card when it is asked for. A build hands the cache files to the
  // copy-preview-images integration, which puts them in dist/ (much faster than Astro writing
  // each through GET below), and draws the missing cards on worker threads meanwhile: the
  // drawing overlaps the rendering of every other page, and the copy step waits for it.
  if (import.meta.env.PROD) {
    const { files, jobs } = planShareCardCache(paths.map((entry) => entry.props.card));
    const handedOver = await recordShareCardFiles(paths.map((entry, i) => [path.posix.join('claims', entry.params.id, 'preview.png'), files[i]!]));
    const started = performance.now();
    const drawing = drawMissingCards(jobs).then((threads) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const where = threads > 0 ? ` on ${threads} worker thread(s)` : '';
      console.info(`preview images: ${jobs.length} drawn${where}, ${files.length - jobs.length} from the cache, in ${seconds} s`);
    });
    if (handedOver) {
      setPendingDrawing(drawing);
      return [];
    }
    await drawing;
  }
  return paths;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Serves a claim's card from the preview cache, drawing it first when it is new or changed. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await getShareCardPng(props.card);
  // Response wants ArrayBuffer-backed bytes; a Buffer may sit in a shared pool. ~15 KB to copy.
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png' },
  });
};
