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
  CLAIM_CURRENCY_WORDS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MINOR_CURRENCY_WORDS,
  NOT_RATE_AFTER,
  matchHyphenedPer,
  matchMeasure,
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
  const currency = readCurrencyWords(tokens, at, scan.all);
  // "208 pounds" without a scale is a weight in the all-quantities scan; "5 million pounds" is money.
  const weight = scan.all && currency?.unit === 'GBP' && tokens[at]?.low === 'pounds' && !first.hasScale;
  if (currency !== null && !weight) return currency;
  const token = tokens[at];
  if (token === undefined) return NO_UNIT;
  if (PAGE_UNITS.has(token.low) || TIME_OF_DAY.has(token.low) || isClockSuffix(tokens, at)) {
    return { ...NO_UNIT, excluded: true };
  }
  const measure = matchMeasure(tokens, at, scan.all);
  if (measure !== null) {
    const { unit, factor, per, dimension } = measure.data;
    // A duration or an age is never a claim; the all-quantities scan keeps it.
    if (dimension === 'duration' && !scan.all) return { ...NO_UNIT, excluded: true, from: at, to: measure.end };
    return { ...NO_UNIT, kind: 'measure', unit, from: at, to: measure.end, factor, per };
  }
  if (first.compound !== undefined) return { ...NO_UNIT, unit: first.compound, from: first.end + 1, to: first.unitFrom };
  if (scan.all) {
    const special = readAllUnit(scan, at, first);
    if (special !== null) return special;
  }
  return readCountNoun(tokens, at, first.raw * first.scale === 1, scan.all);
}

/** Units only the all-quantities scan reads: minor currency (`19 cents`), `5 times`, `one of the …`, sports rates. */
function readAllUnit(scan: Scan, at: number, first: Amount): UnitRead | null {
  const { tokens } = scan;
  const token = tokens[at];
  if (token === undefined) return null;
  // Letters glued to digits: `5G` (a network generation), `180p` (pence), `3x` (times).
  if (token.glued && tokens[at - 1]?.kind === 'num') {
    const glued = GLUED_LETTER_UNITS.get(token.text);
    if (glued !== undefined) return { ...NO_UNIT, kind: glued === 'pence' ? 'money' : 'count', unit: glued, from: at, to: at + 1 };
  }
  const minor = matchPhraseAt(tokens, at, MINOR_CURRENCY_WORDS);
  if (minor !== null) return { ...NO_UNIT, kind: 'money', unit: minor.data, from: at, to: minor.end };
  if (token.low === 'times' || token.low === 'fold') return { ...NO_UNIT, unit: 'times', from: at, to: at + 1 };
  const sport = SPORT_RATES.get(token.low);
  if (sport !== undefined) return { ...NO_UNIT, unit: sport, from: at, to: at + 1, perUnit: 'game' };
  // "1/16 of a US pint", "a third of a mile": a fraction of one unit.
  if (token.low === 'of' && Math.abs(first.raw) < 1 && (tokens[at + 1]?.low === 'a' || tokens[at + 1]?.low === 'an')) {
    for (const skip of [2, 3]) {
      const measure = matchMeasure(tokens, at + skip, true);
      if (measure !== null) return { ...NO_UNIT, kind: 'measure', unit: measure.data.unit, from: at + skip, to: measure.end };
    }
  }
  // "one of the best speakers": the thing counted is the plural after "of".
  if (token.low === 'of' && first.raw === 1 && first.spelled) return readOneOf(tokens, at);
  return null;
}

/** Letters glued to a number that name a unit in the all-quantities scan. */
const GLUED_LETTER_UNITS: ReadonlyMap<string, string> = new Map([['G', 'generation'], ['p', 'pence'], ['x', 'times']]);

/** Words just before a bare number that make it an age in years: `aged 15`, `the age of 21`. */
export function isAgeContext(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.low;
  return before === 'aged' || before === 'ages' || (before === 'of' && tokens[at - 2]?.low === 'age');
}

