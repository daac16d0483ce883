// A claim's normalised figure, said back in words and in digits, with the interval its wording
// allows shown honestly: `more than 340 schools` has no upper bound, `tens of thousands` is a
// range, and nothing here makes a vague figure look more precise than it was.
import pluralize from 'pluralize';
import { UNCOUNTED_UNIT, type Claim, type Period } from '../schemas/claim.ts';
import { findMeasureUnit } from '../vocabulary/units.ts';

/** The claim fields a figure is formatted from. */
export type FigureFields = Pick<Claim, 'quantity' | 'value' | 'unit' | 'kind' | 'qualifier' | 'min' | 'max'> & {
  period: Pick<Period, 'per'>;
};

/** A figure said three ways, for a page to pick from. */
export interface FigureText {
  /** The figure in words, as a reader would say it: `more than 340 schools`, `$4 billion`. */
  words: string;
  /** The words plus, in parentheses, the digits they leave out: `$4 billion (US$4,000,000,000)`. */
  label: string;
  /** The normalised value in digits with its unit (`340 schools`, `US$4,000,000,000`); null when there is none. */
  number: string | null;
  /** The figure in digits, qualifier kept: `more than US$4,000,000,000`, or the bounds (`10,000–99,999`) when there is no value. */
  digits: string;
  /** The interval the wording allows: `more than 340, no upper bound`, `10,000 to 99,999`. */
  interval: string;
}

/**
 * True for units written after a number as they are, never pluralised (`15 million t`, `45%`):
 * every measure symbol of src/vocabulary/units.ts, and `%`.
 */
export function isUnitSymbol(unit: string): boolean {
  const measure = findMeasureUnit(unit);
  return unit === '%' || unit === 'pp' || (measure !== undefined && measure.spelled !== true);
}

/** Scale words for large round numbers, biggest first. */
const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Vague amounts that take `of` before the thing counted: `tens of thousands of students`. */
const TAKES_OF = /(?:tens|dozens|hundreds|thousands|millions|billions|trillions|scores)$/i;

const digits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Formats a number with thousands separators: 160000 -> `160,000`. */
function formatNumber(value: number): string {
  return digits.format(value);
}

/**
 * Formats a number with a scale word when that loses nothing: 4e9 -> `4 billion`,
 * 1.5e6 -> `1.5 million`, but 1234567 stays `1,234,567`.
 */
export function formatScaled(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) < scale) continue;
    const scaled = value / scale;
    if (Math.abs(Math.round(scaled * 100) / 100 - scaled) < 1e-9) return `${formatNumber(scaled)} ${word}`;
    break;
  }
  return formatNumber(value);
}

/** True when the unit is an ISO 4217 currency code the figure should be written as money. */
function isCurrency(fields: FigureFields): boolean {
  return /^[A-Z]{3}$/.test(fields.unit) && (fields.kind === 'money' || fields.kind === 'rate');
}

/** True when the unit is a symbol written as it is (`t`, `%`) rather than a noun to pluralise. */
function isSymbol(fields: FigureFields): boolean {
  // A spelled measure (`year`, `day`) is a word: `20 years`, not `20 year`.
  if (fields.kind === 'measure' || fields.kind === 'percent') return findMeasureUnit(fields.unit)?.spelled !== true;
  return isUnitSymbol(fields.unit) || /[^\p{L}\s-]/u.test(fields.unit);
}

