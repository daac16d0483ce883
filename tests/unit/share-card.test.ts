import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import {
  describeByline,
  describeShareCard,
  getShareCardPng,
  hashShareCard,
  planShareCard,
  renderShareCardPng,
  shortenText,
  warmShareCardCache,
  type ShareCard,
  type ShareCardClaim,
} from '../../src/lib/share-card/share-card.ts';
import { createIndexedImage, encodeIndexedPng } from '../../src/lib/share-card/encode-png.ts';

const card: ShareCard = {
  siteName: 'Recount',
  figure: 'more than 340 schools',
  subject: 'schools with teaching conducted in Russian',
  quote: 'There are more than 340 schools here with teaching conducted in Russian.',
  speaker: 'Ilham Aliyev',
  outlet: 'APA',
  date: '24 September 2021',
};

/** Width and height from a PNG's IHDR. */
function pngSize(png: Buffer): [number, number] {
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The PNG's chunk types in order, with its bit depth and colour type from IHDR. */
function pngLayout(png: Buffer): { chunks: string[]; depth: number; colourType: number; paletteSize: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: string[] = [];
  let paletteSize = 0;
  for (let offset = 8; offset < png.length; offset += 12 + png.readUInt32BE(offset)) {
    chunks.push(png.toString('latin1', offset + 4, offset + 8));
    if (chunks.at(-1) === 'PLTE') paletteSize = png.readUInt32BE(offset) / 3;
  }
  return { chunks, depth: png[24]!, colourType: png[25]!, paletteSize };
}

/** Decodes a PNG (with Skia) and counts the pixels in a rectangle that differ from its top left pixel. */
async function inkedPixels(png: Buffer, x: number, y: number, width: number, height: number): Promise<number> {
  const ctx = createCanvas(width, height).getContext('2d');
  ctx.drawImage(await loadImage(png), -x, -y);
  const pixels = ctx.getImageData(0, 0, width, height).data;
  let count = 0;
  for (let i = 4; i < pixels.length; i += 4) if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) count++;
  return count;
}

describe('shortenText', () => {
  it.each([
    ['keeps short text as it is', 'More than 340 schools.', 30, 'More than 340 schools.'],
    ['collapses runs of whitespace and trims', '  more \n\t than   340 ', 50, 'more than 340'],
    ['drops control and bidi-override characters', 'more\u0000than\u202e 340', 50, 'more than 340'],
    ['cuts at the last word boundary and adds an ellipsis', 'one two three four five six seven', 20, 'one two three four…'],
    ['cuts inside a word when there is no late boundary', 'Donaudampfschifffahrtsgesellschaft', 10, 'Donaudamp…'],
    ['does not leave punctuation before the ellipsis', 'alpha beta, gamma delta epsilon', 13, 'alpha beta…'],
    ['counts characters, not UTF-16 units', '😀😀😀😀', 4, '😀😀😀😀'],
  ])('%s', (_name, input, limit, expected) => {
    expect(shortenText(input, limit)).toBe(expected);
  });
});

describe('describeShareCard', () => {
  const claim: ShareCardClaim = {
    quantity: 'more than 340',
    value: 340,
    unit: 'school',
    kind: 'count',
    qualifier: 'more-than',
    min: 340,
    max: null,
    period: { per: null },
    subject: 'schools with teaching conducted in Russian',
    text: 'There are more than 340 schools here.',
    speaker: 'Ilham Aliyev',
    article: { data: { outlet: 'APA', date: '2021-09-24T15:11:00+04:00' } },
  };

  it('says the figure in words and the calendar date as published', () => {
    expect(describeShareCard(claim, 'Recount')).toEqual({
      siteName: 'Recount',
      figure: 'more than 340 schools',
      subject: 'schools with teaching conducted in Russian',
      quote: 'There are more than 340 schools here.',
      speaker: 'Ilham Aliyev',
      outlet: 'APA',
      date: '24 September 2021',
    });
  });

  it('keeps unknown speaker, outlet and date as null', () => {
    const anonymous = { ...claim, speaker: null, article: { data: { outlet: null, date: null } } };
    expect(describeShareCard(anonymous, 'Recount')).toMatchObject({ speaker: null, outlet: null, date: null });
  });
});

describe('describeByline', () => {
  it.each([
    ['joins speaker, outlet and date', card, 'Ilham Aliyev · APA · 24 September 2021'],
    ['leaves out what is unknown', { ...card, outlet: null, date: null }, 'Ilham Aliyev'],
    ['says so when nothing is known', { ...card, speaker: null, outlet: ' ', date: null }, 'Source unattributed'],
    [
      'shortens a long name so the outlet and date still fit',
      { ...card, speaker: 'Ilham Heydar oglu Aliyev, President of the Republic of Azerbaijan' },
      'Ilham Heydar oglu Aliyev, President of… · APA · 24 September 2021',
    ],
  ])('%s', (_name, input, expected) => {
    expect(describeByline(input)).toBe(expected);
  });
});

describe('planShareCard', () => {
  it('keeps article text as text, markup and all', () => {
    const hostile = { ...card, quote: 'Up 5% <script>alert(1)</script> <img src=x onerror=alert(1)>' };
    expect(planShareCard(hostile).quote.text).toBe('Up 5% <script>alert(1)</script> <img src=x onerror=alert(1)>');
  });

  it.each([
    ['the figure', 'figure', 70],
    ['the subject', 'subject', 110],
    ['the quote', 'quote', 260],
  ] as const)('shortens %s to its limit', (_name, field, limit) => {
    const text = [...planShareCard({ ...card, [field]: 'word '.repeat(200) })[field].text];
    expect(text.length).toBeLessThanOrEqual(limit);
    expect(text.at(-1)).toBe('…');
  });
});

