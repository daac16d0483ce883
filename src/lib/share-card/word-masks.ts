// Text on share cards, composed from cached word masks. Skia draws each distinct word once (per
// font and quarter-pixel offset) into a scratch canvas; its coverage is kept, and every card that
// shows the word again copies the coverage into its palette indices through a table per colour.
// A build's cards share most of their words (site name, speakers, outlets, dates, common words),
// and reading pixels back from Skia and quantising them was most of a card's cost: the whole
// line strip was read back (~10 ns a pixel) for every card.
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createIndexedImage, type IndexedImage } from './encode-png.ts';
import { mixColours, quantisePixels, type Rgb } from './quantise-pixels.ts';

/** A word's coverage (0–255 a pixel), placed relative to the pen: whole-pixel x and the baseline. */
interface WordMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** Extra pixels read around a word's measured ink, in case a measurement falls short. */
const INK_MARGIN = 2;
/** Quarter-pixel pen offsets: a word is drawn at its pen position's fraction rounded to these. */
const PHASES = 4;
/**
 * Bytes of masks in a generation of the cache. The cards are drawn on worker threads of the
 * build's Astro process, whose peak memory the cache adds to: a bound of 50,000 masks per thread
 * (a few KB each) put the cold 10,000-article build's peak up by ~125 MB, past 3 GB. So a thread
 * keeps two generations of at most this size: when the young one fills, it becomes the old one
 * and the old one goes; a word found in the old generation moves to the young one, so the words
 * cards keep using stay (least recently used, roughly).
 */
const GENERATION_BYTES = 8 * 1024 * 1024;
/** What a mask costs besides its coverage bytes (the object, its array and the map entries), roughly. */
const MASK_OVERHEAD = 200;
/** A generation of masks: by font, then by phase and word (`${phase}${word}`). */
type Generation = Map<string, Map<string, WordMask>>;
let young: Generation = new Map();
let old: Generation = new Map();
let youngBytes = 0;

function keep(font: string, key: string, mask: WordMask): void {
  if (youngBytes >= GENERATION_BYTES) {
    [old, young, youngBytes] = [young, new Map(), 0];
  }
  let byKey = young.get(font);
  if (!byKey) young.set(font, (byKey = new Map()));
  byKey.set(key, mask);
  youngBytes += mask.coverage.length + MASK_OVERHEAD;
}

// The scratch canvas masks are drawn on: wide enough for a whole line (drawn as one mask when
// its script needs shaping across words), tall enough for the largest font with its margins.
const SCRATCH_WIDTH = 1400;
const SCRATCH_HEIGHT = 240;
const SCRATCH_BASELINE = 160;
const SCRATCH_LEFT = 100;
let scratch: { canvas: Canvas; ctx: SKRSContext2D } | undefined;

/** The coverage of `word` in `font`, drawn with the pen at `phase` quarter-pixels past a whole pixel. */
function maskOf(font: string, word: string, phase: number): WordMask {
  const key = `${phase}${word}`;
  const found = young.get(font)?.get(key);
  if (found) return found;
  const kept = old.get(font)?.get(key);
  if (kept) {
    old.get(font)!.delete(key);
    keep(font, key, kept);
    return kept;
  }
  if (!scratch) {
    const canvas = createCanvas(SCRATCH_WIDTH, SCRATCH_HEIGHT);
    scratch = { canvas, ctx: canvas.getContext('2d') };
  }
  const { ctx } = scratch;
  ctx.font = font;
  ctx.textBaseline = 'alphabetic';
  const penX = SCRATCH_LEFT + phase / PHASES;
  const ink = ctx.measureText(word);
  // The ink box around the pen, clamped to the scratch canvas (a word longer than it is cut, as a line was clipped before).
  const x0 = Math.max(0, Math.floor(penX - ink.actualBoundingBoxLeft) - INK_MARGIN);
  const y0 = Math.max(0, Math.floor(SCRATCH_BASELINE - ink.actualBoundingBoxAscent) - INK_MARGIN);
  const x1 = Math.min(SCRATCH_WIDTH, Math.ceil(penX + ink.actualBoundingBoxRight) + INK_MARGIN);
  const y1 = Math.min(SCRATCH_HEIGHT, Math.ceil(SCRATCH_BASELINE + ink.actualBoundingBoxDescent) + INK_MARGIN);
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const coverage = new Uint8Array(width * height);
  if (width > 0 && height > 0) {
    ctx.clearRect(x0, y0, width, height);
    ctx.fillStyle = '#000';
    ctx.fillText(word, penX, SCRATCH_BASELINE);
    const rgba = ctx.getImageData(x0, y0, width, height).data;
    for (let i = 0; i < coverage.length; i++) coverage[i] = rgba[i * 4 + 3]!;
  }
  const mask = { left: x0 - SCRATCH_LEFT, top: y0 - SCRATCH_BASELINE, width, height, coverage };
  keep(font, key, mask);
  return mask;
}

