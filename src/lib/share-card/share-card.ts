// Share cards: the 1200x630 PNG behind every claim's og:image and twitter:image. This module
// decides what a card says (`planShareCard`, pure) and keeps drawn cards in a disk cache keyed by a
// hash of everything that shapes the pixels, so a rebuild only draws new or changed cards.
// Drawing itself is in draw-card.ts; a build draws the missing cards on worker threads.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Claim } from '../../schemas/claim.ts';
import { CARD_COLOURS, describeRenderer, drawShareCardPng, prepareFonts, type ShareCardLayout } from './draw-share-card.ts';
import { calendarDate, formatDate } from '../format-date.ts';
import { formatFigure, type FigureFields } from '../format-figure.ts';
import { runInWorkers } from '../../util/run-in-workers.ts';

/** Where rendered cards are kept between builds: `<RECOUNT_CACHE_DIR>/share-cards`, else under node_modules/.cache. */
const DEFAULT_SHARE_CARD_CACHE_DIR = process.env['RECOUNT_CACHE_DIR']
  ? path.join(process.env['RECOUNT_CACHE_DIR'], 'share-cards')
  : path.join('node_modules', '.cache', 'recount', 'share-cards');
/** The worker thread entry that draws cards into the cache (loaded by Node itself, so from the source tree). */
const DRAW_WORKER = path.join('src', 'lib', 'share-card', 'draw-share-cards-worker.ts');

/** What a share card says; every field is plain text and is drawn as text, never parsed. */
export interface ShareCard {
  /** The site's name, top left. */
  siteName: string;
  /** The figure in words, qualifier included: `more than 340 schools`. */
  figure: string;
  /** What the figure counts or measures: `schools with teaching conducted in Russian`. */
  subject: string;
  /** The claim's sentence; shortened to fit. */
  quote: string;
  /** Who made the claim, or null when unknown. */
  speaker: string | null;
  /** The outlet that published it, or null when unknown. */
  outlet: string | null;
  /** Publication date as shown (`24 September 2021`), or null when unknown. */
  date: string | null;
}

/** The claim fields a card is made from (a `ClaimRecord` has them all). */
export type ShareCardClaim = FigureFields &
  Pick<Claim, 'subject' | 'text' | 'speaker'> & { article: { data: { outlet: string | null; date: string | null } } };

const QUOTE_LIMIT = 260;
const FIGURE_LIMIT = 70;
const SUBJECT_LIMIT = 110;
const LINE_LIMIT = 80;
// Short enough that a long name or title still leaves room for the outlet and date.
const BYLINE_PART_LIMIT = 40;
const BYLINE_SEPARATOR = ' · ';

/** The card for a claim: its figure, subject, sentence, speaker, outlet and date. */
export function describeShareCard(claim: ShareCardClaim, siteName: string): ShareCard {
  return {
    siteName,
    figure: formatFigure(claim).words,
    subject: claim.subject,
    quote: claim.text,
    speaker: claim.speaker,
    outlet: claim.article.data.outlet,
    date: claim.article.data.date === null ? null : formatDate(calendarDate(claim.article.data.date)),
  };
}

