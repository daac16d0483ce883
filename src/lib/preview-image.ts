// Share cards: the 1200x630 PNG behind every claim's og:image and twitter:image.
// satori lays the card out from plain objects (never from HTML strings, so article text stays
// data) and draws text as paths; resvg rasterises the SVG. Cards are cached on disk by a hash of
// everything that shapes the pixels, so a rebuild only renders new or changed cards.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import writeFileAtomic from 'write-file-atomic';
import type { Claim } from '../schemas/claim.ts';
import { encodePng } from './encode-png.ts';
import { calendarDate, formatDate } from './format-date.ts';
import { formatFigure, type FigureFields } from './format-figure.ts';

/** Width of a share card in pixels (the Open Graph recommended size). */
export const PREVIEW_WIDTH = 1200;
/** Height of a share card in pixels. */
export const PREVIEW_HEIGHT = 630;
/** Where rendered cards are kept between builds, relative to the project root. */
export const DEFAULT_PREVIEW_CACHE_DIR = path.join('node_modules', '.cache', 'recount', 'previews');

/** What a share card says; every field is plain text and is drawn as text, never parsed. */
export interface PreviewCard {
  /** The site's name, top left. */
  siteName: string;
  /** The figure in words, qualifier included: `more than 340 schools`. */
  figure: string;
  /** What the figure counts or measures: `schools with teaching conducted in Russian`. */
  subject: string;
  /** The claim's sentence; shortened to fit. */
  quote: string;
  /** Who made the claim, or null when unknown. */
  speaker: string | null;
  /** The outlet that published it, or null when unknown. */
  outlet: string | null;
  /** Publication date as shown (`24 September 2021`), or null when unknown. */
  date: string | null;
}

/** The claim fields a card is made from (a `ClaimRecord` has them all). */
export type PreviewClaim = FigureFields &
  Pick<Claim, 'subject' | 'text' | 'speaker'> & { article: { data: { outlet: string | null; date: string | null } } };

/** A satori element: the plain-object form of `<div style>children</div>`. */
export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

const CARD_BACKGROUND = '#fafaf9';
const QUOTE_LIMIT = 260;
const FIGURE_LIMIT = 70;
const SUBJECT_LIMIT = 110;
const LINE_LIMIT = 80;

/** The card for a claim: its figure, subject, sentence, speaker, outlet and date. */
export function describePreviewCard(claim: PreviewClaim, siteName: string): PreviewCard {
  return {
    siteName,
    figure: formatFigure(claim).words,
    subject: claim.subject,
    quote: claim.text,
    speaker: claim.speaker,
    outlet: claim.article.data.outlet,
    date: claim.article.data.date === null ? null : formatDate(calendarDate(claim.article.data.date)),
  };
}