describe('hashShareCard', () => {
  it('is the same for the same card and differs when any field changes', () => {
    expect(hashShareCard({ ...card })).toBe(hashShareCard(card));
    const variants = (Object.keys(card) as Array<keyof ShareCard>).map((key) => hashShareCard({ ...card, [key]: `${card[key]} (changed)` }));
    expect(new Set([hashShareCard(card), ...variants]).size).toBe(variants.length + 1);
  });
});

describe('rendering and the cache', () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'recount-preview-test-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  /** Cached PNG files under the cache folder. */
  async function cachedFiles(): Promise<string[]> {
    const entries = await readdir(cacheDir, { recursive: true });
    return entries.filter((entry) => entry.endsWith('.png')).map((entry) => path.join(cacheDir, entry));
  }

  it('renders a 1200x630 PNG with 16 palette colours, 4 bits a pixel, in under 20 KB', async () => {
    const png = await renderShareCardPng(card);
    expect(pngSize(png)).toEqual([1200, 630]);
    expect(pngLayout(png)).toEqual({ chunks: ['IHDR', 'PLTE', 'IDAT', 'IEND'], depth: 4, colourType: 3, paletteSize: 16 });
    expect(png.length).toBeLessThan(20_000);
  });

  it.each([
    ['markup in the quote', { quote: '<script>alert(1)</script> <img src=x onerror=alert(1)> &amp; {{x}}' }],
    ['Cyrillic and Greek', { figure: 'более 340 школ', subject: 'σχολεία', speaker: 'Ильхам Алиев' }],
    ['a missing speaker, outlet and date', { speaker: null, outlet: null, date: null }],
    ['scripts Inter lacks and combining marks', { quote: '中文 مرحبا 😀 Z̷̢̛a̴̡l̸g̵o̶' }],
    ['one word longer than a line', { quote: 'x'.repeat(250) }],
  ])('draws %s as text, inside the quote area', async (_name, fields) => {
    const png = await renderShareCardPng({ ...card, ...fields });
    expect(pngSize(png)).toEqual([1200, 630]);
    // Something is drawn where the quote goes, and nothing below the footer rule but the byline.
    expect(await inkedPixels(png, 110, 260, 1000, 120)).toBeGreaterThan(500);
    expect(await inkedPixels(png, 24, 600, 1176, 30)).toBe(0);
  });

  it('draws the same bytes for the same card', async () => {
    expect(await renderShareCardPng({ ...card })).toEqual(await renderShareCardPng(card));
  });

  it('stores a card under its hash and serves the stored bytes the next time', async () => {
    const first = await getShareCardPng(card, { cacheDir });
    const files = await cachedFiles();
    expect(files.map((file) => path.basename(file))).toEqual([`${hashShareCard(card)}.png`]);
    expect(await readFile(files[0]!)).toEqual(first);
    // Put other (complete) PNG bytes in its place: a cache hit hands exactly those back.
    const standIn = await encodeIndexedPng(createIndexedImage(1, 1, [[1, 2, 3]]));
    await writeFile(files[0]!, standIn);
    expect(await getShareCardPng(card, { cacheDir })).toEqual(standIn);
  });

  it('redraws a cached file that is torn (no IEND at the end)', async () => {
    const [file] = await cachedFiles();
    const whole = await readFile(file!);
    await writeFile(file!, whole.subarray(0, whole.length - 5));
    const png = await getShareCardPng(card, { cacheDir });
    expect(pngSize(png)).toEqual([1200, 630]);
    expect((await readFile(file!)).subarray(-8).toString('latin1', 0, 4)).toBe('IEND');
  });

  it('warms the cache with new cards only, and draws nothing when all are cached', async () => {
    const other = { ...card, figure: '324 schools' };
    const first = await warmShareCardCache([card, other], { cacheDir });
    expect(first).toMatchObject({ rendered: 1, cached: 1, threads: 1 });
    const again = await warmShareCardCache([card, other], { cacheDir });
    expect(again).toMatchObject({ rendered: 0, cached: 2, threads: 0 });
    expect(await cachedFiles()).toHaveLength(2);
    // It says where each card is, in the order given.
    expect(again.files).toEqual(first.files);
    expect(again.files.map((file) => path.basename(file))).toEqual([`${hashShareCard(card)}.png`, `${hashShareCard(other)}.png`]);
  });

  it.each([
    ['on worker threads', 2],
    ['on this thread', 0],
  ])('draws the same bytes %s as getShareCardPng does', async (_name, threads) => {
    const fresh = [{ ...card, figure: `${threads} threads` }, { ...card, figure: `${threads} threads`, quote: 'Another sentence.' }];
    const { files } = await warmShareCardCache(fresh, { cacheDir, threads });
    for (const [i, file] of files.entries()) expect(await readFile(file)).toEqual(await renderShareCardPng(fresh[i]!));
  });

  it('redraws a cached file that is empty (a write cut short)', async () => {
    const emptied = { ...card, figure: 'emptied' };
    const [file] = (await warmShareCardCache([emptied], { cacheDir })).files;
    await writeFile(file!, '');
    expect(await warmShareCardCache([emptied], { cacheDir })).toMatchObject({ rendered: 1, cached: 0 });
    expect(pngSize(await readFile(file!))).toEqual([1200, 630]);
  });

  it('draws a card that appears twice once', async () => {
    const twice = { ...card, figure: 'twice' };
    expect(await warmShareCardCache([twice, { ...twice }], { cacheDir })).toMatchObject({ rendered: 1, cached: 1 });
  });
});
