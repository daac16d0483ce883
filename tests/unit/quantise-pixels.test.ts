import { describe, expect, it } from 'vitest';
import { blendPalette, mixColours, quantisePixels, type Rgb } from '../../src/lib/share-card/quantise-pixels.ts';

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const RED: Rgb = [200, 0, 0];

/** Opaque RGBA bytes for a row of colours. */
function rgba(...colours: Rgb[]): Uint8Array {
  return Uint8Array.from(colours.flatMap((colour) => [...colour, 255]));
}

describe('mixColours', () => {
  it.each([
    ['is the first colour at 0', 0, WHITE],
    ['is the second colour at 1', 1, BLACK],
    ['rounds to whole bytes in between', 0.3, [179, 179, 179]],
  ])('%s', (_name, t, expected) => {
    expect(mixColours(WHITE, BLACK, t)).toEqual(expected);
  });
});

describe('blendPalette', () => {
  it('puts the background first, then each ink’s blends and the ink itself', () => {
    expect(blendPalette(WHITE, [{ colour: BLACK, steps: 3 }, { colour: RED, steps: 0 }])).toEqual([
      WHITE,
      [191, 191, 191],
      [128, 128, 128],
      [64, 64, 64],
      BLACK,
      RED,
    ]);
  });

  it('drops colours it already has', () => {
    expect(blendPalette(WHITE, [{ colour: BLACK, steps: 1 }, { colour: BLACK, steps: 0 }])).toEqual([WHITE, [128, 128, 128], BLACK]);
  });

  it('refuses more colours than a PNG palette holds', () => {
    expect(() => blendPalette(WHITE, [{ colour: BLACK, steps: 254 }, { colour: RED, steps: 0 }])).toThrow('a PNG palette holds at most 256 colours, got 257');
  });
});

describe('quantisePixels', () => {
  const palette = blendPalette(WHITE, [{ colour: BLACK, steps: 3 }, { colour: RED, steps: 0 }]);

  it.each([
    ['keeps palette colours as they are', [WHITE, BLACK, RED, [128, 128, 128]], [0, 4, 5, 2]],
    ['moves other colours to the nearest entry', [[250, 251, 252], [70, 60, 66], [190, 10, 5]], [0, 3, 5]],
    ['looks up a colour again after a run of another', [BLACK, BLACK, WHITE, WHITE, BLACK], [4, 4, 0, 0, 4]],
  ] as Array<[string, Rgb[], number[]]>)('%s', (_name, colours, expected) => {
    expect([...quantisePixels(rgba(...colours), palette)]).toEqual(expected);
  });

  it('ignores alpha', () => {
    expect([...quantisePixels(Uint8Array.from([0, 0, 0, 0, 255, 255, 255, 17]), palette)]).toEqual([4, 0]);
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const shifted = Buffer.concat([Buffer.from([9]), rgba(RED, WHITE)]).subarray(1);
    expect([...quantisePixels(shifted, palette)]).toEqual([5, 0]);
  });

  it('accepts the clamped arrays canvas ImageData holds', () => {
    expect([...quantisePixels(new Uint8ClampedArray(rgba(BLACK)), palette)]).toEqual([4]);
  });

  it.each([
    ['a partial pixel', new Uint8Array(6), palette, 'expected whole RGBA pixels (4 bytes each), got 6 bytes'],
    ['an empty palette', new Uint8Array(4), [], 'a palette needs 1 to 256 colours, got 0'],
  ])('refuses %s', (_name, pixels, colours, message) => {
    expect(() => quantisePixels(pixels, colours)).toThrow(message);
  });
});
