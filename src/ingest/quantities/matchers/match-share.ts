// Shares: "two-thirds of", "half of", "a quarter of", "one in five", "three out of four", as
// percentages. Fractions of time ("the first half of the year", "half an hour") are passed over;
// "a quarter of a million" is a number.
import { FRACTION_WORDS, SPELLED_SCALES, readSmallCardinal } from '../tokens/number-words.ts';
import { FRACTION_BLOCKERS } from '../scan/quantity-context.ts';
import { type Amount, type Match, type Scan, isDash, makeMention } from '../scan/quantity-scan.ts';
import type { Token } from '../tokens/quantity-tokens.ts';
import { intervalFor } from '../tables/qualifiers.ts';
import { readLeadingQualifier } from '../readers/judge-figure.ts';
import { finishFigure } from './match-figure.ts';
import { TIME_NOUNS } from '../tables/units.ts';

/** Matches a share starting at token `at`. */
export function matchShare(scan: Scan, at: number): Match | null {
  const { tokens } = scan;
  const token = tokens[at];
  if (token === undefined || token.kind === 'sym') return null;
  const count = readSmallCardinal(tokens, at);
  if (count !== null) {
    const ratio = readRatio(tokens, count.end, count.value);
    if (ratio !== null) return shareMatch(scan, at, ratio.end, (count.value / ratio.denominator) * 100, ratio.end);
  }
  const fraction = readFraction(tokens, at, count);
  if (fraction === null) return null;
  const { numerator, denominator, end } = fraction;
  const before = tokens[at - 1];
  if (before !== undefined && FRACTION_BLOCKERS.has(before.low) && at - 1 >= scan.floor) {
    return { mentions: [], next: end };
  }
  // "half of the year", "a quarter of a century", "half an hour": time, not a share.
  let k = end;
  if (tokens[k]?.low === 'of') k += 1;
  const isArticle = ['the', 'this', 'that', 'last', 'next', 'a', 'an'].includes(tokens[k]?.low ?? '');
  const head = tokens[isArticle ? k + 1 : k]?.low ?? '';
  if (TIME_NOUNS.has(head)) return { mentions: [], next: end };
  // "a quarter of a million" is a number.
  const scale = tokens[k]?.low === 'a' ? SPELLED_SCALES.get(head) : undefined;
  if (scale !== undefined && tokens[end]?.low === 'of') {
    const amount: Amount = {
      start: at, numStart: at, end: k + 2, unitFrom: k + 2, raw: numerator / denominator, scale, hasScale: true,
      currency: null, percent: false, spelled: true, plus: false, loose: false,
    };
    return finishFigure(scan, { textStart: at, start: at, end: k + 2, unitFrom: k + 2, first: amount, second: null });
  }
  return shareMatch(scan, at, end, (numerator / denominator) * 100, end);
}

/** Reads `in five`, `in every five`, `out of four` after the count of a ratio. */
function readRatio(tokens: readonly Token[], at: number, count: number): { denominator: number; end: number } | null {
  let k = at;
  if (tokens[k]?.low === 'in') {
    k += 1;
    if (tokens[k]?.low === 'every') k += 1;
  } else if (tokens[k]?.low === 'out' && tokens[k + 1]?.low === 'of') {
    k += 2;
  } else {
    return null;
  }
  const denominator = readSmallCardinal(tokens, k);
  if (denominator === null || denominator.value <= count || denominator.value > 1000) return null;
  if (tokens[k]?.kind === 'num' && !/^\d{1,3}$/.test(tokens[k]?.text ?? '')) return null;
  if (TIME_NOUNS.has(tokens[denominator.end]?.low ?? '')) return null;
  return { denominator: denominator.value, end: denominator.end };
}

/** Reads a fraction: `two-thirds`, `two thirds of`, `a quarter of`, `half of`, `half the`. */
function readFraction(
  tokens: readonly Token[],
  at: number,
  count: { value: number; end: number } | null,
): { numerator: number; denominator: number; end: number } | null {
  const token = tokens[at];
  if (token === undefined) return null;
  let numerator: number;
  let fractionAt: number;
  let needsOf = true;
  if (token.low === 'half') {
    numerator = 1;
    fractionAt = at;
  } else if (token.low === 'a' || token.low === 'one') {
    const hyphenated = token.low === 'one' && isDash(tokens[at + 1]) && tokens[at + 1]?.glued && tokens[at + 2]?.glued;
    numerator = 1;
    fractionAt = hyphenated ? at + 2 : at + 1;
    needsOf = !hyphenated;
  } else if (count !== null) {
    const hyphenated = isDash(tokens[count.end]) && tokens[count.end]?.glued && tokens[count.end + 1]?.glued;
    numerator = count.value;
    fractionAt = hyphenated ? count.end + 1 : count.end;
    needsOf = !hyphenated;
  } else {
    return null;
  }
  const fractionWord = tokens[fractionAt]?.low ?? '';
  const denominator = FRACTION_WORDS.get(fractionWord);
  if (denominator === undefined || numerator >= denominator || numerator <= 0) return null;
  const end = fractionAt + 1;
  const next = tokens[end]?.low;
  if (token.low === 'half' && next !== 'of' && next !== 'the' && !isShareDeterminer(next)) return null;
  if (needsOf && token.low !== 'half' && next !== 'of') return null;
  return { numerator, denominator, end };
}

function isShareDeterminer(word: string | undefined): boolean {
  return word === 'its' || word === 'their' || word === 'our' || word === 'all' || word === 'his' || word === 'her';
}

function shareMatch(scan: Scan, from: number, to: number, percent: number, next: number): Match {
  // A claim gives a share in per cent, rounded (`two-thirds` is 66.67); the all-quantities scan
  // keeps the exact fraction of the group (0.6667 as the division gives it).
  const value = scan.all ? percent / 100 : Math.round(percent * 100) / 100;
  const unit = scan.all ? 'fraction' : '%';
  const leading = readLeadingQualifier(scan, from);
  const qualifier = leading?.qualifier ?? 'exact';
  const mention = makeMention(scan, leading?.inText ? leading.start : from, to, {
    value, ...intervalFor(qualifier, value), qualifier, kind: 'percent', unit, per: null,
  });
  return { mentions: [mention], next };
}
