import { inflateSync, crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/encode-png.ts';

/** Splits a PNG into its chunks, checking each CRC. */
function readChunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    chunks.push({ type, data });
    offset += 12 + length;
  }
  return chunks;
}

/** A width x height RGBA gradient, opaque, different in every pixel. */
function gradient(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) pixels.set([(i * 37) % 256, (i * 11) % 256, (i * 101) % 256, 255], i * 4);
  return pixels;
}

describe('encodePng', () => {
  it('writes a signature, IHDR, IDAT and IEND with correct CRCs and an RGBA 8-bit header', () => {
    const chunks = readChunks(encodePng(gradient(3, 2), 3, 2));
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]]).toEqual([3, 2, 8, 6, 0, 0, 0]);
  });

  it('stores every scanline unfiltered after a zero filter byte', () => {
    const pixels = gradient(3, 2);
    const idat = readChunks(encodePng(pixels, 3, 2)).find((chunk) => chunk.type === 'IDAT')!.data;
    const raw = inflateSync(idat);
    expect(raw).toEqual(Buffer.concat([Buffer.from([0]), Buffer.from(pixels.subarray(0, 12)), Buffer.from([0]), Buffer.from(pixels.subarray(12))]));
  });

  it('decodes to the same pixels in an independent decoder (resvg)', () => {
    const [width, height] = [17, 9];
    const pixels = gradient(width, height);
    const png = encodePng(pixels, width, height);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    const decoded = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    expect(Buffer.from(decoded)).toEqual(Buffer.from(pixels));
  });

  it.each([
    ['a byte count that does not match the size', new Uint8Array(10), 2, 2, 'expected 16 bytes of RGBA for 2x2, got 10'],
    ['a zero width', new Uint8Array(0), 0, 2, 'PNG size must be positive whole numbers, got 0x2'],
    ['a fractional height', new Uint8Array(8), 1, 1.5, 'PNG size must be positive whole numbers, got 1x1.5'],
  ])('refuses %s', (_name, pixels, width, height, message) => {
    expect(() => encodePng(pixels, width, height)).toThrow(message);
  });
});
