import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCardTree,
  describePreviewCard,
  getPreviewPng,
  hashCard,
  pickFontSubsets,
  renderPreviewPng,
  shortenText,
  warmPreviewCache,
  type CardElement,
  type PreviewCard,
  type PreviewClaim,
} from '../../src/lib/preview-image.ts';
import { encodePng } from '../../src/lib/encode-png.ts';

const card: PreviewCard = {
  siteName: 'Recount',
  figure: 'more than 340 schools',
  subject: 'schools with teaching conducted in Russian',
  quote: 'There are more than 340 schools here with teaching conducted in Russian.',
  speaker: 'Ilham Aliyev',
  outlet: 'APA',
  date: '24 September 2021',
};

/** Every string drawn on a card, in order. */
function texts(tree: CardElement): string[] {
  const { children } = tree.props;
  if (children === undefined) return [];
  if (typeof children === 'string') return [children];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

/** Width and height from a PNG's IHDR. */
function pngSize(png: Buffer): [number, number] {
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
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

describe('pickFontSubsets', () => {
  it.each([
    ['plain English needs only latin', 'More than 340 schools, “quoted” – 5 €', ['latin']],
    ['Polish letters add latin-ext', 'Łódź', ['latin', 'latin-ext']],
    ['Russian adds cyrillic', 'более 340 школ', ['latin', 'cyrillic']],
    ['Greek adds greek', 'Ελληνικά', ['latin', 'greek']],
    ['Vietnamese tone marks add vietnamese', 'Tiếng Việt', ['latin', 'vietnamese']],
    ['scripts Inter lacks add nothing (they render as missing glyphs)', '中文', ['latin']],
  ])('%s', (_name, text, expected) => {
    expect(pickFontSubsets(text)).toEqual(expected);
  });
});

describe('describePreviewCard', () => {
  const claim: PreviewClaim = {
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
    expect(describePreviewCard(claim, 'Recount')).toEqual({
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
    expect(describePreviewCard(anonymous, 'Recount')).toMatchObject({ speaker: null, outlet: null, date: null });
  });
});

describe('buildCardTree', () => {
  it('draws article text as text, markup and all, never as elements', () => {
    const hostile = { ...card, quote: 'Up 5% <script>alert(1)</script> <img src=x onerror=alert(1)>' };
    expect(texts(buildCardTree(hostile))).toContain('Up 5% <script>alert(1)</script> <img src=x onerror=alert(1)>');
  });

  it.each([
    ['joins speaker, outlet and date', card, 'Ilham Aliyev  ·  APA  ·  24 September 2021'],
    ['leaves out what is unknown', { ...card, outlet: null, date: null }, 'Ilham Aliyev'],
    ['says so when nothing is known', { ...card, speaker: null, outlet: ' ', date: null }, 'Source unattributed'],
  ])('byline %s', (_name, input, expected) => {
    expect(texts(buildCardTree(input)).at(-1)).toBe(expected);
  });
});

describe('hashCard', () => {
  it('is the same for the same card and differs when any field changes', () => {
    expect(hashCard({ ...card })).toBe(hashCard(card));
    const variants = (Object.keys(card) as Array<keyof PreviewCard>).map((key) => hashCard({ ...card, [key]: `${card[key]} (changed)` }));
    expect(new Set([hashCard(card), ...variants]).size).toBe(variants.length + 1);
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

  it('renders a 1200x630 PNG', async () => {
    expect(pngSize(await renderPreviewPng(card))).toEqual([1200, 630]);
  });

  it('stores a card under its hash and serves the stored bytes the next time', async () => {
    const first = await getPreviewPng(card, { cacheDir });
    const files = await cachedFiles();
    expect(files.map((file) => path.basename(file))).toEqual([`${hashCard(card)}.png`]);
    expect(await readFile(files[0]!)).toEqual(first);
    // Put other (complete) PNG bytes in its place: a cache hit hands exactly those back.
    const standIn = encodePng(new Uint8Array([1, 2, 3, 255]), 1, 1);
    await writeFile(files[0]!, standIn);
    expect(await getPreviewPng(card, { cacheDir })).toEqual(standIn);
  });

  it('redraws a cached file that is torn (no IEND at the end)', async () => {
    const [file] = await cachedFiles();
    const whole = await readFile(file!);
    await writeFile(file!, whole.subarray(0, whole.length - 5));
    const png = await getPreviewPng(card, { cacheDir });
    expect(pngSize(png)).toEqual([1200, 630]);
    expect((await readFile(file!)).subarray(-8).toString('latin1', 0, 4)).toBe('IEND');
  });

  it('warms the cache with new cards only', async () => {
    const other = { ...card, figure: '324 schools' };
    expect(await warmPreviewCache([card, other], { cacheDir })).toEqual({ rendered: 1, cached: 1 });
    expect(await warmPreviewCache([card, other], { cacheDir })).toEqual({ rendered: 0, cached: 2 });
    expect(await cachedFiles()).toHaveLength(2);
  });
});
