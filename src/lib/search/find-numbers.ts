// Finds figures in text and normalises them to plain values, so that `$4bn`, `4 billion` and
// `4,000,000,000` all meet at the same index key. Runs at build time on claims and in the
// browser on queries; the claim's own `value` (from the ingest) is indexed as well.

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

/** Scale words and abbreviations, with their multipliers. */
export const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

/** The spelled-out scale words, which a query may still be typing (`4 bil`). */
export const SCALE_WORDS = ['thousand', 'million', 'billion', 'trillion'] as const;

const CURRENCIES: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  dollar: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  '₼': 'AZN',
  azn: 'AZN',
  manat: 'AZN',
  '₽': 'RUB',
  rub: 'RUB',
  ruble: 'RUB',
  rouble: 'RUB',
  '₹': 'INR',
  inr: 'INR',
};

// One figure: optional currency sign or code, the digits, an optional scale (attached like
// `160k`, or a word like `4 billion`), an optional currency word and an optional percent sign.
// A bare `m` or `b` counts as a scale only when attached (`$120m`); `100 m` stays 100 metres.
const NUMBER_PATTERN = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}.,])`,
    String.raw`(?:(?<sign>us\$|\$|€|£|₼|₽|₹)\s?|(?<code>usd|eur|gbp|azn|rub|inr)\s)?`,
    String.raw`(?<digits>\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`,
    String.raw`(?:(?<attached>k|m|mn|mln|b|bn|bln|tn)(?![\p{L}\p{N}])|\s?(?<word>thousand|million|billion|trillion|mn|mln|bn|bln|tn)s?(?![\p{L}\p{N}]))?`,
    String.raw`(?:\s?(?<unit>usd|eur|gbp|azn|rub|inr|dollar|euro|pound|manat|ruble|rouble)s?(?![\p{L}\p{N}]))?`,
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
