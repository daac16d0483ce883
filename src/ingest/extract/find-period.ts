// The time a figure refers to. "We surpassed $4 billion last year" in an article of 2024-08-19
// is about 2023, not the publication date; the nearest time phrase in the sentence decides, and
// without one the figure is placed on the article's own date. Parts of a year are read as a run
// of months (`when` the first, `until` the last): "the first half of last year", "January-May",
// "in the first quarter", "so far this year". A month or part named without its year takes its
// year from the way the clause points (find-tense.ts): "will vote in June" is the coming June,
// "raised $5 million in June" the last one; with no sign, a month is the one nearest the article's
// date and a part the latest one begun by it. "That year", "the following year" and "in October of
// that year" refer back to a year named earlier in the sentence or paragraph; with none, the
// period is left open (`when: null`) rather than guessed.
import type { Period } from '../../schemas/claim.ts';
import { findTense, type Tense } from './find-tense.ts';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)';
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9, '10': 10, '11': 11,
};
/** Words that name a year: `2023`, `last year`, `this year`, or one named before (`that year`). */
const YEAR_WORDS = '((?:19|20)\\d\\d|last year|this year|next year|the (?:current|previous|past) year|that(?: same)? year|the (?:same|following|next) year|the year after)';
/** The year a part of a year belongs to: `of 2023`, `of last year`, `in that year`, or nothing. */
const YEAR_OF = `(?:\\s+(?:of\\s+|in\\s+)?${YEAR_WORDS})?`;
/** Year words that refer back to a year named before them, with the years they add to it. */
const ANAPHORIC_YEARS: Readonly<Record<string, number>> = {
  'that year': 0, 'that same year': 0, 'the same year': 0, 'the following year': 1, 'the next year': 1, 'the year after': 1, 'a year later': 1,
};
/** An explicit year, not part of a larger number, a range or an amount. */
const EXPLICIT_YEAR = /(?<![\d,.$£€-])\b(?:1[89]|20)\d\d\b(?![-–]?\d|,\d|\s*(?:%|percent|per cent))/g;

/** What is found for a phrase; `when: null` is a period the text points to but does not name. */
type Found = { when: string | null; until?: string } | null;
type Resolver = (match: RegExpExecArray, date: ArticleDate, scope: Scope) => Found;
interface ArticleDate {
  year: number;
  month: number;
  day: number;
}
/** What a resolver may read beyond its match: the sentence's tense and the year named before. */
interface Scope {
  /** Which way the clause around the match points. */
  tense: (match: RegExpExecArray) => Tense;
  /** The year named last before the match, in the sentence or the paragraph before it; null when none. */
  yearBefore: (match: RegExpExecArray) => number | null;
}

