// Where a figure sits in time. A figure is placed on the period it describes (`last year` in a
// 2024 article is 2023), not only on the article's date. A period assumed from the article's date
// says "as of then", so for deciding whether two figures describe the same period it covers the
// whole month of publication: two reports of the same count weeks apart are the same period.
import type { Period } from '../../schemas/claim.ts';
import { formatDate } from '../format-date.ts';

/** A figure's place in time, in UTC milliseconds. */
export interface Span {
  /** Start of the period the figure may describe (inclusive). */
  start: number;
  /** End of that period (exclusive). */
  end: number;
  /** The instant used for distances between figures: the day itself, or the middle of a month or year. */
  at: number;
  /** The period in words, to the precision it is known: `September 2021`, `2023`. */
  label: string;
  /** How precisely `label` names the period. */
  precision: 'year' | 'month' | 'day';
  /** True when the period was assumed from the article's date rather than stated. */
  assumed: boolean;
  /**
   * For a stated run of months shorter than a year (`January-May`, `the first quarter`, `so far
   * this year`, or one month of a flow): its length in months; null for a whole year, a day, or
   * an assumed period. Figures for runs of different lengths are never compared as a change.
   */
  partMonths: number | null;
}

const DAY = 86_400_000;

/** Start and end of an ISO year, month or day, in UTC milliseconds. */
function isoRange(iso: string): { start: number; end: number; precision: 'year' | 'month' | 'day' } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year' };
  const month = Number(match[2]) - 1;
  if (match[3] === undefined) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1), precision: 'month' };
  const start = Date.UTC(year, month, Number(match[3]));
  return { start, end: start + DAY, precision: 'day' };
}

/** `January to May 2024`, `December 2023 to February 2024`. */
function runLabel(when: string, until: string): string {
  const [first, last] = [formatDate(when), formatDate(until)];
  const sameYear = when.slice(0, 4) === until.slice(0, 4);
  return `${sameYear ? first.replace(/ \d{4}$/, '') : first} to ${last}`;
}

/**
 * The span of a claim's period, falling back to the article's date; null when neither is known.
 * `monthIsPart` says whether one stated month is part of a total (a flow: money, a measure) rather
 * than a count as of then.
 */
export function periodSpan(period: Pick<Period, 'when' | 'basis'> & { until?: string | undefined }, articleDate: string | null, monthIsPart = false): Span | null {
  const assumed = period.when === null || period.basis === 'article-date';
  const when = period.when ?? (articleDate === null ? null : articleDate.slice(0, 10));
  if (when === null) return null;
  const range = isoRange(when);
  if (range === null) return null;
  if (assumed && range.precision === 'day') {
    const month = isoRange(when.slice(0, 7))!;
    return { start: month.start, end: month.end, at: range.start, label: formatDate(when.slice(0, 7)), precision: 'month', assumed, partMonths: null };
  }
  const last = !assumed && period.until ? isoRange(period.until) : null;
  if (last !== null && last.end > range.start) {
    const months = Math.round((last.end - range.start) / (30.436875 * DAY));
    return {
      start: range.start,
      end: last.end,
      at: (range.start + last.end) / 2,
      label: runLabel(when, period.until!),
      precision: 'month',
      assumed,
      partMonths: months >= 12 ? null : months,
    };
  }
  const at = range.precision === 'day' ? range.start : (range.start + range.end) / 2;
  const partMonths = !assumed && monthIsPart && range.precision === 'month' ? 1 : null;
  return { start: range.start, end: range.end, at, label: formatDate(when), precision: range.precision, assumed, partMonths };
}

/** True when two spans share time: the figures may describe the same period. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Years between two spans' instants (positive when `b` is later). */
export function yearsBetween(a: Span, b: Span): number {
  return (b.at - a.at) / (365.2425 * DAY);
}
