// Palette quantisation for flat images such as share cards: a few solid colours on one
// background, plus the anti-aliasing steps between them. Each pixel goes to its nearest palette
// colour, without dithering (dither noise would cost bytes and look grainy around text).

/** An opaque colour as red, green and blue bytes. */
export type Rgb = readonly [number, number, number];

/** A colour drawn on the background, and how many blend steps its anti-aliased edges get. */
export interface Ink {
  /** The colour at full coverage. */
  colour: Rgb;
  /** Blend steps strictly between the background and the colour. */
  steps: number;
}

/** The colour `t` of the way from `from` to `to` (0 is `from`, 1 is `to`), rounded to bytes. */
export function mixColours(from: Rgb, to: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * t)) as unknown as Rgb;
}

/**
 * The background first (index 0), then for each ink its evenly spaced blends with the
 * background and the ink itself: `steps + 1` colours an ink, repeats dropped.
 */
export function blendPalette(background: Rgb, inks: readonly Ink[]): Rgb[] {
  const palette = new Map<string, Rgb>([[background.join(), background]]);
  for (const { colour, steps } of inks) {
    for (let step = 1; step <= steps + 1; step++) {
      const blend = mixColours(background, colour, step / (steps + 1));
      palette.set(blend.join(), blend);
    }
  }
  if (palette.size > 256) throw new RangeError(`a PNG palette holds at most 256 colours, got ${palette.size}`);
  return [...palette.values()];
}

// Nearest-colour lookups go through a table keyed by the top 6 bits of each channel (512 KB),
// filled as colours turn up and kept per palette: a card has a few hundred distinct colours, and
// one palette serves every card of a build.
const UNKNOWN = 0xffff;
const lookupTables = new WeakMap<readonly Rgb[], Uint16Array>();

function nearest(palette: readonly Rgb[], r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < palette.length; i++) {
    const [pr, pg, pb] = palette[i]!;
    // Green weighs most and blue least, roughly as the eye does.
    const distance = 3 * (pr - r) ** 2 + 4 * (pg - g) ** 2 + 2 * (pb - b) ** 2;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Maps opaque RGBA pixels (4 bytes each; alpha is ignored) to the indices of their nearest
 * palette colours, one byte a pixel.
 */
export function quantisePixels(rgba: Uint8Array | Uint8ClampedArray, palette: readonly Rgb[]): Uint8Array {
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`a palette needs 1 to 256 colours, got ${palette.length}`);
  if (rgba.length % 4 !== 0) throw new RangeError(`expected whole RGBA pixels (4 bytes each), got ${rgba.length} bytes`);
  let table = lookupTables.get(palette);
  if (!table) {
    table = new Uint16Array(1 << 18).fill(UNKNOWN);
    lookupTables.set(palette, table);
  }
  const count = rgba.length / 4;
  const indices = new Uint8Array(count);
  // Most pixels repeat their left neighbour (background, solid strokes), so each is compared
  // whole, as one 32-bit word, and looked up only when it differs.
  const bytes = rgba.byteOffset % 4 === 0 ? rgba : new Uint8Array(rgba);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, count);
  let last = words[0]! ^ 1;
  let lastIndex = 0;
  for (let pixel = 0; pixel < count; pixel++) {
    const word = words[pixel]!;
    if (word !== last) {
      const byte = pixel * 4;
      const r = bytes[byte]!;
      const g = bytes[byte + 1]!;
      const b = bytes[byte + 2]!;
      const key = ((r >> 2) << 12) | ((g >> 2) << 6) | (b >> 2);
      let index = table[key]!;
      if (index === UNKNOWN) {
        // The middle of the 6-bit cell stands for all 64 colours that share its key, so a
        // colour's index never depends on which colours came before it.
        index = nearest(palette, (r & 0xfc) | 2, (g & 0xfc) | 2, (b & 0xfc) | 2);
        table[key] = index;
      }
      last = word;
      lastIndex = index;
    }
    indices[pixel] = lastIndex;
  }
  return indices;
}
