// Finds the quantities in one sentence, in two layers built on one scan. findAllQuantities keeps
// every quantity: counts, money, measures, percentages, fractions, durations and ages,
// multipliers, rates, vague amounts. findQuantities keeps the claims among them: the same scan
// with the selection rules on (`scan.all` false), which pass over durations and ages, referring
// numbers ("the two countries", "one of the…"), signed index moves and bare figures whose words
// the claim extractor cannot use, and which keep ranks. Both pass over dates, years, clock times
// and names with numbers ("Model 3", "COVID-19"). A single left-to-right pass over the sentence's
// tokens; at each token that may start a figure the matchers are tried in turn (rank, share,
// vague amount, number), and each decides from a few tokens around it, so the cost is linear in
// the sentence. Units, currencies and scales come from src/vocabulary/.
//
//   quantity-tokens.ts  tokens and phrase tables       number-words.ts  digits, words, ordinals
//   units.ts            currencies, measures, rates    qualifiers.ts    hedges and vague amounts
//   quantity-context.ts words that make a non-claim    quantity-scan.ts shared scan types
//   read-amount.ts      one number as written          read-unit.ts     its unit, rate, late hedge
//   judge-figure.ts     leading hedge, non-claims      match-*.ts       figures, ranks, shares, vague
//   to-quantity.ts      a mention as a Quantity (compound unit, kind), units shared by bare numbers
import { FRACTION_WORDS, ORDINAL_WORDS, SPELLED_SCALES, TENS_WORDS, UNIT_WORDS, roundQuantity } from './tokens/number-words.ts';
import { RANK_VERBS } from './scan/quantity-context.ts';
import type { QuantityMention, Scan } from './scan/quantity-scan.ts';

export type { QuantityMention };
import { type Token, tokenize } from './tokens/quantity-tokens.ts';
import { VAGUE_OF_FACTORS, VAGUE_PLURALS } from './tables/qualifiers.ts';
import { matchFigure } from './matchers/match-figure.ts';
import { matchRank } from './matchers/match-rank.ts';
import { matchShare } from './matchers/match-share.ts';
import { matchVague } from './matchers/match-vague.ts';
import { currencyCode, readAmount } from './readers/read-amount.ts';
import { CURRENCY_SYMBOLS, GLUED_SIGN_WORDS } from './tables/units.ts';
import { type Quantity, shareUnits, toQuantity } from './readers/to-quantity.ts';

export type { Quantity };

/** Finds every quantity claim figure in one sentence, in order of appearance. */
export function findQuantities(sentence: string): QuantityMention[] {
  return scanSentence(sentence, false);
}

/**
 * Finds every quantity in one sentence, claim-worthy or not: counts, money, measures, percentages,
 * durations and ages, multipliers, fractions, vague amounts, in order of appearance. Years, dates,
 * clock times, ranks and names with numbers in them (`Model 3`, `COVID-19`) are not quantities.
 */
export function findAllQuantities(sentence: string): Quantity[] {
  return findAllMentions(sentence).map((mention, k, all) => toQuantity(sentence, mention, all[k + 1]));
}

/** The mentions `findAllQuantities` is made from (figure and unit words apart, units shared), for the claim extractor's speech rule. */
export function findAllMentions(sentence: string): QuantityMention[] {
  return shareUnits(sentence, scanSentence(sentence, true).filter((mention) => mention.kind !== 'rank'));
}

/** One left-to-right pass over a sentence's tokens (see the header); `all` keeps non-claims too. */
function scanSentence(sentence: string, all: boolean): QuantityMention[] {
  if (!mayHoldQuantity(sentence)) return [];
  const tokens = tokenize(sentence);
  const scan: Scan = { sentence, tokens, firstWord: tokens.findIndex((t) => t.kind !== 'sym'), floor: 0, all };
  const mentions: QuantityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token !== undefined && !mayStartMention(token, all)) {
      i += 1;
      continue;
    }
    const match = matchRank(scan, i) ?? matchShare(scan, i) ?? matchVague(scan, i) ?? matchFigure(scan, i);
    if (match === null) {
      i += 1;
      continue;
    }
    mentions.push(...match.mentions);
    i = Math.max(match.next, i + 1);
    scan.floor = i;
  }
  return mentions;
}

// Every mention holds a digit or one of these words, so one regex test lets most sentences of an
// article (which have neither) skip tokenizing. Built from the parser's own tables. The words are
// grouped by first letter (`t(?:wo|hree|…)|f(?:our|ive|…)`), as the speech-cue scan's are: a word
// that starts with none of them fails at once instead of against each of some 150 alternatives.
const NUMBER_WORDS = [
  ...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...FRACTION_WORDS.keys(),
  ...VAGUE_PLURALS.keys(), ...SPELLED_SCALES.keys(), 'hundred', 'dozen', 'handful',
];
const NUMBER_WORD_PATTERN = new RegExp(
  `\\b(?:${[...Map.groupBy(NUMBER_WORDS, (word) => word[0]!.toLowerCase())].map(([first, words]) => `${first}(?:${words.map((word) => word.slice(1)).join('|')})`).join('|')})\\b`,
  'i',
);

/** Cheap first test: can this sentence hold a quantity at all? */
function mayHoldQuantity(sentence: string): boolean {
  return /\d/.test(sentence) || NUMBER_WORD_PATTERN.test(sentence);
}

// Words a mention can start with; every other word is passed over without trying the matchers.
const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...RANK_VERBS, ...VAGUE_PLURALS.keys(),
  ...VAGUE_OF_FACTORS.keys(), 'a', 'an', 'half', 'no', 'number', 'several', 'minus',
]);

// Signs that may open a number in the all-quantities scan (`-1.3%`, `+0.2%`, `.5 per cent`).
const SIGNS: ReadonlySet<string> = new Set(['-', '+', '−', '.', '–']);

/** Cheap first test: can a mention start at this token? */
function mayStartMention(token: Token, all: boolean): boolean {
  if (token.kind === 'num') return true;
  if (token.kind === 'sym') return CURRENCY_SYMBOLS.has(token.text) || token.text === '#' || token.text === '№' || (all && SIGNS.has(token.text));
  return TRIGGER_WORDS.has(token.low) || currencyCode(token) !== null || (all && GLUED_SIGN_WORDS.has(token.text));
}

/**
 * Parses one number as written to its value: `160,000`, `1.5 million`, `$120m` (120e6), `160k`,
 * `twenty-five`, `a dozen`, `5%` (5). Null when the text is not exactly one number.
 */
export function parseNumber(text: string): number | null {
  const tokens = tokenize(text);
  const scan: Scan = { sentence: text, tokens, firstWord: 0, floor: 0, all: false };
  const amount = readAmount(scan, 0);
  if (amount === null || 'skipTo' in amount || amount.end !== tokens.length) return null;
  return roundQuantity(amount.raw * amount.scale);
}
