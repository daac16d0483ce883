// Drawing a share card: a `ShareCardLayout` (which text, in which size and colour) becomes a 1200x630
// indexed PNG. Text is laid out here and drawn with @napi-rs/canvas (Skia) as text, never parsed
// as markup, so article text stays data; each word is drawn once and reused from its coverage
// mask (word-masks.ts), mapped onto a 16-colour palette and written 4 bits a pixel. Runs on the
// main thread (dev server) and in worker threads (builds).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { encodeIndexedPng, type IndexedImage } from './encode-png.ts';
import { blendPalette, mixColours, type Rgb } from './quantise-pixels.ts';
import { CardPixels } from './word-masks.ts';
import { wrapText, type MeasureWord } from './wrap-text.ts';

/** Width of a share card in pixels (the Open Graph recommended size). */
export const SHARE_CARD_WIDTH = 1200;
/** Height of a share card in pixels. */
export const SHARE_CARD_HEIGHT = 630;

/** One block of text on a card: what it says and how it is set. */
export interface ShareCardText {
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

/** A card's text blocks, top to bottom: pure data, and (with `describeRenderer`) the basis of the cache key. */
export interface ShareCardLayout {
  siteName: ShareCardText;
  figure: ShareCardText;
  subject: ShareCardText;
  /** Indented, with a rule beside it that marks it as a quotation. */
  quote: ShareCardText;
  /** Speaker, outlet and date, under a rule at the foot of the card. */
  byline: ShareCardText;
}

/** Bump when the drawing code changes in a way `planShareCard` and `LAYOUT` do not show, so cached cards are redrawn. */
const DRAWING_VERSION = 5;

// Colours. The card is indexed (16 colours, 4 bits a pixel): the background, the accent with 4
// steps of anti-aliasing, and one ramp of 10 greys from the background to the ink. Every grey
// on the card is a point of that ramp, so its anti-aliased edges are exact too.
const BACKGROUND: Rgb = [0xfa, 0xfa, 0xf9];
const ACCENT: Rgb = [0xb9, 0x1c, 0x1c];
const INK: Rgb = [0x1c, 0x19, 0x17];
const INK_STEPS = 9;
const PALETTE: readonly Rgb[] = blendPalette(BACKGROUND, [
  { colour: ACCENT, steps: 4 },
  { colour: INK, steps: INK_STEPS },
]);

/** The `#rrggbb` of the ink ramp's `step`th grey out of 10 (10 is the ink itself). */
function grey(step: number): string {
  return toHex(mixColours(BACKGROUND, INK, step / (INK_STEPS + 1)));
}

function toHex(colour: Rgb): string {
  return `#${colour.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** The colours text is drawn in, as `#rrggbb`: all of them palette colours. */
export const CARD_COLOURS = {
  background: toHex(BACKGROUND),
  accent: toHex(ACCENT),
  figure: grey(10),
  quote: grey(9),
  subject: grey(8),
  byline: grey(7),
  rule: grey(2),
} as const;

/** Where things sit, in pixels: a red bar down the left edge, then a column of text. Part of the cache key. */
const LAYOUT = {
  barWidth: 24,
  left: 80,
  right: SHARE_CARD_WIDTH - 64,
  top: 48,
  /** Space under each text block, and the least space between the quote and the footer rule. */
  gaps: { siteName: 20, figure: 4, subject: 24, aboveFooter: 24 },
  quoteRule: 6,
  quoteIndent: 30,
  footerRuleY: 533,
  footerRule: 2,
  bylineBaseline: 582,
  palette: PALETTE,
} as const;

// Fonts: Inter as @fontsource ships it, one file per Unicode subset, all registered under one
// family name; Skia picks, glyph by glyph, the file that has it. A name of our own keeps an Inter
// installed on the machine out of it. Registered once per process.
const require = createRequire(import.meta.url);
const FONT_FAMILY = 'Recount Inter';
const FONT_FILE = /^inter-[a-z-]+-(400|700)-normal\.woff2$/;
let fontsRegistered = false;
let rendererId: string | undefined;

// Skia's font collection is one per process, shared by every worker thread: fonts registered
// twice (two workers starting at once) made the same card come out in different bytes. So the
// main thread registers them before starting workers (`prepareFonts`), and a thread finding the
// family already there leaves it alone.
function registerFonts(): void {
  if (fontsRegistered) return;
  if (GlobalFonts.has(FONT_FAMILY)) {
    fontsRegistered = true;
    return;
  }
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

/** Registers the card fonts in this process, once; call before starting threads that draw cards. */
export function prepareFonts(): void {
  registerFonts();
}

/** Identifies the renderer (drawing code, layout, canvas and font versions), so that changing any of them renews the cache. */
export function describeRenderer(): string {
  if (rendererId === undefined) {
    const version = (pkg: string): string =>
      (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
    rendererId = [`card@${DRAWING_VERSION}`, `canvas@${version('@napi-rs/canvas')}`, `inter@${version('@fontsource/inter')}`, JSON.stringify(LAYOUT)].join(' ');
  }
  return rendererId;
}

// Word widths, per font, for the whole process: a build's cards share most of their words, and
// measuring a string Skia has not shaped yet costs ~40 µs. Cleared when it grows past a bound.
const wordWidths = new Map<string, Map<string, number>>();
const WORD_CACHE_LIMIT = 200_000;
let cachedWords = 0;

/** A `MeasureWord` for the context's current font. */
function measureWordsWith(ctx: SKRSContext2D): MeasureWord {
  let widths = wordWidths.get(ctx.font);
  if (!widths) {
    widths = new Map();
    wordWidths.set(ctx.font, widths);
  }
  const cache = widths;
  return (word) => {
    let width = cache.get(word);
    if (width === undefined) {
      if (cachedWords >= WORD_CACHE_LIMIT) {
        for (const fontWidths of wordWidths.values()) fontWidths.clear();
        cachedWords = 0;
      }
      width = ctx.measureText(word).width;
      cache.set(word, width);
      cachedWords += 1;
    }
    return width;
  };
}

/** Draws a block's lines from `top` down (the first baseline sits `size` below it) and returns where the block ends. */
function drawText(pixels: CardPixels, ctx: SKRSContext2D, block: ShareCardText, x: number, top: number, maxLines = block.maxLines): number {
  ctx.font = `${block.weight} ${block.size}px "${FONT_FAMILY}"`;
  const measure = measureWordsWith(ctx);
  const lines = wrapText(block.text, LAYOUT.right - x, maxLines, measure);
  if (lines.length === 0) return top;
  const colour = fromHex(block.colour);
  lines.forEach((line, i) => {
    // Inter's capitals are ~0.73 em tall; the baseline one em down leaves the air above them that CSS would.
    pixels.drawLine(line, ctx.font, colour, x, top + block.size + i * block.lineHeight, measure);
  });
  return top + block.size + (lines.length - 1) * block.lineHeight + Math.round(block.size * 0.25);
}

/** A `#rrggbb` colour as bytes. */
function fromHex(hex: string): Rgb {
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as unknown as Rgb;
}

// One card at a time per thread: a card is composed in one synchronous stretch.
let measuring: SKRSContext2D | undefined;
let sharedPixels: CardPixels | undefined;

/** Draws a planned card into an indexed image. */
function drawCard(plan: ShareCardLayout): IndexedImage {
  registerFonts();
  measuring ??= createCanvas(16, 16).getContext('2d');
  sharedPixels ??= new CardPixels(SHARE_CARD_WIDTH, SHARE_CARD_HEIGHT, PALETTE);
  const pixels = sharedPixels;
  pixels.fillRect({ x: 0, y: 0, width: LAYOUT.barWidth, height: SHARE_CARD_HEIGHT }, ACCENT);

  const { gaps } = LAYOUT;
  let y = drawText(pixels, measuring, plan.siteName, LAYOUT.left, LAYOUT.top) + gaps.siteName;
  y = drawText(pixels, measuring, plan.figure, LAYOUT.left, y) + gaps.figure;
  y = Math.round(drawText(pixels, measuring, plan.subject, LAYOUT.left, y) + gaps.subject);
  // The quote takes the lines left above the footer, up to its own limit.
  const { size, lineHeight } = plan.quote;
  const quoteLines = Math.min(plan.quote.maxLines, Math.floor((LAYOUT.footerRuleY - gaps.aboveFooter - y - size) / lineHeight) + 1);
  const quoteEnd = Math.round(drawText(pixels, measuring, plan.quote, LAYOUT.left + LAYOUT.quoteIndent, y, quoteLines));
  const rule = fromHex(CARD_COLOURS.rule);
  pixels.fillRect({ x: LAYOUT.left, y, width: LAYOUT.quoteRule, height: quoteEnd - y }, rule);

  pixels.fillRect({ x: LAYOUT.left, y: LAYOUT.footerRuleY, width: LAYOUT.right - LAYOUT.left, height: LAYOUT.footerRule }, rule);
  drawText(pixels, measuring, plan.byline, LAYOUT.left, LAYOUT.bylineBaseline - plan.byline.size);
  return pixels.toImage();
}

/** Draws a planned card as PNG bytes. */
export async function drawShareCardPng(plan: ShareCardLayout): Promise<Buffer> {
  // Encoded at once, synchronously: the image is the thread's one CardPixels buffer, which the next card overwrites.
  return encodeIndexedPng(drawCard(plan));
}
