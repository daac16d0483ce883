// A minimal indexed-colour (palette) PNG encoder on node:zlib. Share cards hold a few dozen
// colours, so one byte (or less) a pixel plus a palette is a quarter of RGBA before compression
// and several times smaller after it. Deflate runs on libuv's thread pool, so cards being encoded
// at once compress in parallel while the main thread draws the next one.
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import type { Rgb } from './quantise-pixels.ts';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Options for `encodeIndexedPng`. */
export interface EncodePngOptions {
  /** zlib level, 0-9. */
  level?: number;
  /** experiment */
  filter?: number;
  depth?: number;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The fewest bits a pixel that can index every palette entry: 1, 2, 4 or 8. */
export function pickBitDepth(paletteSize: number): 1 | 2 | 4 | 8 {
  if (paletteSize <= 2) return 1;
  if (paletteSize <= 4) return 2;
  if (paletteSize <= 16) return 4;
  return 8;
}

/** PNG scanlines: each row's filter byte, then its indices packed `depth` bits each, leftmost pixel in the high bits. */
function packRows(indices: Uint8Array, width: number, height: number, depth: number, filter: number): Buffer {
  const perByte = 8 / depth;
  const rowBytes = Math.ceil(width / perByte);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    raw[row - 1] = filter;
    const from = y * width;
    if (depth === 8) {
      raw.set(indices.subarray(from, from + width), row);
      continue;
    }
    for (let x = 0; x < width; x++) raw[row + Math.floor(x / perByte)]! |= indices[from + x]! << (8 - depth * (1 + (x % perByte)));
  }
  if (filter === 2) {
    for (let y = height - 1; y > 0; y--) {
      const row = y * (rowBytes + 1) + 1;
      for (let x = 0; x < rowBytes; x++) raw[row + x] = (raw[row + x]! - raw[row + x - rowBytes - 1]!) & 255;
    }
  }
  return raw;
}

/**
 * Encodes palette indices (one byte a pixel, row by row) as an indexed-colour PNG (colour
 * type 3) with the palette in its PLTE chunk and the smallest bit depth that holds it.
 */
export async function encodeIndexedPng(indices: Uint8Array, width: number, height: number, palette: readonly Rgb[], options: EncodePngOptions = {}): Promise<Buffer> {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`PNG size must be positive whole numbers, got ${width}x${height}`);
  }
  if (indices.length !== width * height) {
    throw new RangeError(`expected ${width * height} palette indices for ${width}x${height}, got ${indices.length}`);
  }
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`a PNG palette holds 1 to 256 colours, got ${palette.length}`);
  const depth = options.depth ?? pickBitDepth(palette.length);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = depth;
  header[9] = 3; // colour type: indexed
  const colours = Buffer.from(palette.flat());
  const raw = packRows(indices, width, height, depth, options.filter ?? 0);
  const compressed = await deflateAsync(raw, { level: options.level ?? 6 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', colours), chunk('IDAT', compressed), chunk('IEND', new Uint8Array(0))]);
}