/** Per-game statistics in sports reports: `15.3 ppg` is points per game. */
const SPORT_RATES: ReadonlyMap<string, string> = new Map([['ppg', 'point'], ['rpg', 'rebound'], ['apg', 'assist'], ['spg', 'steal'], ['bpg', 'block']]);

/** Reads the plural noun a few words after `one of` (`one of the most gifted attackers` -> attacker). */
function readOneOf(tokens: readonly Token[], at: number): UnitRead | null {
  for (let k = at + 1; k < at + 7; k += 1) {
    const token = tokens[k];
    if (token === undefined || token.kind !== 'word') return null;
    if (isPluralNoun(token.low) && !STOP_WORDS.has(token.low)) return { ...NO_UNIT, unit: singularize(token.low), from: k, to: k + 1 };
  }
  return null;
}

/** Reads a currency written after the amount: `4 billion USD`, `50 million manats`, `500 €`. */
export function readCurrencyWords(tokens: readonly Token[], at: number, all: boolean): UnitRead | null {
  const token = tokens[at];
  if (token === undefined) return null;
  // Claims read only ISO codes and `RMB` after a figure, as they always did (see CLAIM_NAMES): `150 kn`
  // was a bare count in published claims.
  const code = token.kind === 'word' ? currencyCode(token) : CURRENCY_SYMBOLS.get(token.text) ?? null;
  const claimable = all || token.kind !== 'word' || CURRENCY_CODES.has(token.text) || token.text === 'RMB';
  if (code !== null && claimable) return { ...NO_UNIT, kind: 'money', unit: code, from: at, to: at + 1 };
  // "40 MUSD", "90 MEUR": a code with a scale letter before it, as Nordic and German business news writes.
  const scaled = /^([MBK])([A-Z]{3})$/.exec(token.text);
  if (scaled !== null && CURRENCY_CODES.has(scaled[2]!)) {
    return { ...NO_UNIT, kind: 'money', unit: scaled[2]!, from: at, to: at + 1, factor: SCALED_CODE_FACTORS[scaled[1]!]! };
  }
  const words = matchPhraseAt(tokens, at, all ? CURRENCY_WORDS : CLAIM_CURRENCY_WORDS);
  if (words === null || isWeightPounds(tokens, at)) return null;
  // "8 Rand Paul", "3 Real Madrid": a one-word currency name with a capital is a name.
  if (words.end === at + 1 && token.text[0] !== token.low[0] && token.text !== token.text.toUpperCase()) return null;
  return { ...NO_UNIT, kind: 'money', unit: words.data, from: at, to: words.end };
}

const SCALED_CODE_FACTORS: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, B: 1e9 };

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
export function readCountNoun(tokens: readonly Token[], at: number, single: boolean, all = false): UnitRead {
  let firstWord = -1;
  let lastWord = -1;
  let k = at;
  for (let words = 0; words < 3; words += 1) {
    const token = tokens[k];
    if (token === undefined || token.kind !== 'word') break;
    if (TIME_NOUNS.has(token.low) && !all) return { ...NO_UNIT, excluded: true };
    if (STOP_WORDS.has(token.low) && !COUNT_ADJECTIVES.has(token.low)) break;
    if (token.low.endsWith('ly') || matchPhraseAt(tokens, k, PER_PHRASES) !== null) break;
    let last = k;
    while (isDash(tokens[last + 1]) && tokens[last + 1]?.glued && tokens[last + 2]?.glued && tokens[last + 2]?.kind === 'word') {
      last += 2;
    }
    if (firstWord < 0) firstWord = k;
    const noun = tokens[last]?.low ?? '';
    if (TIME_NOUNS.has(noun) && !all) return { ...NO_UNIT, excluded: true };
    if (isPluralNoun(noun)) return { ...NO_UNIT, unit: singularize(noun), from: firstWord, to: last + 1 };
    if (!COUNT_ADJECTIVES.has(noun)) lastWord = last;
    k = last + 1;
  }
  // "a 12 page document", "a 3 cylinder engine": a singular noun used as a modifier is what is
  // counted (all-quantities scan only; claims want a plural).
  if (all && !single && firstWord >= 0 && lastWord > firstWord && tokens[firstWord]?.text === tokens[firstWord]?.low) {
    return { ...NO_UNIT, unit: tokens[firstWord]?.low ?? null, from: firstWord, to: firstWord + 1 };
  }
  if (!single || lastWord < 0) return NO_UNIT;
  return { ...NO_UNIT, unit: tokens[lastWord]?.low ?? null, from: firstWord, to: lastWord + 1 };
}

