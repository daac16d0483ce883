// Numbers in change sentences, rounded so the sentence stays true: a lower bound is rounded down
// and an upper bound up, to three significant figures, so "more than 4.7%" never overstates
// 4.705…%. Words for small counts of years keep the sentences readable.
import type { Bound } from './matchable-claim.ts';
import { isMeasureUnit } from './unit-family.ts';

const SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** How a unit is written after an amount in a change sentence. */
export interface AmountStyle {
  kind: 'count' | 'money' | 'measure' | 'percent' | 'rate' | 'rank';
  /** ISO 4217 code for money, a symbol for measures, the counted noun for counts. */
  unit: string;
}

/** Rounds to `digits` significant figures, towards zero (`floor`) or away from it (`ceil`). */
export function roundSignificant(value: number, direction: 'floor' | 'ceil', digits = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  // Whole numbers from 100 up, one decimal from 1 to 100, one significant figure below 1.
  const floorExponent = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? -1 : magnitude;
  const step = 10 ** Math.max(magnitude - digits + 1, floorExponent);
  const scaled = value / step;
  const rounded = direction === 'floor' ? Math.floor(scaled + 1e-9) : Math.ceil(scaled - 1e-9);
  return Number((rounded * step).toPrecision(12));
}

/** Number formatters by fraction digits, made once: constructing one costs more than formatting. */
const FORMATTERS = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

/** A plain number with separators and scale words: 60000 -> `60,000`, 4.5e9 -> `4.5 billion`. */
export function formatPlain(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${FORMATTERS[2]!.format(value / scale)} ${word}`;
  }
  return FORMATTERS[Math.abs(value) < 10 ? 2 : 1]!.format(value);
}

/** An amount with its unit as a change sentence writes it: `$500 million`, `16`, `2.5 million t`. */
export function formatAmount(value: number, style: AmountStyle): string {
  const plain = formatPlain(value);
  if (style.kind === 'percent') return `${plain} percentage point${value === 1 ? '' : 's'}`;
  if (/^[A-Z]{3}$/.test(style.unit)) {
    const sign = CURRENCY_SIGNS[style.unit];
    return sign === undefined ? `${plain} ${style.unit}` : `${sign}${plain}`;
  }
  if (style.kind === 'measure' || isMeasureUnit(style.unit)) return `${plain} ${style.unit}`;
  return plain;
}

/** A lower bound in words: `more than 16` (strict), `at least 60,000` (inclusive or rounded down). */
export function formatLowerBound(bound: Bound, format: (value: number) => string): string {
  const rounded = roundSignificant(bound.value, 'floor');
  return `${bound.strict ? 'more than' : 'at least'} ${format(rounded)}`;
}

/** An upper bound in words: `less than 40` (strict), `at most 150,000` (inclusive or rounded up). */
export function formatUpperBound(bound: Bound, format: (value: number) => string): string {
  const rounded = roundSignificant(bound.value, 'ceil');
  return `${bound.strict ? 'less than' : 'at most'} ${format(rounded)}`;
}

/** A non-negative magnitude interval in words: `16`, `more than 16`, `at least 60,000 and at most 150,000`. */
export function formatMagnitude(lo: Bound | null, hi: Bound | null, format: (value: number) => string): string {
  if (lo !== null && hi !== null && !lo.strict && !hi.strict && lo.value === hi.value) {
    return format(Number(lo.value.toPrecision(12)));
  }
  const hasLower = lo !== null && (lo.value > 0 || !lo.strict);
  if (hasLower && hi !== null) return `${formatLowerBound(lo!, format)} and ${formatUpperBound(hi, format)}`;
  if (hasLower) return formatLowerBound(lo!, format);
  if (hi !== null) return formatUpperBound(hi, format);
  return 'an amount the words do not bound';
}

/** A duration in years, in words: `about three years`, `about 2.5 years`, `about 11 months`. */
export function formatYears(years: number): string {
  const span = Math.abs(years);
  if (span < 1 / 24) return 'less than a month';
  if (span < 0.96) {
    const months = Math.max(1, Math.round(span * 12));
    return months === 1 ? 'about a month' : `about ${months < SMALL_NUMBERS.length ? SMALL_NUMBERS[months] : months} months`;
  }
  const halves = Math.round(span * 2) / 2;
  if (halves === 1) return 'about a year';
  if (Number.isInteger(halves)) return `about ${halves < SMALL_NUMBERS.length ? SMALL_NUMBERS[halves] : halves} years`;
  return `about ${halves} years`;
}
