// A minimal indexed-colour (palette) PNG encoder on node:zlib. The image is kept in PNG's own
// scanline layout from the start (a filter byte, then the row's palette indices packed 1, 2, 4
// or 8 bits each), so callers write only the regions that differ from palette entry 0. The rows
// are deflated in bands (see deflateInBands): runs of alike rows, most of a share card, are
// compressed once per process and reused.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { Rgb } from './quantise-pixels.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An indexed image being built, stored as PNG scanlines. */
export interface IndexedImage {
  width: number;
  height: number;
  palette: readonly Rgb[];
  /** Bits a pixel: the fewest that index every palette entry. */
  depth: 1 | 2 | 4 | 8;
  /** Bytes a row, filter byte excluded. */
  rowBytes: number;
  /** `height` rows of a filter byte (always 0) and `rowBytes` packed indices. */
  scanlines: Buffer;
}

/** Options for `encodeIndexedPng`. */
export interface EncodePngOptions {
  /**
   * zlib level, 0-9. 4 for cards: deflated in bands, 600 cards of a build took 0.88 ms and 12.8 kB
   * each, against 1.25 ms and 13.3 kB for the whole image at level 5 (level 3: 0.78 ms, 14.6 kB).
   */
  level?: number;
}

/** The fewest bits a pixel that can index every entry of a palette this size: 1, 2, 4 or 8. */
export function pickBitDepth(paletteSize: number): 1 | 2 | 4 | 8 {
  if (paletteSize <= 2) return 1;
  if (paletteSize <= 4) return 2;
  if (paletteSize <= 16) return 4;
  return 8;
}

/** A `width` x `height` image with every pixel set to palette entry 0. */
export function createIndexedImage(width: number, height: number, palette: readonly Rgb[]): IndexedImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`PNG size must be positive whole numbers, got ${width}x${height}`);
  }
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`a PNG palette holds 1 to 256 colours, got ${palette.length}`);
  const depth = pickBitDepth(palette.length);
  const rowBytes = Math.ceil((width * depth) / 8);
  // Zeros throughout: filter type 0 (none) on every row and index 0 in every pixel.
  return { width, height, palette, depth, rowBytes, scanlines: Buffer.alloc((rowBytes + 1) * height) };
}

/**
 * Writes a `width` x `height` block of palette indices (one byte each, row by row, each below
 * the palette's length) with its top left corner at `x`, `y`.
 */