/** What follows a figure's unit: a rate (`per year`) and a late hedge (`and more`). */
export interface Tail {
  per: Period['per'];
  /** Another denominator (`per barrel` -> bbl, `a minute` -> min); all-quantities scans only. */
  perUnit?: string;
  qualifier: Qualifier | null;
  end: number;
}

/**
 * Scans a few words after the unit for a rate and, when allowed, a trailing hedge:
 * "15 million tons of cargo per year and more". Stops at punctuation, numbers and function words.
 */
export function readTail(tokens: readonly Token[], at: number, allowQualifier: boolean, all = false): Tail {
  const tail: Tail = { per: null, qualifier: null, end: at };
  let k = at;
  for (let budget = all ? 5 : 8; budget > 0 && k < tokens.length; budget -= 1) {
    const per = tail.per === null ? (matchPhraseAt(tokens, k, PER_PHRASES) ?? hyphenedPer(tokens, k)) : null;
    if (per !== null && !NOT_RATE_AFTER.has(tokens[per.end]?.low ?? '')) {
      tail.per = per.data;
      tail.end = per.end;
      k = per.end;
      continue;
    }
    if (all && tail.per === null && tail.perUnit === undefined) {
      const other = readOtherDenominator(tokens, k);
      if (other !== null) {
        tail.perUnit = other.unit;
        tail.end = other.end;
        k = other.end;
        continue;
      }
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

/** Words after `per` that are no denominator (`per cent` is a percentage). */
const NOT_DENOMINATORS: ReadonlySet<string> = new Set(['cent', 'centum', 'se', 'annum', 'capita', 'head']);

/** A denominator outside the claim rates: `per barrel` -> bbl, `a minute` -> min, `per share` -> share. */
function readOtherDenominator(tokens: readonly Token[], at: number): { unit: string; end: number } | null {
  const word = tokens[at]?.low;
  if (word !== 'per' && word !== 'a' && word !== 'an' && word !== 'every' && word !== 'each' && tokens[at]?.text !== '/') return null;
  const next = tokens[at + 1];
  if (next === undefined || next.kind !== 'word' || NOT_DENOMINATORS.has(next.low)) return null;
  const measure = matchMeasure(tokens, at + 1, true);
  if (measure !== null && NOT_RATE_AFTER.has(tokens[measure.end]?.low ?? '')) return null; // "a year earlier"
  if (measure !== null && measure.data.per === null) {
    // "a minute", "per second": only a duration follows `a`; any unit follows `per` (`per barrel`).
    if (word === 'per' || word === '/' || measure.data.dimension === 'duration') return { unit: measure.data.unit, end: measure.end };
    return null;
  }
  if (word !== 'per' || STOP_WORDS.has(next.low)) return null;
  return { unit: singularize(next.low), end: at + 2 };
}

/** True after a trailing hedge that closes its clause ("and more," / "and more than 300" does not). */
function isClauseEnd(token: Token | undefined): boolean {
  if (token === undefined || token.kind === 'sym') return true;
  return token.kind === 'word' && STOP_WORDS.has(token.low) && token.low !== 'than' && token.low !== 'of';
}

/** `-an-hour` after a figure as a phrase match (`$15-an-hour`). */
function hyphenedPer(tokens: readonly Token[], at: number): { data: NonNullable<Period['per']>; end: number } | null {
  const match = matchHyphenedPer(tokens, at);
  return match === null ? null : { data: match.per, end: match.end };
}
