// Which of the dates a scraped page shows is the article's. A scrape carries several: the
// article's own date line (often with a time and zone), the site header's "today" (the day of
// the crawl, with a weekday), a crawl stamp ("Retrieved 21 March 2023"), a dateline whose year is
// left out ("LONDON, March 14 (Reuters) -"), a date in the page's address. The article's line
// wins; the header and crawl dates only supply the missing year, and stand in for the article's
// date only when the page shows nothing else.
import { findDate, findYearlessDate } from './find-date.ts';

/** A line is furniture-sized up to this length; dates inside longer text are the story's, not the page's. */
const MAX_DATE_LINE = 120;
/** A source line naming the page's address is short; a longer block is text. */
const MAX_URL_LINE = 400;
/** How far from the top and the bottom of a page its furniture reaches. */
const HEAD_BLOCKS = 12;
const TAIL_BLOCKS = 4;

const CRAWL = /\b(?:retrieved|accessed|crawled|scraped|fetched|downloaded|archived|captured|saved)\b/i;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/i;
const TODAY = /\btoday\b/i;
const UPDATED = /\b(?:updated|modified|edited)\b/i;
// `LONDON, March 14 (Reuters) -`, `BAKU, Sept 24 (Reuters) –`, `WASHINGTON (AP) —`: a place in capitals opens the lede.
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},\s+([^()]{3,30}?)\s*\(/u;
const URL_DATE = /\bhttps?:\/\/\S*?\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:\/|\b)/;
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)\b/i;

/** A date the page shows, with what kind of furniture it sits in. */
interface SeenDate {
  iso: string;
  kind: 'line' | 'header' | 'crawl' | 'updated' | 'url';
  /** Above the story (true) or below it. */
  above: boolean;
}

// Words that sit beside a date in page furniture; what is left of a date line besides them is a name or two.
const DATE_LINE_WORDS = /\b(?:date|published|posted|updated|last|modified|edited|on|at|time|today|retrieved|accessed|crawled|scraped|fetched|downloaded|archived|captured|saved|from|and|utc|gmt|cet|cest|eet|eest|bst|est|edt|cst|cdt|pst|pdt|msk|jst|azt|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b|https?:\/\/\S+|\bby\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}|[#:|,.·•()\-–—+↺−/]|\d+\s*px/giu;
const MAX_OTHER_WORDS = 3;
/** Far enough ahead that a year-less date stays in its written year while being located. */
const NO_REFERENCE = '2199-12-31';

/** A date line: a date and little else (furniture words, a byline, a site name). */
export interface DateLine {
  /** The date (ISO); for a year-less one, dated before NO_REFERENCE (callers re-date it). */
  iso: string;
  /** True when the line gives no year (`14 Mar. 09:30 (UTC+3 MSK)`). */
  yearless: boolean;
}

/** Reads a block as a date line, or null when the block is text that happens to hold a date. */
export function readDateLine(block: string): DateLine | null {
  // Every date has a digit; most blocks are ruled out by this one cheap test.
  if (block.length > MAX_DATE_LINE || !/\d/.test(block)) return null;
  const full = findDate(block);
  const found = full ?? findYearlessDate(block, NO_REFERENCE);
  if (found === null) return null;
  const rest = (block.slice(0, found.index) + ' ' + block.slice(found.index + found.length)).replace(DATE_LINE_WORDS, ' ').trim();
  if (rest.split(/\s+/).filter(Boolean).length > MAX_OTHER_WORDS) return null;
  return { iso: found.iso, yearless: full === null };
}

/** The publication date of a scraped article from its blocks (in page order); null when it shows none. */
export function pickPublicationDate(blocks: readonly string[]): string | null {
  // Furniture surrounds the story: look above its first paragraph of prose and below its last
  // (a date heading inside the story, as in a timeline, is the story's).
  const firstProse = blocks.findIndex((block) => block.length > MAX_DATE_LINE);
  const lastProse = blocks.findLastIndex((block) => block.length > MAX_DATE_LINE);
  const positions =
    firstProse === -1
      ? range(0, Math.min(HEAD_BLOCKS, blocks.length))
      : [...range(0, Math.min(HEAD_BLOCKS, firstProse)), ...range(Math.max(lastProse + 1, blocks.length - TAIL_BLOCKS), blocks.length)];
  const seen: SeenDate[] = [];
  const yearless: string[] = [];
  for (const index of positions) {
    const block = blocks[index]!;
    const url = block.length <= MAX_URL_LINE ? URL_DATE.exec(block) : null;
    const urlIso = url ? `${url[1]}-${url[2]}-${url[3]}` : null;
    const above = firstProse === -1 || index < firstProse;
    if (urlIso) seen.push({ iso: urlIso, kind: 'url', above });
    const line = readDateLine(block);
    if (line === null || line.iso === urlIso) continue;
    if (line.yearless) {
      if (!CRAWL.test(block)) yearless.push(block);
      continue;
    }
    const kind = CRAWL.test(block) ? 'crawl' : UPDATED.test(block) ? 'updated' : TODAY.test(block) || (WEEKDAY.test(block) && !line.iso.includes('T')) ? 'header' : 'line';
    seen.push({ iso: line.iso, kind, above });
  }

  const lines = seen.filter((date) => date.kind === 'line');
  // A weekday date above the story (the site header's today) when the page shows no other: it may
  // be the article's own. Below the story a weekday date is a correction's or the print edition's.
  const headers = seen.filter((date) => date.kind === 'header' && date.above);
  // Lines above the story before those below it (a related story's date sits below).
  const above = lines.filter((date) => date.above);
  if (lines.length > 0) return earliestWithTime(above.length > 0 ? above : lines);

  // A day and month with no year: the year of the latest date the page shows (crawl or header), else of its copyright line.
  const reference = latest(seen.filter((date) => date.kind !== 'url').map((date) => date.iso)) ?? copyrightYearEnd(blocks);
  if (reference !== null) {
    for (const block of yearless) {
      const date = findYearlessDate(block, reference);
      if (date) return date.iso;
    }
    const lede = blocks.find((block) => block.length > MAX_DATE_LINE);
    const dateline = lede === undefined ? null : DATELINE.exec(lede);
    if (dateline) {
      const date = findDate(dateline[1]!) ?? findYearlessDate(dateline[1]!, reference);
      if (date) return date.iso;
    }
  }
  const url = seen.find((date) => date.kind === 'url');
  if (url) return url.iso;
  if (headers.length > 0) return headers[0]!.iso;
  return seen.find((date) => date.kind === 'updated')?.iso ?? null;
}

/**
 * Among the date lines, the earliest day: a site header's clock or an update is never earlier
 * than the publication. Of that day, a line with a time stands before a bare one.
 */
function earliestWithTime(dates: SeenDate[]): string {
  const day = dates.map((date) => date.iso.slice(0, 10)).sort()[0]!;
  const ofDay = dates.filter((date) => date.iso.startsWith(day));
  return (ofDay.find((date) => date.iso.includes('T')) ?? ofDay[0]!).iso;
}

function latest(isos: string[]): string | null {
  return isos.reduce<string | null>((best, iso) => (best === null || iso.slice(0, 10) > best.slice(0, 10) ? iso : best), null);
}

/** `© 2023 Example News`: the last day of that year, as a reference for year-less dates. */
function copyrightYearEnd(blocks: readonly string[]): string | null {
  for (const block of blocks.slice(-TAIL_BLOCKS)) {
    const match = COPYRIGHT_YEAR.exec(block);
    if (match) return `${match[1]}-12-31`;
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}