/** Collapses whitespace, drops control characters and cuts text to `limit` characters at a word boundary, adding `…`. */
export function shortenText(text: string, limit: number): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= limit) return clean;
  const cut = chars.slice(0, limit - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > limit * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

function div(style: CardElement['props']['style'], children?: CardElement['props']['children']): CardElement {
  return children === undefined ? { type: 'div', props: { style } } : { type: 'div', props: { style, children } };
}

/** The card's layout as satori elements: pure, and the basis of the cache key. */
export function buildCardTree(card: PreviewCard): CardElement {
  const byline = [card.speaker, card.outlet, card.date]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .map((part) => shortenText(part, LINE_LIMIT))
    .join('  ·  ');
  const text = { display: 'flex', color: '#1c1917' };
  return div({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, display: 'flex', backgroundColor: CARD_BACKGROUND, fontFamily: 'Inter' }, [
    div({ width: 24, flexShrink: 0, backgroundColor: '#b91c1c' }),
    div({ flexGrow: 1, display: 'flex', flexDirection: 'column', padding: '48px 64px 44px 56px' }, [
      div({ ...text, fontSize: 28, fontWeight: 700, color: '#b91c1c' }, shortenText(card.siteName, LINE_LIMIT)),
      div({ ...text, flexDirection: 'column', marginTop: 28, flexGrow: 1 }, [
        div({ ...text, fontSize: 66, fontWeight: 700, lineHeight: 1.1, lineClamp: 2 }, shortenText(card.figure, FIGURE_LIMIT)),
        div({ ...text, fontSize: 34, fontWeight: 700, marginTop: 10, color: '#44403c', lineClamp: 2 }, shortenText(card.subject, SUBJECT_LIMIT)),
        // The sentence as written, quotation marks and all; a rule beside it marks it as a quote.
        div(
          {
            ...text,
            fontSize: 28,
            lineHeight: 1.4,
            marginTop: 28,
            paddingLeft: 24,
            borderLeft: '6px solid #d6d3d1',
            color: '#292524',
            lineClamp: 4,
          },
          shortenText(card.quote, QUOTE_LIMIT),
        ),
      ]),
      div({ ...text, fontSize: 26, color: '#57534e', borderTop: '2px solid #d6d3d1', paddingTop: 20 }, byline || 'Source unattributed'),
    ]),
  ]);
}

// Fonts: Inter as @fontsource ships it, one file per Unicode subset. A card gets only the
// subsets its text needs (nearly always just `latin`), because satori's cost grows with the
// number of fonts it is handed. Files are read once per process, and each combination of subsets
// is one array reused on every call: satori keeps parsed fonts keyed by that array, so no card
// pays for parsing them again.
type SatoriFonts = Parameters<typeof satori>[1]['fonts'];
const require = createRequire(import.meta.url);
const FONT_WEIGHTS = [400, 700] as const;
/** The subsets we load, in fallback order; `latin` always comes first. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
type FontSubset = (typeof FONT_SUBSETS)[number];
const fontFiles = new Map<FontSubset, SatoriFonts>();
const fontSets = new Map<string, SatoriFonts>();
let subsetRanges: Array<[FontSubset, Array<[number, number]>]> | undefined;
let rendererId: string | undefined;

/** Code-point ranges of each subset, from @fontsource's own `unicode.json` (`U+0000-00FF,U+0131`). */
function loadSubsetRanges(): Array<[FontSubset, Array<[number, number]>]> {
  if (subsetRanges === undefined) {
    const table = JSON.parse(readFileSync(require.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<string, string>;
    subsetRanges = FONT_SUBSETS.map((subset) => [
      subset,
      (table[subset] ?? '').split(',').map((range): [number, number] => {
        const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to, 16)];
      }),
    ]);
  }
  return subsetRanges;
}

/** The font subsets that cover a text's characters: `latin`, plus any other script it uses. */
export function pickFontSubsets(text: string): FontSubset[] {
  const ranges = loadSubsetRanges();
  const needed = new Set<FontSubset>(['latin']);
  for (const char of new Set(text)) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x100) continue;
    const covering = ranges.find(([, spans]) => spans.some(([from, to]) => code >= from && code <= to));
    if (covering) needed.add(covering[0]);
  }
  return FONT_SUBSETS.filter((subset) => needed.has(subset));
}

function loadFonts(subsets: FontSubset[]): SatoriFonts {
  const key = subsets.join(' ');
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = subsets.flatMap((subset) => {
      let files = fontFiles.get(subset);
      if (!files) {
        // satori falls back across families, not across files of one family: each subset gets its own name.
        files = FONT_WEIGHTS.map((weight) => ({
          name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
          weight,
          style: 'normal' as const,
          data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
        }));
        fontFiles.set(subset, files);
      }
      return files;
    });
    fontSets.set(key, fonts);
  }
  return fonts;
}

