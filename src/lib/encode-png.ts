// A minimal PNG encoder for opaque RGBA pixels, on node:zlib. It exists for speed: resvg's own
// `asPng()` took ~29 ms for a 1200x630 share card where this takes ~10 ms at the same file size,
// and with up to ~100,000 cards per site that is the largest single cost of a cold build.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Options for `encodePng`. */
export interface EncodePngOptions {
  /** zlib level, 0-9; 3 is as small as resvg's output for cards at a third of the time. */
  level?: number;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.allocUnsafe(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes 8-bit RGBA pixels (row by row, `width * height * 4` bytes, straight alpha) as a PNG. */
export function encodePng(rgba: Uint8Array, width: number, height: number, options: EncodePngOptions = {}): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`PNG size must be positive whole numbers, got ${width}x${height}`);
  }
  const stride = width * 4;
  if (rgba.length !== stride * height) {
    throw new RangeError(`expected ${stride * height} bytes of RGBA for ${width}x${height}, got ${rgba.length}`);
  }
  // Each scanline is prefixed with its filter type; 0 (none) deflates well enough for flat cards.
  const raw = Buffer.alloc((stride + 1) * height);
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: options.level ?? 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
