// Share cards: the 1200x630 PNG behind every claim's og:image and twitter:image.
// A card is planned as plain data (which text, in which size and colour), drawn with
// @napi-rs/canvas (Skia) as text, never parsed as markup, so article text stays data,
// quantised to a small palette and written as an indexed PNG. Cards are cached on disk by a hash
// of everything that shapes the pixels, so a rebuild only draws new or changed cards.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import writeFileAtomic from 'write-file-atomic';
import type { Claim } from '../schemas/claim.ts';
import { encodeIndexedPng } from './encode-png.ts';
import { calendarDate, formatDate } from './format-date.ts';
import { formatFigure, type FigureFields } from './format-figure.ts';
import { blendPalette, parseHex, quantisePixels, type Rgb } from './quantise-pixels.ts';

/** Width of a share card in pixels (the Open Graph recommended size). */
export const PREVIEW_WIDTH = 1200;
/** Height of a share card in pixels. */
export const PREVIEW_HEIGHT = 630;
/** Where rendered cards are kept between builds, relative to the project root. */
export const DEFAULT_PREVIEW_CACHE_DIR = path.join('node_modules', '.cache', 'recount', 'previews');

/** What a share card says; every field is plain text and is drawn as text, never parsed. */
export interface PreviewCard {
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
export type PreviewClaim = FigureFields &
  Pick<Claim, 'subject' | 'text' | 'speaker'> & { article: { data: { outlet: string | null; date: string | null } } };

/** One block of text on a card: what it says and how it is set. */
export interface CardText {
  /** The text, already shortened; drawn as it is. */
  text: string;
  /** Font size in pixels. */
  size: number;
  weight: 400 | 700;
  /** `#rrggbb`; one of the card's palette colours. */
  colour: string;
  /** Distance between baselines, in pixels. */
  lineHeight: number;
  /** Lines it may wrap to; the last one ends in `…` when the text does not fit. */
  maxLines: number;
}

/** A card's text blocks, top to bottom: pure data, and (with `DRAWING_VERSION`) the basis of the cache key. */
export interface CardPlan {
  siteName: CardText;
  figure: CardText;
  subject: CardText;
  /** Indented, with a rule beside it that marks it as a quotation. */
  quote: CardText;
  /** Speaker, outlet and date, under a rule at the foot of the card. */
  byline: CardText;
}

/** Bump when the drawing code changes in a way the plan does not show, so cached cards are redrawn. */
const DRAWING_VERSION = 2;

const COLOURS = {
  background: '#fafaf9',
  accent: '#b91c1c',
  figure: '#1c1917',
  subject: '#44403c',
  quote: '#292524',
  byline: '#57534e',
  rule: '#d6d3d1',
} as const;

// Every colour drawn, and the anti-aliasing steps between the background and it: 27 colours.
// The greys are nearly on one line from the background to `figure`, so that ramp also serves
// the edges of the subject, quote and byline text; the accent gets its own, shorter ramp.
export const PALETTE: readonly Rgb[] = blendPalette(parseHex(COLOURS.background), [
  { colour: parseHex(COLOURS.accent), steps: 6 },
  { colour: parseHex(COLOURS.figure), steps: 14 },
  { colour: parseHex(COLOURS.subject), steps: 0 },
  { colour: parseHex(COLOURS.quote), steps: 0 },
  { colour: parseHex(COLOURS.byline), steps: 0 },
  { colour: parseHex(COLOURS.rule), steps: 0 },
]);

// Geometry, in pixels. The card: a red bar down the left edge, then a column of text.
const BAR_WIDTH = 24;
const LEFT = 80;
const RIGHT = PREVIEW_WIDTH - 64;
const TOP = 48;
const QUOTE_RULE = 6;
const QUOTE_INDENT = QUOTE_RULE + 24;
const FOOTER_RULE_Y = 533;
const FOOTER_RULE = 2;
const BYLINE_BASELINE = 582;

const QUOTE_LIMIT = 260;
const FIGURE_LIMIT = 70;
const SUBJECT_LIMIT = 110;
const LINE_LIMIT = 80;
const BYLINE_SEPARATOR = '  ·  ';

/** The card for a claim: its figure, subject, sentence, speaker, outlet and date. */
export function describePreviewCard(claim: PreviewClaim, siteName: string): PreviewCard {
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

/** Speaker, outlet and date as one line, leaving out what is unknown: `Ilham Aliyev  ·  APA  ·  24 September 2021`. */
export function describeByline(card: PreviewCard): string {
  const parts = [card.speaker, card.outlet, card.date]
    .map((part) => (part === null ? '' : shortenText(part, LINE_LIMIT)))
    .filter((part) => part !== '');
  return parts.length === 0 ? 'Source unattributed' : parts.join(BYLINE_SEPARATOR);
}

/** What a card draws and how: pure, and the basis of the cache key. */
export function planCard(card: PreviewCard): CardPlan {
  return {
    siteName: { text: shortenText(card.siteName, LINE_LIMIT), size: 28, weight: 700, colour: COLOURS.accent, lineHeight: 34, maxLines: 1 },
    figure: { text: shortenText(card.figure, FIGURE_LIMIT), size: 66, weight: 700, colour: COLOURS.figure, lineHeight: 73, maxLines: 2 },
    subject: { text: shortenText(card.subject, SUBJECT_LIMIT), size: 34, weight: 700, colour: COLOURS.subject, lineHeight: 41, maxLines: 2 },
    quote: { text: shortenText(card.quote, QUOTE_LIMIT), size: 28, weight: 400, colour: COLOURS.quote, lineHeight: 39, maxLines: 4 },
    byline: { text: describeByline(card), size: 26, weight: 400, colour: COLOURS.byline, lineHeight: 31, maxLines: 1 },
  };
}

// Fonts: Inter as @fontsource ships it, one file per Unicode subset, all registered under one
// family name; Skia picks, glyph by glyph, the file that has it. A name of our own keeps an Inter
// installed on the machine out of it. Registered once per process.
const require = createRequire(import.meta.url);
const FONT_FAMILY = 'Recount Inter';
const FONT_FILE = /^inter-[a-z-]+-(400|700)-normal\.woff2$/;
let fontsRegistered = false;
let rendererId: string | undefined;

function registerFonts(): void {
  if (fontsRegistered) return;
  const dir = path.join(path.dirname(require.resolve('@fontsource/inter/package.json')), 'files');
  const files = readdirSync(dir).filter((file) => FONT_FILE.test(file)).sort();
  for (const file of files) {
    if (GlobalFonts.registerFromPath(path.join(dir, file), FONT_FAMILY) === null) {
      throw new Error(`Could not load the card font ${path.join(dir, file)}; reinstall @fontsource/inter (npm ci).`);
    }
  }
  if (files.length === 0) throw new Error(`No Inter font files in ${dir}; reinstall @fontsource/inter (npm ci).`);
  fontsRegistered = true;
}

/** Identifies the renderer (drawing code, canvas and font versions) so that upgrading any of them renews the cache. */
function describeRenderer(): string {
  if (rendererId === undefined) {
    const version = (pkg: string): string =>
      (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
    rendererId = [`card@${DRAWING_VERSION}`, `canvas@${version('@napi-rs/canvas')}`, `inter@${version('@fontsource/inter')}`].join(' ');
  }
  return rendererId;
}

/** Hex SHA-256 of everything that decides a card's pixels: its plan and the renderer. */
export function hashCard(card: PreviewCard): string {
  return hashPlan(planCard(card));
}

function hashPlan(plan: CardPlan): string {
  return createHash('sha256').update(describeRenderer()).update('\0').update(JSON.stringify(plan)).digest('hex');
}

/** Splits a word wider than `width` into pieces that fit, character by character. */
function breakWord(ctx: SKRSContext2D, word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && ctx.measureText(piece + char).width > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/** Cuts a line so that it and a trailing `…` fit in `width`. */
function endWithEllipsis(ctx: SKRSContext2D, line: string, width: number): string {
  let head = line;
  while (head !== '' && ctx.measureText(`${head}…`).width > width) head = head.slice(0, head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : -1);
  return `${head.replace(/[\s,;:.–—-]+$/, '').trimEnd()}…`;
}

/** Wraps text greedily at spaces into at most `maxLines` lines of `width` pixels, in the context's current font. */
function wrapText(ctx: SKRSContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(' ').flatMap((word) => (ctx.measureText(word).width > width ? breakWord(ctx, word, width) : [word]));
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line === '' || ctx.measureText(candidate).width <= width) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(endWithEllipsis(ctx, line, width));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Draws a block's lines from `top` down (the first baseline sits `size` below it) and returns where the block ends. */
function drawText(ctx: SKRSContext2D, block: CardText, x: number, top: number, maxLines = block.maxLines): number {
  ctx.font = `${block.weight} ${block.size}px "${FONT_FAMILY}"`;
  ctx.fillStyle = block.colour;
  const lines = wrapText(ctx, block.text, RIGHT - x, Math.max(1, maxLines));
  // Inter's capitals are ~0.73 em tall; putting the baseline one em down leaves the same air above as CSS would.
  lines.forEach((line, i) => ctx.fillText(line, x, top + block.size + i * block.lineHeight));
  return top + block.size + (lines.length - 1) * block.lineHeight + Math.round(block.size * 0.25);
}

let sharedCanvas: ReturnType<typeof createCanvas> | undefined;

/** Draws a planned card and returns its RGBA pixels (opaque, so premultiplied equals straight). */
export function drawCard(plan: CardPlan): Uint8Array {
  registerFonts();
  // One canvas for the process: drawing and reading the pixels back happen in one synchronous
  // stretch, so cards never share it halfway.
  sharedCanvas ??= createCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT);
  const ctx = sharedCanvas.getContext('2d');
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = COLOURS.background;
  ctx.fillRect(0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT);
  ctx.fillStyle = COLOURS.accent;
  ctx.fillRect(0, 0, BAR_WIDTH, PREVIEW_HEIGHT);

  let y = drawText(ctx, plan.siteName, LEFT, TOP) + 20;
  y = drawText(ctx, plan.figure, LEFT, y) + 4;
  y = drawText(ctx, plan.subject, LEFT, y) + 24;
  // The quote takes the lines left above the footer, up to its own limit.
  const quoteLines = Math.min(plan.quote.maxLines, Math.floor((FOOTER_RULE_Y - 24 - y - plan.quote.size) / plan.quote.lineHeight) + 1);
  const quoteEnd = drawText(ctx, plan.quote, LEFT + QUOTE_INDENT, y, quoteLines);
  ctx.fillStyle = COLOURS.rule;
  ctx.fillRect(LEFT, y, QUOTE_RULE, quoteEnd - y);

  ctx.fillRect(LEFT, FOOTER_RULE_Y, RIGHT - LEFT, FOOTER_RULE);
  drawText(ctx, plan.byline, LEFT, BYLINE_BASELINE - plan.byline.size);
  return sharedCanvas.data();
}

/** Renders a card to PNG bytes, without the cache. */
export async function renderPreviewPng(card: PreviewCard): Promise<Buffer> {
  return renderPlan(planCard(card));
}

async function renderPlan(plan: CardPlan): Promise<Buffer> {
  const indices = quantisePixels(drawCard(plan), PALETTE);
  return encodeIndexedPng(indices, PREVIEW_WIDTH, PREVIEW_HEIGHT, PALETTE);
}

const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** True for bytes that start with the PNG signature and end with its IEND chunk (a complete file). */
function isCompletePng(bytes: Buffer): boolean {
  return bytes.length > 16 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.subarray(-8).equals(PNG_END);
}

/** Options for `getPreviewPng`. */
export interface PreviewCacheOptions {
  /** Cache folder; defaults to `node_modules/.cache/recount/previews` under the working directory. */
  cacheDir?: string;
}

/** Where a card with this hash is cached: `<cacheDir>/<first 2 hex>/<hash>.png`. */
function cacheFile(cacheDir: string | undefined, hash: string): string {
  return path.join(path.resolve(cacheDir ?? DEFAULT_PREVIEW_CACHE_DIR), hash.slice(0, 2), `${hash}.png`);
}

/** A card's PNG from the disk cache, rendering and storing it first when it is new or changed. */
export async function getPreviewPng(card: PreviewCard, options: PreviewCacheOptions = {}): Promise<Buffer> {
  const plan = planCard(card);
  const file = cacheFile(options.cacheDir, hashPlan(plan));
  try {
    const cached = await readFile(file);
    if (isCompletePng(cached)) return cached;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return renderAndStore(plan, file);
}

async function renderAndStore(plan: CardPlan, file: string): Promise<Buffer> {
  const png = await renderPlan(plan);
  await mkdir(path.dirname(file), { recursive: true });
  // A cache entry, not a record: skip fsync; a torn file fails isCompletePng and is redrawn.
  await writeFileAtomic(file, png, { fsync: false });
  return png;
}

/** Options for `warmPreviewCache`. */
export interface WarmOptions extends PreviewCacheOptions {
  /** Cards in flight at once: drawing is synchronous, but compressing and writing overlap it. */
  concurrency?: number;
}

/** Renders every card not yet in the cache, a few at a time, and says how many it drew. */
export async function warmPreviewCache(cards: Iterable<PreviewCard>, options: WarmOptions = {}): Promise<{ rendered: number; cached: number }> {
  const queue = [...cards];
  const counts = { rendered: 0, cached: 0 };
  const work = async (): Promise<void> => {
    for (let card = queue.pop(); card !== undefined; card = queue.pop()) {
      const plan = planCard(card);
      const file = cacheFile(options.cacheDir, hashPlan(plan));
      try {
        await access(file);
        counts.cached += 1;
        continue;
      } catch {
        // Not cached yet: render it below.
      }
      await renderAndStore(plan, file);
      counts.rendered += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, work));
  return counts;
}
