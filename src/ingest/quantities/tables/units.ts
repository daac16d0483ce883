// What a figure is counted or measured in: currencies, measure units, percentages, rate
// denominators, and the nouns that make a number a duration rather than a claim. Also the small
// singularizer that turns "universities" into the unit "university".
import type { Period } from '../../../schemas/claim.ts';
import { CURRENCIES, MINOR_UNITS } from '../../../vocabulary/currencies.ts';
import { MEASURE_UNITS, RATE_UNIT_NAMES, SCALED_UNIT_NAMES, type Dimension } from '../../../vocabulary/units.ts';
import { type PhraseMatch, type Token, indexPhrases, matchPhraseAt, tokenize } from '../tokens/quantity-tokens.ts';

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

const CURRENCY_NAMES = CURRENCIES.flatMap((currency) => currency.names.map((name) => [name, currency.code] as const));

/** Currency names written after an amount (`4 billion dollars`, `50 million manats`). */
export const CURRENCY_WORDS = indexPhrases<string>(CURRENCY_NAMES);

/**
 * The currency and measure names claims are read with: those the claim finder has always known.
 * A claim's permalink spells its unit words, so reading a new name after a figure that is already
 * a claim ("80,000 square feet", once a bare count) would move a published address; the quantity
 * layer reads the whole vocabulary, and claims take a new name only with a permalink migration.
 * Phrases are written as tokens joined by spaces (`km / h`).
 */
const CLAIM_NAMES: ReadonlySet<string> = new Set([
  'dollars', 'dollar', 'us dollars', 'u . s . dollars', 'american dollars', 'canadian dollars', 'australian dollars',
  'hong kong dollars', 'euros', 'euro', 'pounds sterling', 'pounds', 'pound sterling', 'british pounds', 'sterling',
  'rubles', 'roubles', 'ruble', 'rouble', 'russian rubles', 'manats', 'manat', 'azerbaijani manats',
  'azerbaijani manat', 'yuan', 'renminbi', 'yen', 'rupees', 'rupee', 'lira', 'liras', 'turkish lira', 'hryvnias',
  'hryvnia', 'tenge', 'lari', 'drams', 'dram', 'swiss francs', 'francs', 'won', 'rials', 'riyals', 'dirhams',
  'zloty', 'zlotys', 'shekels',
  'tons', 'ton', 'tonnes', 'tonne', 'metric tons', 'metric ton', 'metric tonnes', 't', 'kg', 'kgs', 'kilograms',
  'kilogram', 'kilogrammes', 'kilos', 'grams', 'gram', 'grammes', 'km / h', 'km / hr', 'km 2', 'km ²', 'km', 'kms',
  'kilometres per hour', 'kilometres an hour', 'kilometres', 'kilometre', 'kilometers per hour', 'kilometers an hour',
  'kilometers', 'kilometer', 'm 2', 'm ²', 'm 3', 'm ³', 'm', 'metres', 'metre', 'meters', 'meter', 'cm',
  'centimetres', 'centimeters', 'mm', 'millimetres', 'millimeters', 'miles per hour', 'miles an hour', 'miles', 'mile',
  'feet', 'foot', 'ft', 'inches', 'inch', 'pounds', 'pound', 'lbs', 'lb', 'square kilometres', 'square kilometers',
  'square kilometre', 'square kilometer', 'square km', 'square metres', 'square meters', 'square metre',
  'square meter', 'square m', 'sq . km', 'sq . m', 'sq km', 'sq m', 'hectares', 'hectare', 'ha', 'acres', 'acre',
  'cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'cu m', 'bcm', 'mcm', 'litres', 'liters', 'litre',
  'liter', 'l', 'gallons', 'gallon', 'barrels', 'barrel', 'bbl / d', 'bbl', 'bpd', 'b / d', 'kilowatts',
  'kilowatt - hours', 'kilowatt - hour', 'kilowatt hours', 'kilowatt', 'kw', 'megawatts', 'megawatt - hours',
  'megawatt - hour', 'megawatt hours', 'megawatt', 'mw', 'gigawatts', 'gigawatt - hours', 'gigawatt - hour',
  'gigawatt hours', 'gigawatt', 'gw', 'kwh', 'mwh', 'gwh', 'terawatt - hours', 'terawatt - hour', 'terawatt hours',
  'twh', '° c', '° f', '°', '℃', 'degrees celsius', 'degrees centigrade', 'degrees fahrenheit', 'degrees',
  'degree celsius', '℉', 'kph', 'kmh', 'mph', 'teu', 'teus',
]);

