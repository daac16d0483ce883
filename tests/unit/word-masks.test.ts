import { describe, expect, it } from 'vitest';
import { CardPixels } from '../../src/lib/share-card/word-masks.ts';
import { blendPalette, type Rgb } from '../../src/lib/share-card/quantise-pixels.ts';
import { prepareFonts } from '../../src/lib/share-card/draw-share-card.ts';

const BACKGROUND: Rgb = [250, 250, 249];
const INK: Rgb = [28, 25, 23];
const PALETTE = blendPalette(BACKGROUND, [{ colour: INK, steps: 14 }]);
const FONT = '400 28px "Recount Inter"';

/** The 4-bit palette index of pixel (x, y) of an image's scanlines. */
function indexAt(image: ReturnType<CardPixels['toImage']>, x: number, y: number): number {
  const byte = image.scanlines[y * (image.rowBytes + 1) + 1 + (x >> 1)]!;
  return x % 2 === 0 ? byte >> 4 : byte & 15;
}

/** Every pixel's index, row by row. */
function allIndices(image: ReturnType<CardPixels['toImage']>): number[] {
  const out: number[] = [];
  for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) out.push(indexAt(image, x, y));
  return out;
}

describe('CardPixels: text composed from cached word masks', () => {
  prepareFonts();
  const measure = (word: string) => word.length * 15;

  it('fills rectangles with the palette colour, and starts the next card blank', () => {
    const pixels = new CardPixels(8, 4, PALETTE);
    pixels.fillRect({ x: 1, y: 1, width: 3, height: 2 }, INK);
    const image = pixels.toImage();
    const ink = PALETTE.findIndex((colour) => colour.join() === INK.join());
    expect(indexAt(image, 1, 1)).toBe(ink);
    expect(indexAt(image, 3, 2)).toBe(ink);
    expect(indexAt(image, 0, 1)).toBe(0);
    expect(indexAt(image, 4, 1)).toBe(0);
    expect(allIndices(pixels.toImage()).every((index) => index === 0)).toBe(true);
  });

  it('packs a card into the image the last card used without keeping any of its pixels', () => {
    const pixels = new CardPixels(12, 3, PALETTE);
    pixels.fillRect({ x: 0, y: 0, width: 12, height: 3 }, INK);
    pixels.toImage();
    pixels.fillRect({ x: 4, y: 1, width: 2, height: 1 }, INK);
    const ink = PALETTE.findIndex((colour) => colour.join() === INK.join());
    const expected = Array.from({ length: 36 }, (_, i) => (i === 16 || i === 17 ? ink : 0));
    expect(allIndices(pixels.toImage())).toEqual(expected);
  });

  it('draws a word the same wherever the mask cache stood', () => {
    const first = new CardPixels(200, 60, PALETTE);
    first.drawLine('Recount', FONT, INK, 10.25, 40, measure);
    const drawn = allIndices(first.toImage());
    expect(drawn.some((index) => index !== 0)).toBe(true);
    const again = new CardPixels(200, 60, PALETTE);
    again.drawLine('Recount', FONT, INK, 10.25, 40, measure);
    expect(allIndices(again.toImage())).toEqual(drawn);
  });

  it('places words by their measured widths, and a word one pixel right draws one pixel right', () => {
    const pixels = new CardPixels(400, 60, PALETTE);
    pixels.drawLine('Roe said', FONT, INK, 10, 40, measure);
    const line = allIndices(pixels.toImage());
    pixels.drawLine('Roe', FONT, INK, 10, 40, measure);
    pixels.drawLine('said', FONT, INK, 10 + measure('Roe') + measure(' '), 40, measure);
    expect(allIndices(pixels.toImage())).toEqual(line);
    pixels.drawLine('Roe', FONT, INK, 11, 40, measure);
    const shifted = allIndices(pixels.toImage());
    pixels.drawLine('Roe', FONT, INK, 10, 40, measure);
    const unshifted = allIndices(pixels.toImage());
    for (let y = 0; y < 60; y++) expect(shifted.slice(y * 400 + 1, y * 400 + 400)).toEqual(unshifted.slice(y * 400, y * 400 + 399));
  });

  it('keeps the stronger ink where two words overlap', () => {
    const pixels = new CardPixels(200, 60, PALETTE);
    pixels.drawLine('O', FONT, INK, 10, 40, measure);
    const alone = allIndices(pixels.toImage());
    pixels.drawLine('O', FONT, INK, 10, 40, measure);
    pixels.drawLine('O', FONT, INK, 10, 40, measure);
    expect(allIndices(pixels.toImage())).toEqual(alone);
  });
});