/** Collapses whitespace, drops control characters and cuts text to `limit` characters at a word boundary, adding `…`. */
export function shortenText(text: string, limit: number): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= limit) return clean;
  const cut = chars.slice(0, limit - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > limit * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Speaker, outlet and date as one line, leaving out what is unknown: `Ilham Aliyev · APA · 24 September 2021`. */
export function describeByline(card: ShareCard): string {
  const parts = [card.speaker, card.outlet, card.date]
    .map((part) => (part === null ? '' : shortenText(part, BYLINE_PART_LIMIT)))
    .filter((part) => part !== '');
  return parts.length === 0 ? 'Source unattributed' : parts.join(BYLINE_SEPARATOR);
}

/** What a card draws and how: pure, and the basis of the cache key. */
export function planShareCard(card: ShareCard): ShareCardLayout {
  return {
    siteName: { text: shortenText(card.siteName, LINE_LIMIT), size: 28, weight: 700, colour: CARD_COLOURS.accent, lineHeight: 34, maxLines: 1 },
    figure: { text: shortenText(card.figure, FIGURE_LIMIT), size: 66, weight: 700, colour: CARD_COLOURS.figure, lineHeight: 73, maxLines: 2 },
    subject: { text: shortenText(card.subject, SUBJECT_LIMIT), size: 34, weight: 700, colour: CARD_COLOURS.subject, lineHeight: 41, maxLines: 2 },
    quote: { text: shortenText(card.quote, QUOTE_LIMIT), size: 28, weight: 400, colour: CARD_COLOURS.quote, lineHeight: 39, maxLines: 4 },
    byline: { text: describeByline(card), size: 26, weight: 400, colour: CARD_COLOURS.byline, lineHeight: 31, maxLines: 1 },
  };
}

/** Hex SHA-256 of everything that decides a card's pixels: its plan and the renderer. */
export function hashShareCard(card: ShareCard): string {
  return hashPlan(planShareCard(card));
}

function hashPlan(plan: ShareCardLayout): string {
  return createHash('sha256').update(describeRenderer()).update('\0').update(JSON.stringify(plan)).digest('hex');
}

/** Renders a card to PNG bytes, without the cache. */
export async function renderShareCardPng(card: ShareCard): Promise<Buffer> {
  return drawShareCardPng(planShareCard(card));
}

const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** True for bytes that start with the PNG signature and end with its IEND chunk (a complete file). */
function isCompletePng(bytes: Buffer): boolean {
  return bytes.length > 16 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.subarray(-8).equals(PNG_END);
}

/** Options for `getShareCardPng`. */
export interface ShareCardCacheOptions {
  /** Cache folder; defaults to `node_modules/.cache/recount/share-cards` under the working directory. */
  cacheDir?: string;
}

/** Where a card with this hash is cached: `<cacheDir>/<first 2 hex>/<hash>.png`. */
function cacheFile(cacheDir: string | undefined, hash: string): string {
  return path.join(path.resolve(cacheDir ?? DEFAULT_SHARE_CARD_CACHE_DIR), hash.slice(0, 2), `${hash}.png`);
}

/** A card's PNG from the disk cache, rendering and storing it first when it is new or changed. */
export async function getShareCardPng(card: ShareCard, options: ShareCardCacheOptions = {}): Promise<Buffer> {
  const plan = planShareCard(card);
  const file = cacheFile(options.cacheDir, hashPlan(plan));
  try {
    const cached = await readFile(file);
    if (isCompletePng(cached)) return cached;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return drawIntoCache({ plan, file });
}

/** A card to draw into the cache: its plan, and the file it goes to. */
export interface CacheJob {
  plan: ShareCardLayout;
  file: string;
}

/** Draws a card and stores it in the cache (atomically, so a reader never sees half a file). */
export async function drawIntoCache({ plan, file }: CacheJob): Promise<Buffer> {
  const png = await drawShareCardPng(plan);
  await mkdir(path.dirname(file), { recursive: true });
  // A cache entry, not a record: skip fsync; a torn file fails isCompletePng and is redrawn.
  await writeFileAtomic(file, png, { fsync: false });
  return png;
}

/** True when a card's file is in the cache and not empty (as a write cut short by a crash can leave it). */
function isCached(file: string): boolean {
  return (statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

/** Options for `warmShareCardCache`. */
export interface WarmOptions extends ShareCardCacheOptions {
  /** Worker threads drawing at once; defaults to one per core. 0 draws on this thread. */
  threads?: number;
}

/** What `warmShareCardCache` did, and where each card's PNG is. */
export interface WarmResult {
  /** Cards drawn now. */
  rendered: number;
  /** Cards found in the cache (or appearing twice). */
  cached: number;
  /** Worker threads used (0: drawn on this thread). */
  threads: number;
  /** The cache file of each card, in the order given. */
  files: string[];
}

/** The cards a build must draw, and where every card's PNG is or will be. */
export interface ShareCardPlan {
  /** The cache file of each card, in the order given. */
  files: string[];
  /** The cards not in the cache yet (each once). */
  jobs: CacheJob[];
}

/** Works out, without drawing anything, which cards are missing from the cache and where each card's PNG goes. */
export function planShareCardCache(cards: Iterable<ShareCard>, options: ShareCardCacheOptions = {}): ShareCardPlan {
  const files: string[] = [];
  const missing = new Map<string, CacheJob>();
  for (const card of cards) {
    const plan = planShareCard(card);
    const file = cacheFile(options.cacheDir, hashPlan(plan));
    files.push(file);
    if (!missing.has(file) && !isCached(file)) missing.set(file, { plan, file });
  }
  return { files, jobs: [...missing.values()] };
}

/**
 * Draws the given missing cards into the cache. Cards are drawn on worker threads: besides using
 * every core, a worker's small heap keeps garbage collection cheap, where a build's main thread
 * (holding the whole site) spent most of its time in it. Returns the worker threads used.
 */
export async function drawMissingCards(jobs: CacheJob[], options: WarmOptions = {}): Promise<number> {
  const script = path.resolve(DRAW_WORKER);
  // Node loads the worker from the source tree; a build from elsewhere draws here instead.
  const threads = existsSync(script) ? Math.min(options.threads ?? availableParallelism(), jobs.length) : 0;
  if (threads > 0) {
    prepareFonts();
    await runInWorkers(script, jobs, { threads });
  } else {
    for (const job of jobs) await drawIntoCache(job);
  }
  return threads;
}

/** Draws every card not yet in the cache and says where each card's PNG is. */
export async function warmShareCardCache(cards: Iterable<ShareCard>, options: WarmOptions = {}): Promise<WarmResult> {
  const { files, jobs } = planShareCardCache(cards, options);
  const threads = await drawMissingCards(jobs, options);
  return { rendered: jobs.length, cached: files.length - jobs.length, threads, files };
}
