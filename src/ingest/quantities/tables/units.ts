// What a figure is counted or measured in: currencies, measure units, percentages, rate
// denominators, and the nouns that make a number a duration rather than a claim. Also the small
// singularizer that turns "universities" into the unit "university".
import type { Period } from '../../../schemas/claim.ts';
import { indexPhrases } from '../tokens/quantity-tokens.ts';

/** Currency symbols written before an amount, as ISO 4217 codes. `¥` is read as yen. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₼', 'AZN'], ['₹', 'INR'], ['₺', 'TRY'],
  ['₴', 'UAH'], ['₸', 'KZT'], ['₾', 'GEL'], ['₩', 'KRW'], ['₪', 'ILS'], ['֏', 'AMD'],
]);

/** Letters glued before `$` that name another dollar (`US$`, `C$`, `HK$`). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['c', 'CAD'], ['ca', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['hk', 'HKD'],
  ['nz', 'NZD'], ['s', 'SGD'], ['r', 'BRL'], ['mx', 'MXN'],
]);

/** ISO 4217 codes recognised when written in capitals before or after an amount (`USD 4 billion`). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'RUB', 'AZN', 'CNY', 'JPY', 'CHF', 'TRY', 'KZT', 'UAH', 'GEL', 'AMD', 'INR', 'IRR',
  'AED', 'SAR', 'QAR', 'KWD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'KRW', 'BYN', 'UZS', 'TMT', 'KGS', 'TJS',
  'MDL', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'ILS', 'EGP', 'BRL', 'MXN', 'ZAR', 'PKR',
]);

/** Codes that are not ISO but name one (`RMB` is the yuan). */
export const CURRENCY_CODE_ALIASES: ReadonlyMap<string, string> = new Map([['RMB', 'CNY']]);

