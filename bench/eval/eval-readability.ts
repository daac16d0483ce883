// Mozilla Readability's test pages: does the ingest keep the article and only the article, and
// does it find the page's title, date and outlet? The expected answers are Readability's own
// output (expected.html, expected-metadata.json), so Readability itself is scored beside the
// ingest as the anchor (over linkedom, the DOM the ingest uses; its own suite uses jsdom).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { countWords, ingestArticle, isSourceError, MIN_ARTICLE_WORDS } from '../../src/ingest/index.ts';
import type { EvalSet } from './eval-types.ts';

/** What one reader makes of one page. */
interface Reading {
  body: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  /** The one-line error when the reader refused the page. */
  error?: string;
}

/** The metadata Readability's suite expects for a page (null where the page states none). */
interface ExpectedMetadata {
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

interface Page {
  name: string;
  html: string;
  bytes: Uint8Array;
  expectedBody: string;
  expected: ExpectedMetadata;
}

/** Words of a text, lower-cased, as a multiset. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Word-level F1 of a text against the expected text (multiset overlap). */
export function wordF1(actual: string, expected: string): number {
  const a = wordCounts(actual);
  const e = wordCounts(expected);
  let overlap = 0;
  let sizeA = 0;
  let sizeE = 0;
  for (const count of a.values()) sizeA += count;
  for (const [word, count] of e) {
    sizeE += count;
    overlap += Math.min(count, a.get(word) ?? 0);
  }
  if (sizeA === 0 || sizeE === 0) return sizeA === sizeE ? 1 : 0;
  const precision = overlap / sizeA;
  const recall = overlap / sizeE;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Loose match of two names or titles: same words, one inside the other, or word F1 ≥ 0.8. */
export function looseMatch(actual: string | null, expected: string): boolean {
  if (actual === null) return false;
  const norm = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const [a, e] = [norm(actual), norm(expected)];
  if (a === '' || e === '') return false;
  return a === e || ` ${a} `.includes(` ${e} `) || ` ${e} `.includes(` ${a} `) || wordF1(a, e) >= 0.8;
}

/**
 * Same calendar day as written (the first ten characters of both ISO dates), or the same instant
 * written in another zone (`2017-02-24T01:18Z` is `2017-02-23T17:18-08:00`).
 */
function sameDay(actual: string | null, expected: string): boolean {
  if (actual === null) return false;
  if (actual.slice(0, 10) === expected.slice(0, 10)) return true;
  const zoned = /T\d\d:\d\d.*(?:Z|[+-]\d\d:?\d\d)$/;
  return zoned.test(actual) && zoned.test(expected) && Math.abs(Date.parse(actual) - Date.parse(expected)) <= 60_000;
}

function readIngest(page: Page): Reading {
  try {
    const entry = ingestArticle({ source: `${page.name}/source.html`, articleId: page.name, format: 'html', bytes: page.bytes });
    return { body: entry.paragraphs.join('\n'), title: entry.data.title, date: entry.data.date, outlet: entry.data.outlet };
  } catch (error) {
    if (!isSourceError(error)) throw error;
    return { body: '', title: null, date: null, outlet: null, error: error.reason };
  }
}

function readReadability(page: Page): Reading {
  const { document } = parseHTML(page.html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article) return { body: '', title: null, date: null, outlet: null, error: 'no article found' };
  return { body: article.textContent ?? '', title: article.title ?? null, date: article.publishedTime ?? null, outlet: article.siteName ?? null };
}

/** The text of expected.html, block by block (block ends become line breaks). */
function textOfHtml(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/<\/(p|div|h\d|li|td|pre|blockquote)>/gi, '</$1>\n')}</body></html>`);
  return document.body.textContent ?? '';
}

function loadPages(dir: string): Page[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = path.join(dir, name);
      const bytes = readFileSync(path.join(folder, 'source.html'));
      return {
        name,
        bytes,
        html: bytes.toString('utf8'),
        expectedBody: textOfHtml(readFileSync(path.join(folder, 'expected.html'), 'utf8')),
        expected: JSON.parse(readFileSync(path.join(folder, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata,
      };
    });
}

interface Scores {
  /** Body F1 of each page that has an article (MIN_ARTICLE_WORDS or more expected words). */
  f1: number[];
  /** Pages without an article (a one-word test page) refused, of how many. */
  noArticle: [hit: number, of: number];
  title: [hit: number, of: number];
  date: [hit: number, of: number];
  outlet: [hit: number, of: number];
  refused: number;
  /** CPU seconds spent reading (user + system): on a shared machine, what one core would take. */
  seconds: number;
  failures: string[];
}

function score(pages: Page[], read: (page: Page) => Reading): Scores {
  const scores: Scores = { f1: [], noArticle: [0, 0], title: [0, 0], date: [0, 0], outlet: [0, 0], refused: 0, seconds: 0, failures: [] };
  for (const page of pages) {
    const started = process.cpuUsage();
    const reading = read(page);
    const used = process.cpuUsage(started);
    scores.seconds += (used.user + used.system) / 1e6;
    if (reading.error) scores.refused++;
    const misses: string[] = [];
    // A page whose expected article is a word or two has none by the ingest's measure: refusing it is right.
    if (countWords(page.expectedBody) < MIN_ARTICLE_WORDS) {
      scores.noArticle[1]++;
      if (reading.error) {
        scores.noArticle[0]++;
        continue; // nothing published, so no title, date or outlet to score
      }
      misses.push('published a page that has no article');
    } else {
      const f1 = wordF1(reading.body, page.expectedBody);
      scores.f1.push(f1);
      if (f1 < 0.9) misses.push(`body F1 ${f1.toFixed(2)}${reading.error ? ` (${reading.error})` : ''}`);
    }
    const { title, siteName, publishedTime } = page.expected;
    if (title) {
      scores.title[1]++;
      if (looseMatch(reading.title, title)) scores.title[0]++;
      else misses.push(`title ${JSON.stringify(reading.title)} ≠ ${JSON.stringify(title)}`);
    }
    if (publishedTime) {
      scores.date[1]++;
      if (sameDay(reading.date, publishedTime)) scores.date[0]++;
      else misses.push(`date ${reading.date} ≠ ${publishedTime}`);
    }
    if (siteName) {
      scores.outlet[1]++;
      if (looseMatch(reading.outlet, siteName)) scores.outlet[0]++;
      else misses.push(`outlet ${JSON.stringify(reading.outlet)} ≠ ${JSON.stringify(siteName)}`);
    }
    if (misses.length > 0) scores.failures.push(`${page.name}: ${misses.join('; ')}`);
  }
  return scores;
}

/**
 * Pages/s of CPU once warm, on pages not read before: each half of the pages timed in a fresh
 * process after a warm-up on the other half (time-unseen-pages.ts). The table's figure is one cold
 * pass, which also pays for loading linkedom and Readability and for compiling the code and its
 * patterns; a long ingest runs at this rate instead.
 */
function steadyRate(dir: string): number {
  const script = fileURLToPath(new URL('./time-unseen-pages.ts', import.meta.url));
  let pages = 0;
  let seconds = 0;
  for (const half of [0, 1]) {
    const timed = JSON.parse(execFileSync(process.execPath, [script, dir, String(half)], { encoding: 'utf8' })) as { pages: number; seconds: number };
    pages += timed.pages;
    seconds += timed.seconds;
  }
  return pages / Math.max(seconds, 1e-9);
}

const share = ([hit, of]: [number, number]) => (of === 0 ? '-' : `${((100 * hit) / of).toFixed(0)}% (${hit}/${of})`);

function row(name: string, scores: Scores, pages: number): string {
  const mean = scores.f1.reduce((sum, f1) => sum + f1, 0) / Math.max(1, scores.f1.length);
  const min = Math.min(...scores.f1);
  const below = scores.f1.filter((f1) => f1 < 0.5).length;
  const rate = pages / Math.max(scores.seconds, 1e-9);
  return `| ${name} | ${mean.toFixed(3)} | ${min.toFixed(2)} | ${below} | ${share(scores.noArticle)} | ${share(scores.title)} | ${share(scores.date)} | ${share(scores.outlet)} | ${scores.refused} | ${rate.toFixed(0)} |`;
}

export const readability: EvalSet = {
  name: 'readability',
  title: 'Readability test pages, development half: article body, title, date, outlet (targets: body F1 mean ≥ 0.95, none < 0.5; title, date, outlet ≥ 90%)',
  needs: 'readability-dev/ (page folders with source.html, expected.html, expected-metadata.json)',
  locate: (dir) => {
    const folder = path.join(dir, 'readability-dev');
    try {
      return readdirSync(folder).length > 0 ? folder : null;
    } catch {
      return null;
    }
  },
  async run(input, options) {
    const pages = loadPages(input);
    const ingest = score(pages, readIngest);
    const anchor = score(pages, readReadability);
    const lines = [
      `${pages.length} pages; body F1 over the pages whose expected article has ${MIN_ARTICLE_WORDS} words or more (the rest should be refused, and are not scored further when they are); title and outlet match loosely (same words, one inside the other, or word F1 ≥ 0.8), date on the same calendar day (or the same instant in another zone)`,
      '',
      '| reader | body F1 mean | min | pages < 0.5 | no-article pages refused | title | date | outlet | refused | pages/s (CPU) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('Recount ingest', ingest, pages.length),
      row('Readability 0.6 over linkedom (anchor)', anchor, pages.length),
      '',
      `pages/s (CPU) is one cold pass in this process, module loading and first compiles included. Once warm, on pages not read before (each half timed in a fresh process after reading the other half): Recount ingest ${steadyRate(input).toFixed(0)} pages/s of CPU.`,
    ];
    if (options.errors > 0 && ingest.failures.length > 0) lines.push('', ...ingest.failures.slice(0, options.errors));
    return lines.join('\n');
  },
};