const PHRASES: { regex: RegExp; when: Resolver }[] = [
  { regex: /\b(?:last|previous|past) year\b|\ba year (?:ago|earlier)\b/gi, when: (_m, d) => ({ when: String(d.year - 1) }) },
  { regex: /\b(?:this|the current) year\b/gi, when: (_m, d) => ({ when: String(d.year) }) },
  {
    // Months to date: a part of the year, up to the article's month.
    regex: /\b(?:so far this year|so far in (?:the year|(?:19|20)\d\d)|year to date|year-to-date|since the (?:start|beginning) of (?:the|this) year)\b/gi,
    when: (_m, d) => ({ when: monthString(d.year, 1), until: monthString(d.year, d.month) }),
  },
  { regex: /\bnext year\b|\bthe coming year\b/gi, when: (_m, d) => ({ when: String(d.year + 1) }) },
  {
    // `that year`, `the following year`, `a year later`: the year named before, or open. `Over the
    // next year` with no year before it looks ahead from the article, as `next year` does.
    regex: /\b(?:that(?: same)? year|the (?:same|following|next) year|the year after|a year later)\b/gi,
    when: (m, d, scope) => {
      const year = resolveYear(m[0], d, scope.yearBefore(m));
      return { when: year === null ? (/^the next year$/i.test(m[0]) ? String(d.year + 1) : null) : String(year) };
    },
  },
  { regex: /\blast month\b/gi, when: (_m, d) => ({ when: monthString(d.year, d.month - 1) }) },
  { regex: /\bthis month\b/gi, when: (_m, d) => ({ when: monthString(d.year, d.month) }) },
  // `USA TODAY` (a masthead in capitals) is not a date.
  { regex: /(?<!\bUSA\s)\b(?:today|Today)\b/g, when: (_m, d) => ({ when: `${d.year}-${pad(d.month)}-${pad(d.day)}` }) },
  { regex: /\byesterday\b/gi, when: (_m, d) => ({ when: isoDay(d, -1) }) },
  {
    // `in 2023`, `for 2023`, `by 2030`, `as of 2022`, `in fiscal 2023`, `for the whole of 2023`
    regex: /\b(?:in|for|during|by|as of|at the end of|throughout|(?:for |in |over )?the (?:whole|entire|full) (?:year )?(?:of )?|(?:in )?fiscal(?: year)?)\s*(?:the year\s+)?((?:19|20)\d\d)\b(?![-–]\d)/gi,
    when: (m) => ({ when: m[1]! }),
  },
  {
    // `in June`, `in early June`, `in June 2016`, `in October of that year`; not `in Mar-a-Lago`,
    // and not the start of a run (`in January-May`).
    regex: new RegExp(`\\b(?:in|during)\\s+(?:(?:early|late|mid)(?:-|\\s+)|the\\s+(?:middle|end|beginning|start)\\s+of\\s+)?${MONTH}(?![\\w-])(?:\\s+(?:of\\s+)?${YEAR_WORDS})?\\b(?!\\s*(?:[-–]|to|through|and)\\s*${MONTH})`, 'gi'),
    when: (m, d, scope) => {
      const month = monthNumber(m[1]!);
      const year = m[2] ? resolveYear(m[2], d, scope.yearBefore(m)) : monthYear(month, d, scope.tense(m));
      return year === null ? { when: null } : { when: monthString(year, month) };
    },
  },
  {
    // `last November` is the one before the article's month, `next June` the one after it.
    regex: new RegExp(`\\b(last|past|next|this)\\s+${MONTH}(?![\\w-])(?!\\s*(?:[-–]|to|through|and)\\s*${MONTH})`, 'gi'),
    when: (m, d) => {
      if (!/^\p{Lu}/u.test(m[2]!)) return null; // `this may be`, `next march`
      const month = monthNumber(m[2]!);
      const word = m[1]!.toLowerCase();
      const year = word === 'next' ? (month > d.month ? d.year : d.year + 1) : word === 'this' ? d.year : month < d.month ? d.year : d.year - 1;
      return { when: monthString(year, month) };
    },
  },
  {
    // `January-May this year`, `from January to May 2024`, `between January and May`
    regex: new RegExp(`\\b${MONTH}\\s*(?:[-–]|to|through|thru|and)\\s*${MONTH}${YEAR_OF}`, 'gi'),
    when: (m, d, scope) => monthRun(monthNumber(m[1]!), monthNumber(m[2]!), m[3], d, m, scope),
  },
  {
    // `the first half of last year`, `in the second half`
    regex: new RegExp(`\\b(first|second|1st|2nd)\\s+half${YEAR_OF}`, 'gi'),
    when: (m, d, scope) => {
      const half = ORDINALS[m[1]!.toLowerCase()]!;
      return monthRun(half * 6 - 5, half * 6, m[2], d, m, scope);
    },
  },
  {
    // `in the first quarter`, `the third quarter of 2023`, `Q1 2024`
    regex: new RegExp(`\\b(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter|Q([1-4]))${YEAR_OF}`, 'gi'),
    when: (m, d, scope) => {
      const quarter = m[2] ? Number(m[2]) : ORDINALS[m[1]!.toLowerCase()]!;
      return monthRun(quarter * 3 - 2, quarter * 3, m[3], d, m, scope);
    },
  },
  {
    // `the first five months of this year`, `in the first 9 months`
    regex: new RegExp(`\\bfirst\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months${YEAR_OF}`, 'gi'),
    when: (m, d, scope) => {
      const count = COUNTS[m[1]!.toLowerCase()];
      return count === undefined ? null : monthRun(1, count, m[2], d, m, scope);
    },
  },
];

/** A month name or abbreviation -> 1..12. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

/**
 * A run of months in the year the words name; without them, the run not yet over when the clause
 * looks ahead, else the latest such run begun by the article date.
 */
