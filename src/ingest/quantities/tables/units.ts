// What a figure is counted or measured in: currencies, measure units, percentages, rate
// denominators, and the nouns that make a number a duration rather than a claim. Also the small
// singularizer that turns "universities" into the unit "university".
import type { Period } from '../../../schemas/claim.ts';
import { CURRENCIES, MINOR_UNITS } from '../../../vocabulary/currencies.ts';
import { MEASURE_UNITS, RATE_UNIT_NAMES, SCALED_UNIT_NAMES, type Dimension } from '../../../vocabulary/units.ts';
import { type PhraseMatch, type Token, indexPhrases, matchPhraseAt } from '../tokens/quantity-tokens.ts';

// Every table below is built from src/vocabulary/, the one list of units, currencies and scales.

/** Currency signs of one character written before an amount (`$`, `€`, `₼`), as ISO 4217 codes. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(
  CURRENCIES.flatMap((currency) => currency.symbols.filter((symbol) => [...symbol].length === 1).map((symbol) => [symbol, currency.code] as const)).reverse(),
);

/** Letters glued before `$` that name another dollar (`US$`, `C$`, `HK$`), lowercase. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map(
  CURRENCIES.flatMap((currency) => currency.symbols.filter((symbol) => /^[A-Za-z.]+\$$/.test(symbol)).map((symbol) => [symbol.slice(0, -1).toLowerCase(), currency.code] as const)).reverse(),
);

/** ISO 4217 codes recognised when written in capitals before or after an amount (`USD 4 billion`). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(CURRENCIES.map((currency) => currency.code));

/** Capitalised signs that are not ISO codes but name one (`RMB` is the yuan, `RM` the ringgit, `NIS` the shekel). */
export const CURRENCY_CODE_ALIASES: ReadonlyMap<string, string> = new Map(
  CURRENCIES.flatMap((currency) => currency.symbols.filter((symbol) => /^[A-Za-z]+\.?$/.test(symbol) && symbol !== currency.code).map((symbol) => [symbol, currency.code] as const)).reverse(),
);

/** Signs that name a currency only when glued to the digits (`PS6m`, `Y=100`). */
export const GLUED_CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map(
  CURRENCIES.flatMap((currency) => (currency.gluedSymbols ?? []).map((symbol) => [symbol, currency.code] as const)),
);

/** The word that opens each glued sign (`PS`, `Y` of `Y=`), for the scan's cheap first test. */
export const GLUED_SIGN_WORDS: ReadonlySet<string> = new Set([...GLUED_CURRENCY_SIGNS.keys()].map((sign) => /^[A-Za-z]+/.exec(sign)?.[0] ?? sign));

/** Currency names written after an amount (`4 billion dollars`, `50 million manats`). */
export const CURRENCY_WORDS = indexPhrases<string>(CURRENCIES.flatMap((currency) => currency.names.map((name) => [name, currency.code] as const)));

/** Minor currency units after an amount (`19 cents`, `164 pence`), kept as written. */
export const MINOR_CURRENCY_WORDS = indexPhrases<string>(MINOR_UNITS);

/** Percent words after a number: `%` for percentages and shares, `pp` for percentage points. */
export const PERCENT_WORDS = indexPhrases<'%' | 'pp'>([
  ['percent', '%'], ['per cent', '%'], ['pct', '%'], ['per centum', '%'], ['pc', '%'],
  ['percentage points', 'pp'], ['percentage point', 'pp'], ['percent points', 'pp'], ['per cent points', 'pp'],
  ['pp', 'pp'], ['p.p.', 'pp'],
]);

/** A measure unit as the parser reads it: its symbol, a factor into that symbol, and a rate built into it. */
export interface MeasureUnit {
  unit: string;
  factor: number;
  per: Period['per'];
  dimension: Dimension;
}

const DIMENSIONS: ReadonlyMap<string, Dimension> = new Map(MEASURE_UNITS.map((unit) => [unit.symbol, unit.dimension]));
const measure = (unit: string, factor = 1, per: Period['per'] = null): MeasureUnit => ({ unit, factor, per, dimension: DIMENSIONS.get(unit) ?? 'length' });

/** Measure units written after a number, singular and plural, words and symbols. */
export const MEASURE_WORDS = indexPhrases<MeasureUnit>([
  ...MEASURE_UNITS.flatMap((unit) => unit.names.map((name) => [name, measure(unit.symbol)] as const)),
  ...SCALED_UNIT_NAMES.map(([name, symbol, factor]) => [name, measure(symbol, factor)] as const),
  ...RATE_UNIT_NAMES.map(([name, symbol, per]) => [name, measure(symbol, 1, per)] as const),
]);

/**
 * One-letter unit names, by the exact text that may stand for them: `5 W`, `12 C`, `500g`, `10s`.
 * `m`, `t` and `l` may stand apart from the number; the others must be glued or written in the
 * symbol's own case, since a lone letter is most often something else (`5G`, `Plan B`).
 */
const LETTER_UNITS: ReadonlyMap<string, { texts: readonly string[]; spaced: boolean }> = new Map([
  ['m', { texts: ['m'], spaced: true }], ['t', { texts: ['t'], spaced: true }], ['l', { texts: ['l', 'L'], spaced: true }],
  ['w', { texts: ['W'], spaced: true }], ['v', { texts: ['V'], spaced: true }], ['c', { texts: ['C'], spaced: true }],
  ['f', { texts: ['F'], spaced: true }], ['g', { texts: ['g'], spaced: false }], ['s', { texts: ['s'], spaced: false }],
  ['h', { texts: ['h'], spaced: false }],
]);