// Intl formatters are costly to create (tenths of a millisecond each) and a big site formats
// hundreds of thousands of figures: one of each per currency, made on first use.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}
const ordinals = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** Money in digits, with an unambiguous currency sign: `US$4,000,000,000`, `AZN 120,000,000`. */
function formatMoneyDigits(value: number, code: string): string {
  const money = formatter(`digits:${code}`, 'en-GB', { style: 'currency', currency: code, minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return money.format(value).replace(/\u00a0/g, ' ');
}

/** Money in words: `$4 billion` where the currency has a sign, else `120 million Azerbaijani manats`. */
function formatMoneyWords(value: number, code: string): string {
  const parts = formatter(`symbol:${code}`, 'en-US', { style: 'currency', currency: code }).formatToParts(value);
  const symbol = parts.find((part) => part.type === 'currency')?.value ?? code;
  if (!/\p{L}/u.test(symbol)) return `${value < 0 ? '-' : ''}${symbol}${formatScaled(Math.abs(value))}`;
  const named = formatter(`name:${code}`, 'en-US', { style: 'currency', currency: code, currencyDisplay: 'name' });
  const name = named.formatToParts(value === 1 ? 1 : 2).find((part) => part.type === 'currency')?.value ?? code;
  return `${formatScaled(value)} ${name}`;
}

/** An ordinal: 1 -> `1st`, 3 -> `3rd`, 11 -> `11th`. */
function formatOrdinal(value: number): string {
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${formatNumber(value)}${suffixes[ordinals.select(value)] ?? 'th'}`;
}

/** The rate's denominator in words: `per year`, `per person`; empty when not a rate. */
function formatPer(fields: FigureFields): string {
  const per = fields.period.per;
  if (per === null) return '';
  return per === 'capita' ? ' per person' : ` per ${per}`;
}

/** One amount with its unit, in words (`340 schools`, `$4 billion`) or digits (`US$4,000,000,000`). */
function formatAmount(value: number, fields: FigureFields, style: 'words' | 'digits'): string {
  if (isCurrency(fields)) {
    return style === 'words' ? formatMoneyWords(value, fields.unit) : formatMoneyDigits(value, fields.unit);
  }
  const amount = style === 'words' ? formatScaled(value) : formatNumber(value);
  if (fields.kind === 'rank') return `${formatOrdinal(value)} ${fields.unit}`;
  if (fields.unit === UNCOUNTED_UNIT) return amount;
  if (fields.unit === '%') return `${amount}%`;
  if (isSymbol(fields)) return `${amount} ${fields.unit}`;
  return `${amount} ${pluralize(fields.unit, value)}`;
}

/** A bare bound for an interval: digits, with the currency or symbol where it is not a counted noun. */
function formatBound(value: number, fields: FigureFields): string {
  if (isCurrency(fields)) return formatMoneyDigits(value, fields.unit);
  if (fields.unit === '%') return `${formatNumber(value)}%`;
  if (isSymbol(fields) && fields.kind !== 'count') return `${formatNumber(value)} ${fields.unit}`;
  return formatNumber(value);
}

/** The thing counted, plural, for vague amounts (`students`), or nothing when the words already say it. */
function vagueWords(fields: FigureFields): string {
  const quantity = fields.quantity.trim();
  if (isCurrency(fields) || isSymbol(fields) || fields.kind === 'rank' || fields.unit === UNCOUNTED_UNIT) return quantity;
  const noun = pluralize(fields.unit);
  if (quantity.toLowerCase().endsWith(noun.toLowerCase())) return quantity;
  return `${quantity}${TAKES_OF.test(quantity) ? ' of' : ''} ${noun}`;
}

/** Wraps an amount in the qualifier's words: `more than …`, `… or more`. */
function qualify(amount: string, fields: FigureFields): string {
  const fewer = !isCurrency(fields) && !isSymbol(fields) && fields.kind === 'count';
  switch (fields.qualifier) {
    case 'about':
      return `about ${amount}`;
    case 'more-than':
      return `more than ${amount}`;
    case 'at-least':
      return `${amount} or more`;
    case 'less-than':
      return `${fewer ? 'fewer' : 'less'} than ${amount}`;
    case 'at-most':
      return `${amount} or ${fewer ? 'fewer' : 'less'}`;
    default:
      return amount;
  }
}

/** The bounds the wording allows, in digits, saying plainly which end is open. */
export function describeInterval(fields: FigureFields): string {
  const { min, max, qualifier, value } = fields;
  const bound = (amount: number) => formatBound(amount, fields);
  // "About 160,000" recorded with both bounds at 160,000 still allows more or less than that.
  const approximate = qualifier === 'about' && (min === null || min === max) && (max === null || min === max);
  if (approximate) {
    return value === null ? 'the wording sets no bounds' : `about ${bound(value)}; the wording sets no exact bounds`;
  }
  if (min !== null && max !== null) return min === max ? bound(min) : `${bound(min)} to ${bound(max)}`;
  if (min !== null) {
    return qualifier === 'more-than' ? `more than ${bound(min)}, no upper bound` : `${bound(min)} or more, no upper bound`;
  }
  if (max !== null) {
    return qualifier === 'less-than' ? `less than ${bound(max)}, no lower bound` : `${bound(max)} or less, no lower bound`;
  }
  return 'the wording sets no bounds';
}

// A claim's figure is shown on its own page, its article, its speaker's page, every sibling's
// page and in comparisons: format each claim object once.
const formatted = new WeakMap<FigureFields, FigureText>();

/** Formats a claim's figure in words, digits and interval (see FigureText). */
export function formatFigure(fields: FigureFields): FigureText {
  let text = formatted.get(fields);
  if (!text) {
    text = formatFigureUncached(fields);
    formatted.set(fields, text);
  }
  return text;
}

function formatFigureUncached(fields: FigureFields): FigureText {
  const per = formatPer(fields);
  const interval = describeInterval(fields);
  const number = fields.value === null ? null : `${formatAmount(fields.value, fields, 'digits')}${per}`;

  let words: string;
  let label: string;
  let digits: string;
  if (fields.qualifier === 'vague' || fields.qualifier === 'range' || fields.value === null) {
    // Vague words and ranges without a value: keep the words as written, add the bounds in digits.
    const spoken =
      fields.qualifier === 'range' && fields.min !== null && fields.max !== null
        ? `${isCurrency(fields) ? formatAmount(fields.min, fields, 'words') : formatScaled(fields.min)} to ${formatAmount(fields.max, fields, 'words')}`
        : vagueWords(fields);
    words = `${spoken}${per}`;
    const bounds =
      fields.min !== null && fields.max !== null
        ? `${formatBound(fields.min, fields)}–${formatBound(fields.max, fields)}`
        : fields.min !== null || fields.max !== null
          ? interval
          : null;
    label = bounds === null ? words : `${words} (${bounds})`;
    const countsNouns = !isCurrency(fields) && !isSymbol(fields) && fields.kind !== 'rank' && fields.unit !== UNCOUNTED_UNIT;
    digits = bounds === null ? interval : countsNouns ? `${bounds} ${pluralize(fields.unit)}` : bounds;
  } else {
    const spoken = formatAmount(fields.value, fields, 'words');
    words = qualify(`${spoken}${per}`, fields);
    const digitsDiffer = spoken !== formatAmount(fields.value, fields, 'digits');
    label = isCurrency(fields) && digitsDiffer ? `${words} (${number})` : words;
    digits = qualify(number ?? '', fields);
  }
  return { words, label, number, digits, interval };
}
