// Judges a figure by the words around it: the hedge before it ("more than", "surpassed the"), and
// the signs that it is no claim at all: a date, a year, a phone number, a label ("Article 5",
// "Boeing 737") or a small number that refers ("the two countries").
import type { Qualifier } from '../../../schemas/claim.ts';
import {
  CODE_WORDS,
  DETERMINERS,
  MONTHS,
  STOP_WORDS,
  YEAR_PREPOSITIONS,
} from '../scan/quantity-context.ts';
import type { Amount, Figure, Scan, UnitRead } from '../scan/quantity-scan.ts';
import { type Token, matchPhraseBefore } from '../tokens/quantity-tokens.ts';
import { INTENSIFIERS, LEADING_QUALIFIERS, TOPIC_VERBS } from '../tables/qualifiers.ts';
import { isYearNumber } from './read-amount.ts';

/** A hedge found before a figure, and the token where the quoted figure should then start. */
export interface LeadingHedge {
  qualifier: Qualifier;
  inText: boolean;
  start: number;
}

/** Finds the hedge just before token `at` ("more than", "just over", "surpassed the"). */
export function readLeadingQualifier(scan: Scan, at: number): LeadingHedge | null {
  const { tokens } = scan;
  const match = matchPhraseBefore(tokens, at, LEADING_QUALIFIERS, scan.floor);
  if (match === null) return null;
  const firstWord = tokens[match.start]?.low;
  if ((firstWord === 'about' || firstWord === 'around') && TOPIC_VERBS.has(tokens[match.start - 1]?.low ?? '')) return null;
  let start = match.start;
  if (match.data.inText) {
    const intensifier = matchPhraseBefore(tokens, start, INTENSIFIERS, scan.floor);
    if (intensifier !== null) start = intensifier.start;
  }
  return { qualifier: match.data.qualifier, inText: match.data.inText, start };
}

/** True when the words around a figure show it is a date, a year, a time or a reference. */
export function isNotAClaim(scan: Scan, figure: Figure, unit: UnitRead): boolean {
  const { tokens } = scan;
  const { first, second } = figure;
  const last = second ?? first;
  const before = figure.start - 1 >= scan.floor ? tokens[figure.start - 1] : undefined;
  if (!first.spelled && (isMonth(before) || isMonth(tokens[last.end]) || (tokens[last.end]?.low === 'of' && isMonth(tokens[last.end + 1])))) {
    return true;
  }
  // "Oct. 31", "Sept. 20-24": an abbreviated month and its full stop.
  if (scan.all && !first.spelled && before?.text === '.' && isMonth(tokens[figure.start - 2])) return true;
  if (second === null && isYearNumber(tokens, first)) {
    const countedNoun = unit.kind === 'count' && unit.unit !== null;
    const yearWord = before !== undefined && YEAR_PREPOSITIONS.has(before.low);
    if (scan.all) {
      // The all-quantities scan reads "about 1000", "an average of 1500" and "1200 ppm" as amounts,
      // and "Mar 9 2018" as a date.
      if (unit.kind !== 'count') return false;
      if (yearWord || before?.kind === 'num' || (before?.text === ',' && tokens[figure.start - 2]?.kind === 'num')) return true;
      const amount = unit.unit !== null || before?.low === 'of' || readLeadingQualifier(scan, figure.start) !== null;
      if (!amount) return true;
    } else if (!countedNoun || yearWord) {
      return true;
    }
  }
  // "12 345 67 89": digit groups in a row are a phone number or a code.
  if (!first.spelled && tokens[last.end]?.kind === 'num' && unit.from === null) return true;
  // "the two countries", "its two neighbours", "Azerbaijan's two": small spelled numbers that refer
  // (still quantities, but no claims).
  if (!scan.all && first.spelled && !first.hasScale && first.raw < 100 && before !== undefined && isDeterminer(before)) return true;
  return false;
}

function isMonth(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || !MONTHS.has(token.low)) return false;
  return token.low !== 'may' || token.text === 'May';
}

function isDeterminer(token: Token): boolean {
  return DETERMINERS.has(token.low) || /['’]s$/.test(token.low);
}

/**
 * True when the word before a number makes it a label: `Article 5`, `page 12`, `Resolution 2231`,
 * `Boeing 737` (a capitalised word that is not a function word opening the sentence).
 */
export function isLabel(scan: Scan, at: number, amount: Amount, unit?: UnitRead): boolean {
  if (amount.currency !== null || amount.spelled) return false;
  // In the all-quantities scan a unit outweighs the name before it: `Tylenol 500mg`, `sector 0.68 percent`.
  if (scan.all && unit !== undefined && unit.kind !== 'count') return false;
  const before = at - 1 >= scan.floor ? scan.tokens[at - 1] : undefined;
  if (before === undefined) return false;
  if (before.text === '.' && CODE_WORDS.has(scan.tokens[at - 2]?.low ?? '')) return true;
  if (before.kind !== 'word') return false;
  if (CODE_WORDS.has(before.low)) return true;
  // "iPhone 12" is a name too in the all-quantities scan (a capital anywhere in the word).
  const capitalised = scan.all ? before.text !== before.low : before.text[0] !== before.low[0];
  if (!capitalised || isMonth(before)) return false;
  // At the start of a sentence a capital is expected: "In 26 universities", but "Windows 11 is".
  return at - 1 !== scan.firstWord || !(STOP_WORDS.has(before.low) || SENTENCE_OPENERS.has(before.low));
}

/** Words that may open a sentence right before a count (`Exactly 300 people came`). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['exactly', 'precisely', 'fully', 'overall', 'nearly', 'another']);
