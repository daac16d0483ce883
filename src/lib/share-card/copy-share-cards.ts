// Share cards skip Astro's page pipeline in a build. Writing a card through the endpoint costs
// Astro ~2 ms a file (a route render, a Response, a write), minutes at 90,000 cards, while the
// card is already a finished file in the share-card cache. So in a build the endpoint draws the
// missing cards, records which cached file belongs at which path, and lists no pages itself;
// after the build the copy-share-cards integration links them into dist/. The record
// goes through a file named in an environment variable, which the integration sets for its
// build only: without the integration the endpoint writes the cards as before.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { linkOrCopy } from '../../util/link-or-copy.ts';

/** The environment variable naming this build's record of share-card files. */
export const SHARE_CARD_FILES_ENV = 'RECOUNT_SHARE_CARD_FILES';

/** A card's path in dist (`claims/<claim-id>/preview.png`) and its PNG in the share-card cache. */
export type ShareCardFile = readonly [distPath: string, cacheFile: string];

// The cards are drawn while the rest of the site renders: the endpoint starts the drawing and
// leaves it running; the integration waits for it before copying. The two live in different
// module instances (the page bundle and the config's integration), so they meet on globalThis.
const PENDING = Symbol.for('recount.shareCardDrawing');

/** Registers the drawing of missing cards, still running, for the copy step to wait for. */
export function setPendingDrawing(drawing: Promise<unknown>): void {
  (globalThis as Record<symbol, unknown>)[PENDING] = drawing;
}

/** Waits for the cards being drawn, if any (a failure surfaces here and fails the build). */
async function awaitPendingDrawing(): Promise<void> {
  const drawing = (globalThis as Record<symbol, unknown>)[PENDING] as Promise<unknown> | undefined;
  delete (globalThis as Record<symbol, unknown>)[PENDING];
  await drawing;
}

/** Files copied at once. */
const COPY_CONCURRENCY = 32;

/** Records the build's share-card files for the integration; false when no integration asked for them (nothing written). */
export async function recordShareCardFiles(files: readonly ShareCardFile[]): Promise<boolean> {
  const record = process.env[SHARE_CARD_FILES_ENV];
  if (!record) return false;
  await writeFile(record, JSON.stringify(files));
  return true;
}

/** Copies the recorded share-card files into `dist` and deletes the record; null when nothing was recorded. */
export async function copyShareCardFiles(record: string, dist: string): Promise<number | null> {
  await awaitPendingDrawing();
  let files: ShareCardFile[];
  try {
    files = JSON.parse(await readFile(record, 'utf8')) as ShareCardFile[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const queue = [...files];
  const copyNext = async (): Promise<void> => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const target = path.join(dist, file[0]);
      await mkdir(path.dirname(target), { recursive: true });
      try {
        // Linked, not copied: 0.19 against 0.88 ms a card, timed by hand on 5,000 cached cards.
        await linkOrCopy(file[1], target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new Error(`The share card for ${file[0]} went missing from the cache (${file[1]}) during the build; build again.`);
      }
    }
  };
  await Promise.all(Array.from({ length: COPY_CONCURRENCY }, copyNext));
  await rm(record, { force: true });
  return files.length;
}