/** Currency names written after an amount (`4 billion dollars`, `50 million manats`). */
export const CURRENCY_WORDS = indexPhrases<string>([
  ['dollars', 'USD'], ['dollar', 'USD'], ['US dollars', 'USD'], ['U.S. dollars', 'USD'], ['American dollars', 'USD'],
  ['Canadian dollars', 'CAD'], ['Australian dollars', 'AUD'], ['Hong Kong dollars', 'HKD'],
  ['euros', 'EUR'], ['euro', 'EUR'],
  ['pounds sterling', 'GBP'], ['pound sterling', 'GBP'], ['British pounds', 'GBP'], ['sterling', 'GBP'], ['pounds', 'GBP'],
  ['rubles', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rouble', 'RUB'], ['Russian rubles', 'RUB'],
  ['manats', 'AZN'], ['manat', 'AZN'], ['Azerbaijani manats', 'AZN'], ['Azerbaijani manat', 'AZN'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['yen', 'JPY'], ['rupees', 'INR'], ['rupee', 'INR'],
  ['lira', 'TRY'], ['liras', 'TRY'], ['Turkish lira', 'TRY'], ['hryvnias', 'UAH'], ['hryvnia', 'UAH'],
  ['tenge', 'KZT'], ['lari', 'GEL'], ['drams', 'AMD'], ['dram', 'AMD'],
  ['Swiss francs', 'CHF'], ['francs', 'CHF'], ['won', 'KRW'], ['rials', 'IRR'], ['riyals', 'SAR'],
  ['dirhams', 'AED'], ['zloty', 'PLN'], ['zlotys', 'PLN'], ['shekels', 'ILS'],
]);

/** Percent words after a number: `%` for percentages and shares, `pp` for percentage points. */
export const PERCENT_WORDS = indexPhrases<'%' | 'pp'>([
  ['percent', '%'], ['per cent', '%'], ['pct', '%'], ['per centum', '%'],
  ['percentage points', 'pp'], ['percentage point', 'pp'], ['percent points', 'pp'], ['per cent points', 'pp'],
  ['pp', 'pp'], ['p.p.', 'pp'],
]);

/** A measure unit: its SI-style symbol, a factor into that symbol, and a rate built into it. */
export interface MeasureUnit {
  unit: string;
  factor: number;
  per: Period['per'];
}

const measure = (unit: string, factor = 1, per: Period['per'] = null): MeasureUnit => ({ unit, factor, per });

/** Measure units written after a number, singular and plural, words and symbols. */
export const MEASURE_WORDS = indexPhrases<MeasureUnit>([
  ...['tons', 'ton', 'tonnes', 'tonne', 'metric tons', 'metric ton', 'metric tonnes', 't'].map((w) => [w, measure('t')] as const),
  ...['kg', 'kgs', 'kilograms', 'kilogram', 'kilogrammes', 'kilos'].map((w) => [w, measure('kg')] as const),
  ...['grams', 'gram', 'grammes'].map((w) => [w, measure('g')] as const),
  ...['km', 'kms', 'kilometres', 'kilometre', 'kilometers', 'kilometer'].map((w) => [w, measure('km')] as const),
  ...['m', 'metres', 'metre', 'meters', 'meter'].map((w) => [w, measure('m')] as const),
  ...['cm', 'centimetres', 'centimeters'].map((w) => [w, measure('cm')] as const),
  ...['mm', 'millimetres', 'millimeters'].map((w) => [w, measure('mm')] as const),
  ...['miles', 'mile'].map((w) => [w, measure('mi')] as const),
  ...['feet', 'foot', 'ft'].map((w) => [w, measure('ft')] as const),
  ...['inches', 'inch'].map((w) => [w, measure('in')] as const),
  ...['pounds', 'pound', 'lbs', 'lb'].map((w) => [w, measure('lb')] as const),
  ...['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'square km', 'sq km', 'sq. km', 'km2', 'km²']
    .map((w) => [w, measure('km2')] as const),
  ...['square metres', 'square meters', 'square metre', 'square meter', 'square m', 'sq m', 'sq. m', 'm2', 'm²']
    .map((w) => [w, measure('m2')] as const),
  ...['hectares', 'hectare', 'ha'].map((w) => [w, measure('ha')] as const),
  ...['acres', 'acre'].map((w) => [w, measure('ac')] as const),
  ...['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'm3', 'm³', 'cu m'].map((w) => [w, measure('m3')] as const),
  ['bcm', measure('m3', 1e9)], ['mcm', measure('m3', 1e6)],
  ...['litres', 'liters', 'litre', 'liter', 'l'].map((w) => [w, measure('L')] as const),
  ...['gallons', 'gallon'].map((w) => [w, measure('gal')] as const),
  ...['barrels', 'barrel', 'bbl'].map((w) => [w, measure('bbl')] as const),
  ['bpd', measure('bbl', 1, 'day')], ['b/d', measure('bbl', 1, 'day')], ['bbl/d', measure('bbl', 1, 'day')],
  ...['kilowatts', 'kilowatt', 'kw'].map((w) => [w, measure('kW')] as const),
  ...['megawatts', 'megawatt', 'mw'].map((w) => [w, measure('MW')] as const),
  ...['gigawatts', 'gigawatt', 'gw'].map((w) => [w, measure('GW')] as const),
  ...['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kwh'].map((w) => [w, measure('kWh')] as const),
  ...['megawatt-hours', 'megawatt hours', 'megawatt-hour', 'mwh'].map((w) => [w, measure('MWh')] as const),
  ...['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour', 'gwh'].map((w) => [w, measure('GWh')] as const),
  ...['terawatt-hours', 'terawatt hours', 'terawatt-hour', 'twh'].map((w) => [w, measure('TWh')] as const),
  ...['°C', '° C', '℃', 'degrees Celsius', 'degree Celsius', 'degrees centigrade'].map((w) => [w, measure('°C')] as const),
  ...['°F', '° F', '℉', 'degrees Fahrenheit'].map((w) => [w, measure('°F')] as const),
  ...['degrees', '°'].map((w) => [w, measure('°')] as const),
  ...['km/h', 'kph', 'kmh', 'km/hr', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour']
    .map((w) => [w, measure('km/h')] as const),
  ...['mph', 'miles per hour', 'miles an hour'].map((w) => [w, measure('mph')] as const),
  ...['TEU', 'TEUs'].map((w) => [w, measure('TEU')] as const),
]);

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
