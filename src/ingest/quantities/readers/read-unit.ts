// What follows a figure: its unit (percent, currency, measure, or the counted noun), then a rate
// (`per year`) and a late hedge (`and more`) a few words on. A duration or a screen unit marks the
// figure as no claim at all.
import { COUNT_ADJECTIVES, STOP_WORDS, TIME_OF_DAY } from '../scan/quantity-context.ts';
import { type Amount, NO_UNIT, type Scan, type UnitRead, isDash } from '../scan/quantity-scan.ts';
import { type Token, matchPhraseAt } from '../tokens/quantity-tokens.ts';
import { TRAILING_QUALIFIERS } from '../tables/qualifiers.ts';
import type { Period, Qualifier } from '../../../schemas/claim.ts';
import { currencyCode } from './read-amount.ts';
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MEASURE_WORDS,
  NOT_RATE_AFTER,
  PAGE_UNITS,
  PERCENT_WORDS,
  PER_PHRASES,
  TIME_NOUNS,
  isPluralNoun,
  singularize,
} from '../tables/units.ts';

/** Reads the unit after a figure: `%`, `percent`, a currency, a measure, or a counted noun. */
export function readUnit(scan: Scan, at: number, first: Amount): UnitRead {
  const { tokens } = scan;
  if (first.percent) return { ...NO_UNIT, kind: 'percent', unit: '%' };
  const percent = matchPhraseAt(tokens, at, PERCENT_WORDS);
  if (percent !== null) return { ...NO_UNIT, kind: 'percent', unit: percent.data, from: at, to: percent.end };
  if (first.currency !== null) return { ...NO_UNIT, kind: 'money', unit: first.currency };
  const currency = readCurrencyWords(tokens, at);
  if (currency !== null) return currency;
  const token = tokens[at];
  if (token === undefined) return NO_UNIT;
  if (PAGE_UNITS.has(token.low) || TIME_OF_DAY.has(token.low) || isClockSuffix(tokens, at)) {
    return { ...NO_UNIT, excluded: true };
  }
  const measure = matchPhraseAt(tokens, at, MEASURE_WORDS);
  if (measure !== null) {
    const { unit, factor, per } = measure.data;
    return { ...NO_UNIT, kind: 'measure', unit, from: at, to: measure.end, factor, per };
  }
  return readCountNoun(tokens, at, first.raw * first.scale === 1);
}

/** Reads a currency written after the amount: `4 billion USD`, `50 million manats`, `500 €`. */
export function readCurrencyWords(tokens: readonly Token[], at: number): UnitRead | null {
  const token = tokens[at];
  if (token === undefined) return null;
  const code = token.kind === 'word' ? currencyCode(token) : CURRENCY_SYMBOLS.get(token.text) ?? null;
  if (code !== null) return { ...NO_UNIT, kind: 'money', unit: code, from: at, to: at + 1 };
  const words = matchPhraseAt(tokens, at, CURRENCY_WORDS);
  if (words === null || isWeightPounds(tokens, at)) return null;
  return { ...NO_UNIT, kind: 'money', unit: words.data, from: at, to: words.end };
}

/** "5 pounds of rice" is a weight; "5 million pounds" alone is money. */
function isWeightPounds(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.low.startsWith('pound') === true && tokens[at + 1]?.low === 'of';
}

/** "3 a.m.", "10 p.m." */
function isClockSuffix(tokens: readonly Token[], at: number): boolean {
  const letter = tokens[at]?.low;
  return (letter === 'a' || letter === 'p') && tokens[at + 1]?.text === '.' && tokens[at + 2]?.low === 'm';
}

/**
 * Reads the counted noun after a number: up to three words, stopping at function words, taking
 * the first plural (`340 new schools` -> school); when the count is one, the last word before the
 * stop (`1 new school`). A noun of time makes the figure a duration, which is excluded.
 */
export function readCountNoun(tokens: readonly Token[], at: number, single: boolean): UnitRead {
  let firstWord = -1;
  let lastWord = -1;
  let k = at;
  for (let words = 0; words < 3; words += 1) {
    const token = tokens[k];
    if (token === undefined || token.kind !== 'word') break;
    if (TIME_NOUNS.has(token.low)) return { ...NO_UNIT, excluded: true };
    if (STOP_WORDS.has(token.low) && !COUNT_ADJECTIVES.has(token.low)) break;
    if (token.low.endsWith('ly') || matchPhraseAt(tokens, k, PER_PHRASES) !== null) break;
    let last = k;
    while (isDash(tokens[last + 1]) && tokens[last + 1]?.glued && tokens[last + 2]?.glued && tokens[last + 2]?.kind === 'word') {
      last += 2;
    }
    if (firstWord < 0) firstWord = k;
    const noun = tokens[last]?.low ?? '';
    if (TIME_NOUNS.has(noun)) return { ...NO_UNIT, excluded: true };
    if (isPluralNoun(noun)) return { ...NO_UNIT, unit: singularize(noun), from: firstWord, to: last + 1 };
    if (!COUNT_ADJECTIVES.has(noun)) lastWord = last;
    k = last + 1;
  }
  if (!single || lastWord < 0) return NO_UNIT;
  return { ...NO_UNIT, unit: tokens[lastWord]?.low ?? null, from: firstWord, to: lastWord + 1 };
}

/** What follows a figure's unit: a rate (`per year`) and a late hedge (`and more`). */
export interface Tail {
  per: Period['per'];
  qualifier: Qualifier | null;
  end: number;
}

/**
 * Scans a few words after the unit for a rate and, when allowed, a trailing hedge:
 * "15 million tons of cargo per year and more". Stops at punctuation, numbers and function words.
 */
export function readTail(tokens: readonly Token[], at: number, allowQualifier: boolean): Tail {
  const tail: Tail = { per: null, qualifier: null, end: at };
  let k = at;
  for (let budget = 8; budget > 0 && k < tokens.length; budget -= 1) {
    const per = tail.per === null ? matchPhraseAt(tokens, k, PER_PHRASES) : null;
    if (per !== null && !NOT_RATE_AFTER.has(tokens[per.end]?.low ?? '')) {
      tail.per = per.data;
      tail.end = per.end;
      k = per.end;
      continue;
    }
    const hedge = allowQualifier ? matchPhraseAt(tokens, k, TRAILING_QUALIFIERS) : null;
    if (hedge !== null && isClauseEnd(tokens[hedge.end]) && tokens[k]?.low !== 'plus') {
      tail.qualifier = hedge.data;
      tail.end = hedge.end;
      break;
    }
    const token = tokens[k];
    if (token === undefined || token.kind !== 'word') break;
    if (STOP_WORDS.has(token.low) && token.low !== 'of' && token.low !== 'the') break;
    k += 1;
  }
  return tail;
}

/** True after a trailing hedge that closes its clause ("and more," / "and more than 300" does not). */
function isClauseEnd(token: Token | undefined): boolean {
  if (token === undefined || token.kind === 'sym') return true;
  return token.kind === 'word' && STOP_WORDS.has(token.low) && token.low !== 'than' && token.low !== 'of';
}
