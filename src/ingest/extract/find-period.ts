// The time a figure refers to. "We surpassed $4 billion last year" in an article of 2024-08-19
// is about 2023, not the publication date; the nearest time phrase in the sentence decides, and
// without one the figure is placed on the article's own date.
import type { Period } from '../../schemas/claim.ts';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

type Resolver = (match: RegExpExecArray, date: ArticleDate) => string | null;
interface ArticleDate {
  year: number;
  month: number;
  day: number;
}

const PHRASES: { regex: RegExp; when: Resolver }[] = [
  { regex: /\b(?:last|previous|past) year\b|\ba year (?:ago|earlier)\b/gi, when: (_m, d) => String(d.year - 1) },
  { regex: /\b(?:this|the current) year\b|\bso far this year\b|\byear to date\b/gi, when: (_m, d) => String(d.year) },
  { regex: /\bnext year\b|\bthe coming year\b/gi, when: (_m, d) => String(d.year + 1) },
  { regex: /\blast month\b/gi, when: (_m, d) => monthString(d.year, d.month - 1) },
  { regex: /\bthis month\b/gi, when: (_m, d) => monthString(d.year, d.month) },
  { regex: /\btoday\b/gi, when: (_m, d) => `${d.year}-${pad(d.month)}-${pad(d.day)}` },
  { regex: /\byesterday\b/gi, when: (_m, d) => isoDay(d, -1) },
  {
    // `in 2023`, `for 2023`, `by 2030`, `as of 2022`, `in fiscal 2023`, `2023's`
    regex: /\b(?:in|for|during|by|as of|at the end of|throughout|(?:in )?fiscal(?: year)?)\s+(?:the year\s+)?((?:19|20)\d\d)\b(?![-–]\d)/gi,
    when: (m) => m[1]!,
  },
  {
    regex: /\bin\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+((?:19|20)\d\d))?\b/gi,
    when: (m, d) => {
      const month = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
      const year = m[2] ? Number(m[2]) : month > d.month ? d.year - 1 : d.year;
      return monthString(year, month);
    },
  },
];

/**
 * Finds the period of the figure at [start, end) in the sentence: the time phrase nearest to it,
 * or the article date (`basis: "article-date"`). `per` is set by the caller from the quantity.
 */
export function findPeriod(sentence: string, start: number, end: number, articleDate: string | null, per: Period['per']): Period {
  const date = parseArticleDate(articleDate);
  let best: { distance: number; when: string; phrase: string } | null = null;
  if (date) {
    for (const { regex, when } of PHRASES) {
      regex.lastIndex = 0;
      for (let match = regex.exec(sentence); match; match = regex.exec(sentence)) {
        const phraseEnd = match.index + match[0].length;
        if (match.index < end && phraseEnd > start) continue; // inside the figure itself
        const distance = phraseEnd <= start ? start - phraseEnd : match.index - end;
        const resolved = when(match, date);
        if (resolved && (best === null || distance < best.distance)) best = { distance, when: resolved, phrase: match[0] };
      }
    }
  }
  if (best) return { when: best.when, basis: 'text', phrase: best.phrase, per };
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