/** Scripts whose words Skia must shape as one run (right-to-left text, combining marks): such a line is one mask. */
const SHAPED_ACROSS_WORDS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\p{M}]/u;

/** A rectangle of the card, in whole pixels. */
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A card's pixels as palette indices, with each pixel's text coverage, so that overlapping word
 * margins keep the stronger ink. Only the rectangles drawn into are packed into the image.
 */
export class CardPixels {
  private readonly indices: Uint8Array;
  private readonly coverage: Uint8Array;
  /** Per row, the span drawn into: [left, right), empty when left >= right. */
  private readonly rowLeft: Int32Array;
  private readonly rowRight: Int32Array;
  /** Per colour, the palette index of each coverage (the colour blended over the background). */
  private readonly tables = new Map<string, Uint8Array>();
  /**
   * The packed image, reused card after card (a fresh 378 KB buffer a card was garbage for the
   * collector), with the byte span of each row the last card packed, cleared before the next.
   */
  private image: IndexedImage | undefined;
  private readonly packedFrom: Int32Array;
  private readonly packedTo: Int32Array;

  readonly width: number;
  readonly height: number;
  private readonly palette: readonly Rgb[];

  constructor(width: number, height: number, palette: readonly Rgb[]) {
    this.width = width;
    this.height = height;
    this.palette = palette;
    if (width % 2 !== 0) throw new RangeError(`card pixels are packed two a byte; the width must be even, got ${width}`);
    this.indices = new Uint8Array(width * height);
    this.coverage = new Uint8Array(width * height);
    this.rowLeft = new Int32Array(height).fill(width);
    this.rowRight = new Int32Array(height);
    this.packedFrom = new Int32Array(height);
    this.packedTo = new Int32Array(height);
  }

  private markDrawn({ x, y, width, height }: Rect): void {
    for (let row = y; row < y + height; row++) {
      if (x < this.rowLeft[row]!) this.rowLeft[row] = x;
      if (x + width > this.rowRight[row]!) this.rowRight[row] = x + width;
    }
  }

  /** Palette indices of `colour` over the background (palette entry 0) at each coverage 0–255. */
  private tableOf(colour: Rgb): Uint8Array {
    const key = colour.join();
    let table = this.tables.get(key);
    if (!table) {
      const rgba = new Uint8Array(256 * 4);
      for (let a = 0; a < 256; a++) rgba.set([...mixColours(this.palette[0]!, colour, a / 255), 255], a * 4);
      table = quantisePixels(rgba, this.palette);
      this.tables.set(key, table);
    }
    return table;
  }

  /** Fills a rectangle with a palette colour, over any text. */
  fillRect(rect: Rect, colour: Rgb): void {
    const clipped = this.clip(rect);
    if (!clipped) return;
    const index = this.tableOf(colour)[255]!;
    for (let row = clipped.y; row < clipped.y + clipped.height; row++) {
      this.indices.fill(index, row * this.width + clipped.x, row * this.width + clipped.x + clipped.width);
      this.coverage.fill(255, row * this.width + clipped.x, row * this.width + clipped.x + clipped.width);
    }
    this.markDrawn(clipped);
  }

