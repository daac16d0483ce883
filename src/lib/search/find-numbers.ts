// Finds figures in text and normalises them to plain values, so that `$4bn`, `4 billion` and
// `4,000,000,000` all meet at the same index key. Runs at build time on claims and in the
// browser on queries; the claim's own `value` (from the ingest) is indexed as well. Scales and
// currencies come from src/vocabulary/, the same lists the ingest reads figures with.
import { CURRENCIES as VOCABULARY_CURRENCIES } from '../../vocabulary/currencies.ts';
import { SCALES as VOCABULARY_SCALES } from '../../vocabulary/scales.ts';

/** A figure found in a text. */
export interface FoundNumber {
  /** The normalised value: `$120m` -> 120000000. */
  value: number;
  /** Offset of the figure (currency sign included) in the text. */
  start: number;
  /** Offset just past the figure (scale word and currency word included). */
  end: number;
  /** ISO 4217 code when a currency is named or signed (`$` is read as USD), else null. */
  currency: string | null;
  /** True when a scale (`k`, `m`, `bn`, `million`...) multiplied the digits. */
  scaled: boolean;
  /** True when the figure is a percentage (`12.5%`, `12.5 per cent`). */
  percent: boolean;
  /** The digits as written, separators removed: `160,000` -> `160000`, `$4bn` -> `4`. */
  digits: string;
}

/** Scale words and abbreviations, with their multipliers, lowercase (from src/vocabulary/scales.ts). */
export const SCALES: Readonly<Record<string, number>> = Object.fromEntries(
  VOCABULARY_SCALES.filter((scale) => !scale.cased).map((scale) => [scale.name, scale.factor]),
);

/** The spelled-out scale words, which a query may still be typing (`4 bil`). */
export const SCALE_WORDS = ['thousand', 'million', 'billion', 'trillion'] as const;

/** Currency signs, codes and names (lowercase, singular) to their ISO codes, from src/vocabulary/currencies.ts. */
const CURRENCIES: Readonly<Record<string, string>> = Object.fromEntries(
  [...VOCABULARY_CURRENCIES].reverse().flatMap((currency) => [
    [currency.code.toLowerCase(), currency.code],
    ...currency.symbols.filter((symbol) => !/^[A-Za-z.]+$/.test(symbol)).map((symbol) => [symbol.toLowerCase(), currency.code]),
    ...currency.names.filter((name) => /^[a-z]+$/i.test(name)).map((name) => [singular(name.toLowerCase()), currency.code]),
  ]),
);

function singular(name: string): string {
  return name.endsWith('s') && name.length > 4 ? name.slice(0, -1) : name;
}

/** An alternation of literal words, longest first, for the pattern below. */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

const SIGNS = alternation(Object.keys(CURRENCIES).filter((key) => !/^[a-z]+$/.test(key)));
const CODES = alternation(VOCABULARY_CURRENCIES.map((currency) => currency.code.toLowerCase()));
const NAMES = alternation(Object.keys(CURRENCIES).filter((key) => /^[a-z]+$/.test(key)));
const ATTACHED = alternation(VOCABULARY_SCALES.filter((scale) => scale.use !== 'word' && !scale.cased).map((scale) => scale.name));
const WORDS = alternation(VOCABULARY_SCALES.filter((scale) => scale.use !== 'glued' && !scale.cased).map((scale) => scale.name));

// One figure: optional currency sign or code, the digits, an optional scale (attached like
// `160k`, or a word like `4 billion`), an optional currency word and an optional percent sign.
// A bare `m` or `b` counts as a scale only when attached (`$120m`); `100 m` stays 100 metres.
const NUMBER_PATTERN = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}.,])`,
    String.raw`(?:(?<sign>${SIGNS})\s?|(?<code>${CODES})\s)?`,
    String.raw`(?<digits>\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`,
    String.raw`(?:(?<attached>${ATTACHED})(?![\p{L}\p{N}])|\s?(?<word>${WORDS})s?(?![\p{L}\p{N}]))?`,
    String.raw`(?:\s?(?<unit>${CODES}|${NAMES})s?(?![\p{L}\p{N}]))?`,
    String.raw`(?:\s?(?<percent>%|per\s?cent(?![\p{L}])|percent(?![\p{L}])))?`,
  ].join(''),
  'giu',
);

/** Rounds away binary noise (`1.2 * 1e8`) so equal figures produce equal keys. */
export function canonicalValue(value: number): number {
  return Number(value.toPrecision(12));
}

/** The index key of a normalised value: `#4000000000`. */
export function numberKey(value: number): string {
  return `#${canonicalValue(value)}`;
}

/** Finds every figure in a text, in order, with its normalised value. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const groups = match.groups ?? {};
    const digits = (groups.digits ?? '').replace(/[,\u00a0\u202f]/g, '');
    const scaleWord = (groups.attached ?? groups.word ?? '').toLowerCase();
    const scale = SCALES[scaleWord] ?? 1;
    const currencyWord = (groups.sign ?? groups.code ?? groups.unit ?? '').toLowerCase();
    found.push({
      value: canonicalValue(Number.parseFloat(digits) * scale),
      start: match.index,
      end: match.index + match[0].trimEnd().length,
      currency: CURRENCIES[currencyWord] ?? null,
      scaled: scale !== 1,
      percent: groups.percent !== undefined,
      digits,
    });
  }
  return found;
}
