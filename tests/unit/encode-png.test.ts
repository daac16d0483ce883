import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { adler32, combineAdler32, createIndexedImage, deflateInBands, encodeIndexedPng, pickBitDepth, putIndices } from '../../src/lib/share-card/encode-png.ts';
import type { Rgb } from '../../src/lib/share-card/quantise-pixels.ts';

/** Splits a PNG into its chunks, checking the signature and each CRC. */
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

/** A tiny decoder for what encodeIndexedPng writes: the header, the palette and one index per pixel. */
function decodeIndexedPng(png: Buffer): { width: number; height: number; depth: number; colourType: number; palette: Rgb[]; indices: number[] } {
  const chunks = readChunks(png);
  const header = chunks.find((chunk) => chunk.type === 'IHDR')!.data;
  const [width, height, depth, colourType] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8]!, header[9]!];
  const plte = chunks.find((chunk) => chunk.type === 'PLTE')!.data;
  const palette = Array.from({ length: plte.length / 3 }, (_, i): Rgb => [plte[i * 3]!, plte[i * 3 + 1]!, plte[i * 3 + 2]!]);
  const raw = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const rowBytes = Math.ceil((width * depth) / 8);
  expect(raw.length).toBe((rowBytes + 1) * height);
  const indices: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1);
    expect(raw[row], `filter byte of row ${y}`).toBe(0);
    for (let x = 0; x < width; x++) {
      const bit = x * depth;
      indices.push((raw[row + 1 + (bit >> 3)]! >> (8 - depth - (bit & 7))) & ((1 << depth) - 1));
    }
  }
  return { width, height, depth, colourType, palette, indices };
}

/** A palette of `size` distinct greys. */
function greys(size: number): Rgb[] {
  return Array.from({ length: size }, (_, i): Rgb => [i, i, 255 - i]);
}

describe('pickBitDepth', () => {
  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 2],
    [5, 4],
    [16, 4],
    [17, 8],
    [256, 8],
  ])('indexes %i colours with %i bits a pixel', (size, depth) => {
    expect(pickBitDepth(size)).toBe(depth);
  });
});

describe('encodeIndexedPng', () => {
  it('writes a signature, IHDR, PLTE, IDAT and IEND with correct CRCs and an indexed header', async () => {
    const png = await encodeIndexedPng(createIndexedImage(3, 2, greys(5)));
    const chunks = readChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const header = chunks[0]!.data;
    // width, height, bit depth, colour type 3 (indexed), compression, filter, interlace
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]]).toEqual([3, 2, 4, 3, 0, 0, 0]);
    expect([...chunks[1]!.data]).toEqual(greys(5).flat());
  });

  it('starts with every pixel on palette entry 0', async () => {
    const decoded = decodeIndexedPng(await encodeIndexedPng(createIndexedImage(5, 3, greys(4))));
    expect(decoded.indices).toEqual(Array(15).fill(0));
  });

  it.each([
    ['1-bit, odd offset', 2, 1],
    ['2-bit, odd offset', 4, 3],
    ['4-bit, even offset', 16, 2],
    ['4-bit, odd offset', 16, 1],
    ['8-bit, odd offset', 200, 3],
  ])('round-trips a block of indices written %s', async (_name, paletteSize, x) => {
    const [width, height] = [13, 4];
    const image = createIndexedImage(width, height, greys(paletteSize));
    const block = Uint8Array.from({ length: 7 * 3 }, (_, i) => (i * 7 + 1) % paletteSize);
    putIndices(image, x, 1, 7, 3, block);
    const expected = Array<number>(width * height).fill(0);
    for (let row = 0; row < 3; row++) for (let col = 0; col < 7; col++) expected[(1 + row) * width + x + col] = block[row * 7 + col]!;
    const decoded = decodeIndexedPng(await encodeIndexedPng(image));
    expect(decoded.depth).toBe(pickBitDepth(paletteSize));
    expect(decoded.indices).toEqual(expected);
  });

  it('decodes to the palette colours in an independent decoder (Skia)', async () => {
    const palette: Rgb[] = [[250, 250, 249], [185, 28, 28], [28, 25, 23]];
    const image = createIndexedImage(6, 2, palette);
    putIndices(image, 1, 0, 4, 2, Uint8Array.from([1, 2, 1, 2, 2, 1, 2, 1]));
    const decoded = await loadImage(await encodeIndexedPng(image));
    const ctx = createCanvas(6, 2).getContext('2d');
    ctx.drawImage(decoded, 0, 0);
    const pixels = [...ctx.getImageData(0, 0, 6, 2).data];
    const expected = [0, 1, 2, 1, 2, 0, 0, 2, 1, 2, 1, 0].flatMap((index) => [...palette[index]!, 255]);
    expect(pixels).toEqual(expected);
  });

  it.each([
    ['a zero width', () => createIndexedImage(0, 2, greys(2)), 'PNG size must be positive whole numbers, got 0x2'],
    ['a fractional height', () => createIndexedImage(1, 1.5, greys(2)), 'PNG size must be positive whole numbers, got 1x1.5'],
    ['an empty palette', () => createIndexedImage(1, 1, []), 'a PNG palette holds 1 to 256 colours, got 0'],
    ['a palette of 257 colours', () => createIndexedImage(1, 1, greys(257)), 'a PNG palette holds 1 to 256 colours, got 257'],
    ['a block past the right edge', () => putIndices(createIndexedImage(4, 4, greys(2)), 2, 0, 3, 1, new Uint8Array(3)), 'block 3x1 at 2,0 is not inside the 4x4 image'],
    ['a block with the wrong number of indices', () => putIndices(createIndexedImage(4, 4, greys(2)), 0, 0, 2, 2, new Uint8Array(3)), 'expected 4 indices for a 2x2 block, got 3'],
  ])('refuses %s', (_name, make, message) => {
    expect(make).toThrow(message);
  });
});