  /**
   * Draws a line of single-spaced words with its pen starting at `x` on `baseline`, each word
   * `measure(word)` wide and spaces `measure(' ')`, as the line was wrapped.
   */
  drawLine(line: string, font: string, colour: Rgb, x: number, baseline: number, measure: (word: string) => number): void {
    const table = this.tableOf(colour);
    const words = SHAPED_ACROSS_WORDS.test(line) ? [line] : line.split(' ');
    const space = measure(' ');
    let pen = x;
    for (const word of words) {
      if (word !== '') this.drawMask(maskOf(font, word, Math.round((pen - Math.floor(pen)) * PHASES)), Math.floor(pen), Math.round(baseline), table);
      pen += (words.length === 1 ? 0 : measure(word)) + space;
    }
  }

  private drawMask(mask: WordMask, penX: number, baseline: number, table: Uint8Array): void {
    // A phase of 4 quarters is the next whole pixel, drawn at phase 4 (the mask holds the offset).
    const rect = this.clip({ x: penX + mask.left, y: baseline + mask.top, width: mask.width, height: mask.height });
    if (!rect) return;
    const { indices, coverage } = this;
    for (let row = 0; row < rect.height; row++) {
      const y = rect.y + row;
      const from = (y - (baseline + mask.top)) * mask.width + (rect.x - (penX + mask.left));
      let at = y * this.width + rect.x;
      for (let col = 0; col < rect.width; col++, at++) {
        const a = mask.coverage[from + col]!;
        if (a > coverage[at]!) {
          coverage[at] = a;
          indices[at] = table[a]!;
        }
      }
    }
    this.markDrawn(rect);
  }

  private clip({ x, y, width, height }: Rect): Rect | null {
    const left = Math.max(0, x);
    const top = Math.max(0, y);
    const right = Math.min(this.width, x + width);
    const bottom = Math.min(this.height, y + height);
    return right > left && bottom > top ? { x: left, y: top, width: right - left, height: bottom - top } : null;
  }

  /**
   * The indexed image of everything drawn (4 bits a pixel); the buffers are cleared for the next
   * card. The image is this object's own and is overwritten by the next call: encode it first.
   */
  toImage(): IndexedImage {
    const image = (this.image ??= createIndexedImage(this.width, this.height, this.palette));
    if (image.depth !== 4) throw new RangeError(`card pixels are packed 4 bits each; a palette of ${this.palette.length} colours needs ${image.depth}`);
    const { indices, coverage, rowLeft, rowRight, packedFrom, packedTo, width } = this;
    const { scanlines, rowBytes } = image;
    for (let y = 0; y < this.height; y++) {
      // What the last card packed in this row goes first (the rest of the row is still 0).
      if (packedFrom[y]! < packedTo[y]!) scanlines.fill(0, packedFrom[y]!, packedTo[y]!);
      const left = rowLeft[y]! & ~1; // a byte holds two pixels: start on an even one
      const right = rowRight[y]!;
      packedFrom[y] = packedTo[y] = 0;
      if (left >= right) continue;
      // (The card's width is even, and a pixel past the span is 0: nothing was drawn there.)
      let at = y * (rowBytes + 1) + 1 + left / 2;
      packedFrom[y] = at;
      const start = y * width + left;
      const end = y * width + right;
      for (let pixel = start; pixel < end; pixel += 2, at++) scanlines[at] = (indices[pixel]! << 4) | indices[pixel + 1]!;
      packedTo[y] = at;
      indices.fill(0, start, end);
      coverage.fill(0, start, end);
      rowLeft[y] = width;
      rowRight[y] = 0;
    }
    return image;
  }
}