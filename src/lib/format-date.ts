// Dates as the source gave them. An article's `2021-09-24T15:11:00+04:00` was the 24th where it
// was published, so the calendar date is read from the text, never shifted through a time zone.
import type { Period } from '../schemas/claim.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Formats an ISO date, month or year for people: `24 September 2021`, `August 2024`, `2023`. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** The calendar part of an ISO date-time (`2021-09-24T15:11:00+04:00` -> `2021-09-24`). */
export function calendarDate(iso: string): string {
  return iso.slice(0, 10);
}

/** The time a figure refers to, in words, saying when it was assumed: `2021 (the article's date)`. */
export function formatPeriod(period: Pick<Period, 'when' | 'basis' | 'phrase' | 'until'>): string {
  // `that year` with no year named before it: the text points to a period it does not name.
  if (period.when === null && period.basis === 'text' && period.phrase) return `not known: “${period.phrase}” refers to a year the article does not name`;
  if (period.when === null) return 'not stated, and the article has no date';
  // A run of months: `January to May 2024`.
  const last = period.until ? formatDate(period.until) : null;
  const first = formatDate(period.when);
  const when = last === null ? first : `${period.when.slice(0, 4) === period.until!.slice(0, 4) ? first.replace(/ \d{4}$/, '') : first} to ${last}`;
  if (period.basis === 'article-date') return `${when} (not stated; taken from the article’s date)`;
  return period.phrase ? `${when} (“${period.phrase}”)` : when;
}