export function putIndices(image: IndexedImage, x: number, y: number, width: number, height: number, indices: Uint8Array): void {
  if (![x, y, width, height].every(Number.isInteger) || x < 0 || y < 0 || width < 0 || height < 0 || x + width > image.width || y + height > image.height) {
    throw new RangeError(`block ${width}x${height} at ${x},${y} is not inside the ${image.width}x${image.height} image`);
  }
  if (indices.length !== width * height) throw new RangeError(`expected ${width * height} indices for a ${width}x${height} block, got ${indices.length}`);
  const { depth, rowBytes, scanlines } = image;
  const mask = (1 << depth) - 1;
  for (let row = 0; row < height; row++) {
    const line = (y + row) * (rowBytes + 1) + 1;
    const from = row * width;
    if (depth === 8) {
      scanlines.set(indices.subarray(from, from + width), line + x);
      continue;
    }
    let col = 0;
    if (depth === 4 && x % 2 === 0) {
      // Whole bytes, two pixels each, while both pixels are in the block.
      for (let at = line + x / 2; col + 1 < width; col += 2, at++) scanlines[at] = ((indices[from + col]! & 15) << 4) | (indices[from + col + 1]! & 15);
    }
    // Pixel by pixel otherwise, leftmost pixel in the high bits of its byte.
    for (; col < width; col++) {
      const bit = (x + col) * depth;
      const at = line + (bit >> 3);
      const shift = 8 - depth - (bit & 7);
      scanlines[at] = (scanlines[at]! & ~(mask << shift)) | ((indices[from + col]! & mask) << shift);
    }
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encodes an indexed image as a PNG of colour type 3, its palette in PLTE. Every row uses
 * filter 0 (none), as the PNG spec advises for palette images: the other filters do arithmetic
 * on indices, whose numeric order means nothing, and measured larger here.
 */
export function encodeIndexedPng(image: IndexedImage, options: EncodePngOptions = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = image.depth;
  header[9] = 3; // colour type: indexed; compression, filter and interlace methods stay 0
  const palette = Buffer.from(image.palette.flat());
  const compressed = deflateInBands(image.scanlines, image.rowBytes + 1, options.level ?? 4);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', compressed), chunk('IEND', new Uint8Array(0))]);
}

/** A piece of a zlib stream: raw deflate ended by a sync flush, with the Adler-32 and length of the bytes it holds. */
interface Band {
  data: Buffer;
  adler: number;
  length: number;
}

/** Alike rows in a run at least this long make a band of their own, reused: shorter runs are not worth a band's few bytes. */
const MIN_RUN = 16;
/** Runs kept per process (a build's cards have a few dozen distinct ones), by level, row and length. */
const RUN_CACHE_LIMIT = 1000;
const runBands = new Map<string, Band>();

/**
 * The zlib stream of some scanlines (`stride` bytes a row). A share card is two thirds background:
 * runs of alike rows between its text blocks. Deflate spends as long on such a run as on text
 * (it hashes every position), so each run of `MIN_RUN` alike rows or more is compressed once per
 * process and reused, and only the rows between runs are compressed per image. Each band is raw
 * deflate ended by a sync flush (byte-aligned, with no reference back into an earlier band), so
 * the bands concatenate into one stream, closed by an empty final block and the Adler-32 of all
 * the rows, combined from the bands'. Any inflater reads it as one stream.
 */
export function deflateInBands(scanlines: Buffer, stride: number, level: number): Buffer {
  const height = scanlines.length / stride;
  const parts: Buffer[] = [zlibHeader(level)];
  let adler = 1;
  const add = (band: Band) => {
    parts.push(band.data);
    adler = combineAdler32(adler, band.adler, band.length);
  };
  let bandStart = 0;
  for (let y = 0; y < height; ) {
    let run = 1;
    while (y + run < height && scanlines.compare(scanlines, y * stride, (y + 1) * stride, (y + run) * stride, (y + run + 1) * stride) === 0) run += 1;
    if (run >= MIN_RUN) {
      if (y > bandStart) add(deflateBand(scanlines.subarray(bandStart * stride, y * stride), level));
      const key = `${level}:${run}:${scanlines.toString('latin1', y * stride, (y + 1) * stride)}`;
      let band = runBands.get(key);
      if (band === undefined) {
        if (runBands.size >= RUN_CACHE_LIMIT) runBands.clear();
        band = deflateBand(scanlines.subarray(y * stride, (y + run) * stride), level);
        runBands.set(key, band);
      }
      add(band);
      bandStart = y + run;
    }
    y += run;
  }
  if (height > bandStart) add(deflateBand(scanlines.subarray(bandStart * stride), level));
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler);
  // An empty final block with fixed codes: BFINAL 1, BTYPE 01, end-of-block, padded to a byte.
  parts.push(FINAL_BLOCK, trailer);
  return Buffer.concat(parts);
}

const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

function deflateBand(bytes: Buffer, level: number): Band {
  // memLevel 9 (zlib's largest hash tables): the same size as the default 8 in 60% of the time on cards.
  return { data: deflateRawSync(bytes, { level, memLevel: 9, finishFlush: constants.Z_SYNC_FLUSH }), adler: adler32(bytes), length: bytes.length };
}

/** The two bytes that open a zlib stream: deflate with a 32 KB window, and the level as zlib records it. */
function zlibHeader(level: number): Buffer {
  const cmf = 0x78;
  let flg = (level < 2 ? 0 : level < 6 ? 1 : level === 6 ? 2 : 3) << 6;
  flg += 31 - ((cmf * 256 + flg) % 31);
  return Buffer.from([cmf, flg]);
}

const ADLER_BASE = 65521;

/** Adler-32 of some bytes, continuing from `start` (1 for a stream's beginning). */
export function adler32(bytes: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  for (let i = 0; i < bytes.length; ) {
    // 5552 bytes is the most that cannot overflow b before the modulo (zlib's NMAX).
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte strings one after the other, from each one's and the second's length (zlib's adler32_combine). */
export function combineAdler32(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let a = first & 0xffff;
  let b = (rem * a) % ADLER_BASE;
  a += (second & 0xffff) + ADLER_BASE - 1;
  b += (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (b >= 2 * ADLER_BASE) b -= 2 * ADLER_BASE;
  if (b >= ADLER_BASE) b -= ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}
