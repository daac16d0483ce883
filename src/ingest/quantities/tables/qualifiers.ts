// The words that bound a figure ("more than", "up to", "or more") and the vague amounts
// ("tens of thousands") with the interval each one allows. Tables only; find-quantities.ts
// decides where they apply.
import type { Qualifier } from '../../../schemas/claim.ts';
import { indexPhrases } from '../tokens/quantity-tokens.ts';

/** A hedge before a figure; `inText` is false for verbs (`surpassed the`), which stay out of the quoted figure. */
export interface LeadingQualifier {
  qualifier: Qualifier;
  inText: boolean;
}

const hedge = (qualifier: Qualifier, inText = true): LeadingQualifier => ({ qualifier, inText });

/** Hedges written before a figure, matched case-insensitively on the words just before it. */
export const LEADING_QUALIFIERS = indexPhrases<LeadingQualifier>([
  ...['about', 'approximately', 'approx.', 'approx', 'around', 'roughly', 'some', 'nearly', 'almost', 'close to',
    'an estimated', 'estimated at', 'circa', 'ca.', '~', '≈', 'more or less', 'in the region of',
    'in the order of', 'on the order of', 'somewhere around', 'just about'].map((w) => [w, hedge('about')] as const),
  ...['more than', 'over', 'above', 'exceeding', 'in excess of', 'upwards of', 'upward of', 'greater than',
    'higher than', 'larger than', 'beyond', '>'].map((w) => [w, hedge('more-than')] as const),
  ...['surpassed', 'surpassed the', 'surpasses', 'surpasses the', 'surpassing', 'surpassing the', 'surpass the',
    'exceeded', 'exceeded the', 'exceeds', 'exceeds the', 'exceed the', 'topped', 'topped the', 'tops the',
    'crossed the', 'passed the', 'broke the', 'broke through the'].map((w) => [w, hedge('more-than', false)] as const),
  ...['at least', 'no less than', 'not less than', 'no fewer than', 'not fewer than', 'a minimum of',
    'minimum of', 'at a minimum', '≥', '>='].map((w) => [w, hedge('at-least')] as const),
  ...['less than', 'fewer than', 'under', 'below', 'lower than', 'short of', '<'].map((w) => [w, hedge('less-than')] as const),
  ...['at most', 'up to', 'no more than', 'not more than', 'a maximum of', 'maximum of', 'a max of',
    'not exceeding', 'not to exceed', '≤', '<='].map((w) => [w, hedge('at-most')] as const),
]);

/** Words that may sharpen a hedge (`just over`, `well below`); they join the quoted figure. */
export const INTENSIFIERS = indexPhrases<true>(
  ['just', 'well', 'slightly', 'far', 'much', 'a little', 'a bit', 'considerably', 'significantly',
    'substantially', 'somewhat', 'only just'].map((w) => [w, true] as const),
);

/** Verbs after which `about` introduces a topic, not a hedge (`talking about 15 million tons`). */
export const TOPIC_VERBS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'talking', 'talked', 'speak', 'speaks', 'speaking', 'spoke', 'think', 'thinking', 'thought',
  'know', 'knew', 'care', 'cares', 'worried', 'concerned', 'say', 'says', 'said', 'ask', 'asked', 'asking',
  'write', 'wrote', 'written', 'read', 'hear', 'heard', 'learn', 'learned', 'complain', 'complained', 'story',
  'news', 'information', 'report', 'reports', 'reported', 'question', 'questions', 'debate', 'debated',
]);

/** Hedges written after a figure (`15 million tons per year and more`, `5,000 or so`). */
export const TRAILING_QUALIFIERS = indexPhrases<Qualifier>([
  ...['or more', 'and more', 'and above', 'or above', 'or higher', 'and higher', 'and over', 'or over',
    'and up', 'and upwards', 'or greater', 'at least', 'at a minimum'].map((w) => [w, 'at-least'] as const),
  ...['or less', 'or fewer', 'or below', 'or lower', 'and less', 'and below', 'and under', 'or under',
    'at most', 'at the most', 'maximum', 'at the maximum'].map((w) => [w, 'at-most'] as const),
  ...['or so', 'approximately', 'roughly', 'or thereabouts', 'give or take'].map((w) => [w, 'about'] as const),
  ...['plus'].map((w) => [w, 'more-than'] as const),
]);

/** The interval a vague amount allows; `value` is always null for these. */
export interface VagueAmount {
  min: number;
  max: number;
}

/**
 * Plural scale words standing alone (`hundreds`, `millions`). `thousands` stops below ten thousand
 * and `millions` below a billion, so that the next named amount takes over.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, VagueAmount> = new Map([
  ['tens', { min: 10, max: 99 }],
  ['dozens', { min: 24, max: 143 }],
  ['hundreds', { min: 100, max: 999 }],
  ['thousands', { min: 1e3, max: 9_999 }],
  ['millions', { min: 1e6, max: 1e9 - 1 }],
  ['billions', { min: 1e9, max: 1e12 - 1 }],
  ['trillions', { min: 1e12, max: 1e15 - 1 }],
]);

/** Plural scale words as orders of magnitude, for the all-quantities layer: `millions` is [1e6, 1e7]. */
export const ORDERS_OF_MAGNITUDE: ReadonlyMap<string, VagueAmount> = new Map([
  ['tens', { min: 10, max: 100 }], ['hundreds', { min: 100, max: 1e3 }], ['thousands', { min: 1e3, max: 1e4 }],
  ['millions', { min: 1e6, max: 1e7 }], ['billions', { min: 1e9, max: 1e10 }], ['trillions', { min: 1e12, max: 1e13 }],
]);

/** The scales `tens of` and `hundreds of` multiply: `tens of thousands` is 10,000..99,999. */
export const VAGUE_OF_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12],
]);

/** Multipliers of `tens of X` and `hundreds of X`: [low, high) factors of X. */
export const VAGUE_OF_FACTORS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['tens', [10, 100]],
  ['hundreds', [100, 1000]],
]);

/**
 * The interval `several` and `a few` give a scale: `several hundred` is 200..999 (anything short of
 * ten hundred), `a few hundred` is 200..900; `several dozen` is 24..119.
 */
export const VAGUE_COUNTS: ReadonlyMap<string, (scale: number) => VagueAmount> = new Map([
  ['several', (scale: number) => ({ min: 2 * scale, max: 10 * scale - 1 })],
  ['a few', (scale: number) => ({ min: 2 * scale, max: 9 * scale })],
]);

/** The interval of `a handful of`. */
export const HANDFUL: VagueAmount = { min: 2, max: 9 };

/** The scales `several` and `a few` can count. */
export const VAGUE_COUNTED_SCALES: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** The interval a qualifier gives a value: `more-than 340` is [340, null]. */
export function intervalFor(qualifier: Qualifier, value: number): { min: number | null; max: number | null } {
  switch (qualifier) {
    case 'more-than':
    case 'at-least':
      return { min: value, max: null };
    case 'less-than':
    case 'at-most':
      return { min: null, max: value };
    default:
      return { min: value, max: value };
  }
}
