// The time a figure refers to. "We surpassed $4 billion last year" in an article of 2024-08-19
// is about 2023, not the publication date; the nearest time phrase in the sentence decides, and
// without one the figure is placed on the article's own date. Parts of a year are read as a run
// of months (`when` the first, `until` the last): "the first half of last year", "January-May",
// "in the first quarter", "so far this year"; a part named without its year is the latest one
// that had begun by the article's date.
import type { Period } from '../../schemas/claim.ts';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)';
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9, '10': 10, '11': 11,
};
/** The year a part of a year belongs to: `of 2023`, `of last year`, `this year`, or nothing. */
const YEAR_OF = '(?:\\s+(?:of\\s+|in\\s+)?(?:the\\s+)?((?:19|20)\\d\\d|last year|this year|the (?:current|previous|past) year|(?:19|20)\\d\\d))?';

type Found = { when: string; until?: string } | null;
type Resolver = (match: RegExpExecArray, date: ArticleDate) => Found;
interface ArticleDate {
  year: number;
  month: number;
  day: number;
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
    // Not `in Mar-a-Lago`, and not the start of a run (`in January-May`).
    regex: new RegExp(`\\bin\\s+${MONTH}(?![\\w-])(?:\\s+((?:19|20)\\d\\d))?\\b(?!\\s*(?:[-–]|to|through|and)\\s*${MONTH})`, 'gi'),
    when: (m, d) => {
      const month = monthNumber(m[1]!);
      const year = m[2] ? Number(m[2]) : month > d.month ? d.year - 1 : d.year;
      return { when: monthString(year, month) };
    },
  },
  {
    // `January-May this year`, `from January to May 2024`, `between January and May`
    regex: new RegExp(`\\b${MONTH}\\s*(?:[-–]|to|through|thru|and)\\s*${MONTH}${YEAR_OF}`, 'gi'),
    when: (m, d) => monthRun(monthNumber(m[1]!), monthNumber(m[2]!), m[3], d),
  },
  {
    // `the first half of last year`, `in the second half`
    regex: new RegExp(`\\b(first|second|1st|2nd)\\s+half${YEAR_OF}`, 'gi'),
    when: (m, d) => {
      const half = ORDINALS[m[1]!.toLowerCase()]!;
      return monthRun(half * 6 - 5, half * 6, m[2], d);
    },
  },
  {
    // `in the first quarter`, `the third quarter of 2023`, `Q1 2024`
    regex: new RegExp(`\\b(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter|Q([1-4]))${YEAR_OF}`, 'gi'),
    when: (m, d) => {
      const quarter = m[2] ? Number(m[2]) : ORDINALS[m[1]!.toLowerCase()]!;
      return monthRun(quarter * 3 - 2, quarter * 3, m[3], d);
    },
  },
  {
    // `the first five months of this year`, `in the first 9 months`
    regex: new RegExp(`\\bfirst\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months${YEAR_OF}`, 'gi'),
    when: (m, d) => {
      const count = COUNTS[m[1]!.toLowerCase()];
      return count === undefined ? null : monthRun(1, count, m[2], d);
    },
  },
];

/** A month name or abbreviation -> 1..12. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

/** A run of months in the year the words name, or else the latest such run begun by the article date. */
function monthRun(first: number, last: number, yearWords: string | undefined, d: ArticleDate): Found {
  if (first < 1 || last < first || last > 12) return null;
  const words = yearWords?.toLowerCase();
  const year = words === undefined
    ? first > d.month ? d.year - 1 : d.year
    : /^\d{4}$/.test(words) ? Number(words) : /last|previous|past/.test(words) ? d.year - 1 : d.year;
  if (first === 1 && last === 12) return { when: String(year) };
  return { when: monthString(year, first), until: monthString(year, last) };
}

/**
 * Finds the period of the figure at [start, end) in the sentence: the time phrase nearest to it,
 * or the article date (`basis: "article-date"`). A phrase inside a longer one ("May this year"
 * in "January-May this year") gives way to it. `per` is set by the caller from the quantity.
 */
export function findPeriod(sentence: string, start: number, end: number, articleDate: string | null, per: Period['per']): Period {
  const date = parseArticleDate(articleDate);
  const found: { from: number; to: number; period: NonNullable<Found>; phrase: string }[] = [];
  if (date) {
    for (const { regex, when } of PHRASES) {
      regex.lastIndex = 0;
      for (let match = regex.exec(sentence); match; match = regex.exec(sentence)) {
        const phraseEnd = match.index + match[0].length;
        if (match.index < end && phraseEnd > start) continue; // inside the figure itself
        const period = when(match, date);
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