/** Identifies the renderer (library and font versions) so that upgrading any of them renews the cache. */
function describeRenderer(): string {
  if (rendererId === undefined) {
    const version = (pkg: string): string =>
      (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
    rendererId = [`satori@${version('satori')}`, `resvg@${version('@resvg/resvg-js')}`, `inter@${version('@fontsource/inter')}`].join(' ');
  }
  return rendererId;
}

/** Every text drawn on a card, for picking fonts. */
function cardText(tree: CardElement): string {
  const { children } = tree.props;
  if (children === undefined) return '';
  if (typeof children === 'string') return children;
  return (Array.isArray(children) ? children : [children]).map(cardText).join('');
}

/** Hex SHA-256 of everything that decides a card's pixels: its layout tree and the renderer. */
export function hashCard(card: PreviewCard): string {
  return hashTree(buildCardTree(card));
}

function hashTree(tree: CardElement): string {
  return createHash('sha256').update(describeRenderer()).update('\0').update(JSON.stringify(tree)).digest('hex');
}

/** Renders a card to PNG bytes, without the cache. */
export async function renderPreviewPng(card: PreviewCard): Promise<Buffer> {
  return renderTree(buildCardTree(card));
}

async function renderTree(tree: CardElement): Promise<Buffer> {
  // satori's types ask for a ReactNode; a plain element object is exactly what JSX compiles to.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: loadFonts(pickFontSubsets(cardText(tree))),
  });
  // renderAsync rasterises on libuv's thread pool, leaving the main thread free meanwhile. The
  // background keeps every pixel opaque, so resvg's premultiplied pixels are plain RGBA.
  const image = await renderAsync(svg, { background: CARD_BACKGROUND, font: { loadSystemFonts: false } });
  return encodePng(image.pixels, image.width, image.height);
}

const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** True for bytes that start with the PNG signature and end with its IEND chunk (a complete file). */
function isCompletePng(bytes: Buffer): boolean {
  return bytes.length > 16 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.subarray(-8).equals(PNG_END);
}

/** Options for `getPreviewPng`. */
export interface PreviewCacheOptions {
  /** Cache folder; defaults to `node_modules/.cache/recount/previews` under the working directory. */
  cacheDir?: string;
}

/** Where a card with this hash is cached: `<cacheDir>/<first 2 hex>/<hash>.png`. */
function cacheFile(cacheDir: string | undefined, hash: string): string {
  return path.join(path.resolve(cacheDir ?? DEFAULT_PREVIEW_CACHE_DIR), hash.slice(0, 2), `${hash}.png`);
}

/** A card's PNG from the disk cache, rendering and storing it first when it is new or changed. */
export async function getPreviewPng(card: PreviewCard, options: PreviewCacheOptions = {}): Promise<Buffer> {
  const tree = buildCardTree(card);
  const file = cacheFile(options.cacheDir, hashTree(tree));
  try {
    const cached = await readFile(file);
    if (isCompletePng(cached)) return cached;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return renderAndStore(tree, file);
}

async function renderAndStore(tree: CardElement, file: string): Promise<Buffer> {
  const png = await renderTree(tree);
  await mkdir(path.dirname(file), { recursive: true });
  // A cache entry, not a record: skip fsync; a torn file fails isCompletePng and is redrawn.
  await writeFileAtomic(file, png, { fsync: false });
  return png;
}

/** Options for `warmPreviewCache`. */
export interface WarmOptions extends PreviewCacheOptions {
  /** Cards rendered at once; 2 lets one card's layout overlap another's rasterising. */
  concurrency?: number;
}

/**
 * Renders every card not yet in the cache, a few at a time, and says how many it drew. Calling it
 * before serving cards one by one is ~30% faster on a cold cache than rendering them in turn.
 */
export async function warmPreviewCache(cards: Iterable<PreviewCard>, options: WarmOptions = {}): Promise<{ rendered: number; cached: number }> {
  const queue = [...cards];
  const counts = { rendered: 0, cached: 0 };
  const work = async (): Promise<void> => {
    for (let card = queue.pop(); card !== undefined; card = queue.pop()) {
      const tree = buildCardTree(card);
      const file = cacheFile(options.cacheDir, hashTree(tree));
      try {
        await access(file);
        counts.cached += 1;
        continue;
      } catch {
        // Not cached yet: render it below.
      }
      await renderAndStore(tree, file);
      counts.rendered += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, work));
  return counts;
}
