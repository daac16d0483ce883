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

/** Parses `#rrggbb` into bytes. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`expected a colour as #rrggbb, got ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** The background, each ink, and evenly spaced blends between the background and each ink, without repeats. */
export function blendPalette(background: Rgb, inks: readonly Ink[]): Rgb[] {
  const palette = new Map<string, Rgb>([[background.join(), background]]);
  for (const { colour, steps } of inks) {
    for (let step = 1; step <= steps + 1; step++) {
      const t = step / (steps + 1);
      const blend = background.map((channel, i) => Math.round(channel + (colour[i]! - channel) * t)) as unknown as Rgb;
      palette.set(blend.join(), blend);
    }
  }
  if (palette.size > 256) throw new RangeError(`a PNG palette holds at most 256 colours, got ${palette.size}`);
  return [...palette.values()];
}

// Nearest-colour lookups go through a table keyed by the top 6 bits of each channel (256 KB),
// filled as colours turn up and kept per palette: a card has a few hundred distinct colours, and
// the same palette serves every card of a build.
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
 * Maps opaque RGBA pixels (`width * height * 4` bytes; alpha is ignored) to indices of their
 * nearest palette colours, one byte a pixel.
 */
export function quantisePixels(rgba: Uint8Array, palette: readonly Rgb[]): Uint8Array {
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`a palette needs 1 to 256 colours, got ${palette.length}`);
  if (rgba.length % 4 !== 0) throw new RangeError(`expected whole RGBA pixels, got ${rgba.length} bytes`);
  let table = lookupTables.get(palette);
  if (!table) {
    table = new Uint16Array(1 << 18).fill(UNKNOWN);
    lookupTables.set(palette, table);
  }
  const count = rgba.length / 4;
  const indices = new Uint8Array(count);
  // Most pixels repeat their left neighbour (background, solid strokes): compare before looking up.
  let lastR = -1;
  let lastG = -1;
  let lastB = -1;
  let lastIndex = 0;
  for (let pixel = 0, byte = 0; pixel < count; pixel++, byte += 4) {
    const r = rgba[byte]!;
    const g = rgba[byte + 1]!;
    const b = rgba[byte + 2]!;
    if (r !== lastR || g !== lastG || b !== lastB) {
      const key = ((r >> 2) << 12) | ((g >> 2) << 6) | (b >> 2);
      let index = table[key]!;
      if (index === UNKNOWN) {
        // The middle of the 6-bit cell stands for all 64 colours that share its key.
        index = nearest(palette, (r & 0xfc) | 2, (g & 0xfc) | 2, (b & 0xfc) | 2);
        table[key] = index;
      }
      lastR = r;
      lastG = g;
      lastB = b;
      lastIndex = index;
    }
    indices[pixel] = lastIndex;
  }
  return indices;
}