describe('deflateInBands', () => {
  const stride = 61;
  /** Scanlines of `rows`, each row `stride` bytes of one repeated value (0 is the background). */
  const scanlines = (rows: number[]) => Buffer.concat(rows.map((value) => Buffer.alloc(stride, value)));
  const text = (count: number, seed: number) => Array.from({ length: count }, (_, i) => 1 + ((i * 7 + seed) % 13));

  it.each([
    ['runs between text rows', [...text(5, 1), ...Array(40).fill(0), ...text(9, 2), ...Array(20).fill(0), ...text(3, 3)]],
    ['a run at the start and at the end', [...Array(30).fill(0), ...text(4, 4), ...Array(17).fill(0)]],
    ['runs too short to be bands of their own', [...text(3, 5), ...Array(15).fill(0), ...text(3, 6), ...Array(2).fill(9)]],
    ['one run only', Array(50).fill(0)],
    ['no run at all', text(25, 7)],
    ['one row', [5]],
  ])('gives a zlib stream any inflater reads back, checksum included: %s', (_name, rows) => {
    const raw = scanlines(rows);
    // inflateSync checks the Adler-32 trailer too.
    expect(inflateSync(deflateInBands(raw, stride, 4)).equals(raw)).toBe(true);
  });

  it('reuses a run another image compressed, and the result still reads back', () => {
    const first = scanlines([...text(4, 1), ...Array(33).fill(0), ...text(2, 2)]);
    const second = scanlines([...text(6, 3), ...Array(33).fill(0)]);
    expect(inflateSync(deflateInBands(first, stride, 4)).equals(first)).toBe(true);
    expect(inflateSync(deflateInBands(second, stride, 4)).equals(second)).toBe(true);
  });

  it('keeps a mostly blank image about as small as one deflate of the whole', () => {
    const raw = scanlines([...Array(200).fill(0), ...text(60, 1), ...Array(300).fill(0), ...text(40, 2), ...Array(30).fill(0)]);
    expect(deflateInBands(raw, stride, 4).length).toBeLessThan(deflateSync(raw, { level: 4 }).length * 1.2 + 40);
  });
});

describe('adler32', () => {
  it('matches the checksum zlib writes, and combines like adler32_combine', () => {
    const bytes = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 31 + (i >> 7)) & 255));
    const zlibStream = deflateSync(bytes);
    expect(adler32(bytes)).toBe(zlibStream.readUInt32BE(zlibStream.length - 4));
    for (const cut of [0, 1, 5552, 12_345, 20_000]) {
      expect(combineAdler32(adler32(bytes.subarray(0, cut)), adler32(bytes.subarray(cut)), bytes.length - cut)).toBe(adler32(bytes));
    }
  });
});