function monthRun(first: number, last: number, yearWords: string | undefined, d: ArticleDate, match: RegExpExecArray, scope: Scope): Found {
  if (first < 1 || last < first || last > 12) return null;
  const year = yearWords !== undefined
    ? resolveYear(yearWords, d, scope.yearBefore(match))
    : scope.tense(match) === 'future' ? (last >= d.month ? d.year : d.year + 1) : first > d.month ? d.year - 1 : d.year;
  if (year === null) return { when: null };
  if (first === 1 && last === 12) return { when: String(year) };
  return { when: monthString(year, first), until: monthString(year, last) };
}

/** The year that year words name: `2023`, `last year`, or for `that year` the year named before (null when none). */
function resolveYear(words: string, d: ArticleDate, yearBefore: number | null): number | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{4}$/.test(lower)) return Number(lower);
  const offset = ANAPHORIC_YEARS[lower];
  if (offset !== undefined) return yearBefore === null ? null : yearBefore + offset;
  if (/last|previous|past/.test(lower)) return d.year - 1;
  if (/next/.test(lower)) return d.year + 1;
  return d.year;
}

/**
 * The year of a month named without one: the coming occurrence when the clause looks ahead, the
 * last one when it looks back, else whichever is nearer the article's date (the past on a tie).
 * The article's own month is both.
 */
function monthYear(month: number, d: ArticleDate, tense: Tense): number {
  const past = month <= d.month ? d.year : d.year - 1;
  const coming = month >= d.month ? d.year : d.year + 1;
  if (tense === 'past') return past;
  if (tense === 'future') return coming;
  return (d.month - month + 12) % 12 <= (month - d.month + 12) % 12 ? past : coming;
}

/** The year named last before `at`: in the sentence, else in the paragraph's sentences before it. */
function findYearBefore(sentence: string, at: number, earlier: readonly string[]): number | null {
  for (const text of [sentence.slice(0, at), ...[...earlier].reverse()]) {
    const years = text.match(EXPLICIT_YEAR);
    if (years) return Number(years.at(-1));
  }
  return null;
}

/**
 * Finds the period of the figure at [start, end) in the sentence: the time phrase nearest to it,
 * or the article date (`basis: "article-date"`). A phrase inside a longer one ("May this year"
 * in "January-May this year") gives way to it. `per` is set by the caller from the quantity.
 * `earlier` are the paragraph's sentences before this one, where `that year` may find its year.
 */
export function findPeriod(sentence: string, start: number, end: number, articleDate: string | null, per: Period['per'], earlier: readonly string[] = []): Period {
  const date = parseArticleDate(articleDate);
  const found: { from: number; to: number; period: NonNullable<Found>; phrase: string }[] = [];
  const scope: Scope = {
    tense: (match) => findTense(sentence, match.index, match.index + match[0].length),
    yearBefore: (match) => findYearBefore(sentence, match.index, earlier),
  };
  if (date) {
    for (const { regex, when } of PHRASES) {
      regex.lastIndex = 0;
      for (let match = regex.exec(sentence); match; match = regex.exec(sentence)) {
        const phraseEnd = match.index + match[0].length;
        if (match.index < end && phraseEnd > start) continue; // inside the figure itself
        const period = when(match, date, scope);
        if (period) found.push({ from: match.index, to: phraseEnd, period, phrase: match[0].trim() });
      }
    }
  }
  let best: (typeof found)[number] | null = null;
  let bestDistance = Infinity;
  for (const candidate of found) {
    const inside = found.some((other) => other !== candidate && other.from <= candidate.from && other.to >= candidate.to && other.to - other.from > candidate.to - candidate.from);
    if (inside) continue;
    const distance = candidate.to <= start ? start - candidate.to : candidate.from - end;
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best) {
    // A period the text points to without naming it (`that year`, no year before) stays open.
    return { when: best.period.when, basis: 'text', phrase: best.phrase, per, ...(best.period.until ? { until: best.period.until } : {}) };
  }
  return { when: date ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : null, basis: 'article-date', phrase: null, per };
}

/** `2021-09-24T15:11:00+04:00` -> 2021, 9, 24 (the date as the article wrote it, in its own zone). */
function parseArticleDate(iso: string | null): ArticleDate | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

function monthString(year: number, month: number): string {
  const normalised = new Date(Date.UTC(year, month - 1, 1));
  return `${normalised.getUTCFullYear()}-${pad(normalised.getUTCMonth() + 1)}`;
}

function isoDay(date: ArticleDate, offsetDays: number): string {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day + offsetDays));
  return day.toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