const claimed = <T>(entries: ReadonlyArray<readonly [string, T]>) =>
  entries.filter(([name]) => CLAIM_NAMES.has(tokenize(name).map((token) => token.low).join(' ')));

/** Currency names claims are read with (see CLAIM_NAMES). */
export const CLAIM_CURRENCY_WORDS = indexPhrases<string>(claimed(CURRENCY_NAMES));

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

const MEASURE_NAMES: ReadonlyArray<readonly [string, MeasureUnit]> = [
  ...MEASURE_UNITS.flatMap((unit) => unit.names.map((name) => [name, measure(unit.symbol)] as const)),
  ...SCALED_UNIT_NAMES.map(([name, symbol, factor]) => [name, measure(symbol, factor)] as const),
  ...RATE_UNIT_NAMES.map(([name, symbol, per]) => [name, measure(symbol, 1, per)] as const),
];

/** Measure units written after a number, singular and plural, words and symbols. */
export const MEASURE_WORDS = indexPhrases<MeasureUnit>(MEASURE_NAMES);

/** Measure names claims are read with (see CLAIM_NAMES). */
export const CLAIM_MEASURE_WORDS = indexPhrases<MeasureUnit>(claimed(MEASURE_NAMES));

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

/**
 * The measure unit whose name starts at token `at` (`km`, `square feet`, `°C`), with the rules for
 * lone letters; `all` reads the whole vocabulary, otherwise only the names claims are read with.
 */
export function matchMeasure(tokens: readonly Token[], at: number, all: boolean): PhraseMatch<MeasureUnit> | null {
  const match = matchPhraseAt(tokens, at, all ? MEASURE_WORDS : CLAIM_MEASURE_WORDS);
  if (match === null) return null;
  // "9L15", "A4B2": digits glued after the unit make a code.
  if (tokens[match.end]?.glued && tokens[match.end]?.kind === 'num') return null;
  if (match.end !== at + 1) return match;
  const token = tokens[at];
  const letter = token === undefined ? undefined : LETTER_UNITS.get(token.low);
  if (letter === undefined || token === undefined) return match;
  if (!letter.texts.includes(token.text)) return null;
  const gluedToNumber = token.glued && tokens[at - 1]?.kind === 'num';
  if (gluedToNumber && !all && token.low !== 'm' && token.low !== 't') return null;
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

/**
 * A rate denominator joined to a figure by hyphens (`$15-an-hour wage`, `$40-a-month fee`): the
 * period and the index past it, or null. `at` is the hyphen right after the figure.
 */
export function matchHyphenedPer(tokens: readonly Token[], at: number): { per: NonNullable<Period['per']>; end: number } | null {
  const [dash, article, dash2, noun] = [tokens[at], tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  if (dash === undefined || article === undefined || dash2 === undefined || noun === undefined) return null;
  if (!DASH_TEXTS.has(dash.text) || !DASH_TEXTS.has(dash2.text) || !dash.glued || !article.glued || !dash2.glued || !noun.glued) return null;
  if (!/^(?:a|an|per)$/.test(article.low)) return null;
  const phrase = matchPhraseAt(tokenize(`${article.low} ${noun.low}`), 0, PER_PHRASES);
  return phrase === null || phrase.end !== 2 ? null : { per: phrase.data, end: at + 4 };
}
const DASH_TEXTS: ReadonlySet<string> = new Set(['-', '‐', '‑']);

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