/** The measure unit whose name starts at token `at` (`km`, `square feet`, `°C`), with the rules for lone letters. */
export function matchMeasure(tokens: readonly Token[], at: number): PhraseMatch<MeasureUnit> | null {
  const match = matchPhraseAt(tokens, at, MEASURE_WORDS);
  if (match === null || match.end !== at + 1) return match;
  const token = tokens[at];
  const letter = token === undefined ? undefined : LETTER_UNITS.get(token.low);
  if (letter === undefined || token === undefined) return match;
  if (!letter.texts.includes(token.text)) return null;
  const gluedToNumber = token.glued && tokens[at - 1]?.kind === 'num';
  return gluedToNumber || letter.spaced ? match : null;
}

/** Units that glue to digits without a space (`15km`, `20MW`); single letters are too ambiguous (`5G`). */
export const GLUED_MEASURE_MIN_LENGTH = 2;

/** Screen units: a number followed by one of these is page furniture (`16 px`), never a claim. */
export const PAGE_UNITS: ReadonlySet<string> = new Set(['px', 'pt', 'em', 'rem', 'pixels', 'dpi', 'ppi', 'vh', 'vw']);

/** Counted nouns of time: a number of these is a duration or a date, never a claim. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'hrs',
  'minute', 'minutes', 'mins', 'second', 'seconds', 'secs', 'decade', 'decades', 'century', 'centuries',
  'millennium', 'millennia', 'fortnight', 'fortnights', 'weekend', 'weekends', 'night', 'nights',
  'morning', 'mornings', 'evening', 'evenings', 'afternoon', 'afternoons', 'quarter', 'quarters', 'semester', 'semesters',
  'times', 'fold', 'o’clock', "o'clock", 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'cet', 'msk',
]);

/** Rate denominators after a figure (`per year`, `a day`, `annually`, `per capita`). */
export const PER_PHRASES = indexPhrases<NonNullable<Period['per']>>([
  ...['per year', 'a year', 'each year', 'every year', 'per annum', 'annually', 'yearly', '/year', '/yr', 'p.a.']
    .map((w) => [w, 'year'] as const),
  ...['per month', 'a month', 'each month', 'every month', 'monthly', '/month'].map((w) => [w, 'month'] as const),
  ...['per week', 'a week', 'each week', 'every week', 'weekly', '/week'].map((w) => [w, 'week'] as const),
  ...['per day', 'a day', 'each day', 'every day', 'daily', '/day', 'per diem'].map((w) => [w, 'day'] as const),
  ...['per hour', 'an hour', 'each hour', 'every hour', 'hourly', '/hour'].map((w) => [w, 'hour'] as const),
  ...['per capita', 'per person', 'per head', 'a head', 'per inhabitant', 'per resident', 'per citizen', 'per household']
    .map((w) => [w, 'capita'] as const),
]);

/** Words after "a year" that make it a time reference, not a rate (`a year ago`). */
export const NOT_RATE_AFTER: ReadonlySet<string> = new Set([
  'ago', 'earlier', 'later', 'before', 'after', 'since', 'from', 'of', 'old', 'late', 'early', 'has', 'had', 'have',
]);

// Plurals that do not end in -s, and -s words that are not plurals.
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['persons', 'person'],
  ['mice', 'mouse'], ['teeth', 'tooth'], ['geese', 'goose'], ['lives', 'life'], ['wives', 'wife'],
  ['knives', 'knife'], ['halves', 'half'], ['shelves', 'shelf'], ['thieves', 'thief'], ['leaves', 'leaf'],
  ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['data', 'data'], ['media', 'media'],
  ['police', 'police'], ['staff', 'staff'], ['personnel', 'personnel'], ['cattle', 'cattle'],
  ['livestock', 'livestock'], ['aircraft', 'aircraft'], ['spacecraft', 'spacecraft'], ['sheep', 'sheep'],
  ['fish', 'fish'], ['deer', 'deer'], ['series', 'series'], ['species', 'species'], ['shoes', 'shoe'],
  ['crises', 'crisis'], ['analyses', 'analysis'], ['theses', 'thesis'], ['bases', 'base'], ['houses', 'house'],
  ['courses', 'course'], ['cases', 'case'], ['businesses', 'business'], ['premises', 'premises'],
  ['buses', 'bus'], ['viruses', 'virus'], ['campuses', 'campus'], ['censuses', 'census'], ['statuses', 'status'],
]);

const NOT_PLURAL: ReadonlySet<string> = new Set([
  'gas', 'bias', 'atlas', 'canvas', 'news', 'means', 'always', 'perhaps', 'besides', 'towards', 'afterwards',
  'whereas', 'nevertheless', 'ones', 'others', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'thus',
  'us', 'was', 'is', 'has', 'does', 'goes', 'says', 'plus', 'minus', 'versus', 'less', 'across', 'whereas',
]);

/** True when a lowercase word looks like a plural noun (`schools`, `universities`, `people`). */
export function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word) || word.endsWith('children') || /[a-z]men$/.test(word)) return true;
  if (NOT_PLURAL.has(word) || word.length < 4) return false;
  return /[^'’su]s$/.test(word) || /(?:sses|uses)$/.test(word);
}

/** The singular of a lowercase plural noun: `universities` -> `university`, `schoolchildren` -> `schoolchild`. */
export function singularize(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular !== undefined) return irregular;
  if (word.endsWith('children')) return `${word.slice(0, -'children'.length)}child`;
  if (/[a-z]men$/.test(word) && !word.endsWith('omen')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('women')) return `${word.slice(0, -5)}woman`;
  if (/[^aeiou]ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/[^aeiou]oes$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}
