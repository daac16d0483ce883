// Vague amounts: "tens of thousands", "hundreds", "several hundred", "a few thousand", "dozens",
// "a handful of", with the interval each allows and the noun or currency after "of".
import { type Match, NO_UNIT, type Scan, makeMention, setUnitWords } from '../scan/quantity-scan.ts';
import type { Token } from '../tokens/quantity-tokens.ts';
import {
  HANDFUL,
  VAGUE_COUNTED_SCALES,
  VAGUE_COUNTS,
  VAGUE_OF_FACTORS,
  VAGUE_OF_SCALES,
  ORDERS_OF_MAGNITUDE,
  VAGUE_PLURALS,
  type VagueAmount,
} from '../tables/qualifiers.ts';
import { readCountNoun, readCurrencyWords, readTail } from '../readers/read-unit.ts';
import { matchMeasure } from '../tables/units.ts';

/** Matches a vague amount starting at token `at`. */
export function matchVague(scan: Scan, at: number): Match | null {
  const { tokens } = scan;
  const token = tokens[at];
  if (token === undefined || token.kind !== 'word') return null;
  const vague = readVague(tokens, at, scan.all);
  if (vague === null) return null;
  const { amount, end } = vague;
  const afterOf = tokens[end]?.low === 'of' ? end + 1 : end;
  let unit = readCurrencyWords(tokens, afterOf, scan.all);
  if (unit === null) {
    const measure = matchMeasure(tokens, afterOf, scan.all);
    // "a handful of days": a duration is a quantity, never a claim.
    if (measure !== null && measure.data.dimension === 'duration' && !scan.all) return { mentions: [], next: measure.end };
    if (measure !== null) {
      unit = { ...NO_UNIT, kind: 'measure', unit: measure.data.unit, from: afterOf, to: measure.end, per: measure.data.per };
    }
  }
  unit ??= readCountNoun(tokens, afterOf, false);
  if (unit.excluded) return { mentions: [], next: end };
  const tail = readTail(tokens, unit.to ?? end, false);
  const per = unit.per ?? tail.per;
  const mention = makeMention(scan, at, end, {
    value: null, min: amount.min, max: amount.max, qualifier: 'vague', kind: per !== null ? 'rate' : unit.kind,
    unit: unit.unit, per,
  });
  setUnitWords(scan, mention, unit);
  return { mentions: [mention], next: Math.max(end, unit.to ?? 0, tail.end) };
}

/**
 * Reads a vague amount. A claim keeps the reading that names the next amount as its limit
 * (`millions` up to a billion); the all-quantities scan gives the order of magnitude, as
 * NewsQuant does (`millions` is 1,000,000 to 10,000,000, `tens of thousands` 10,000 to 100,000).
 */
function readVague(tokens: readonly Token[], at: number, all: boolean): { amount: VagueAmount; end: number } | null {
  const word = tokens[at]?.low ?? '';
  const factors = VAGUE_OF_FACTORS.get(word);
  const ofScale = tokens[at + 1]?.low === 'of' ? VAGUE_OF_SCALES.get(tokens[at + 2]?.low ?? '') : undefined;
  if (factors !== undefined && ofScale !== undefined) {
    return { amount: { min: factors[0] * ofScale, max: factors[1] * ofScale - (all ? 0 : 1) }, end: at + 3 };
  }
  const plural = VAGUE_PLURALS.get(word);
  if (plural !== undefined) {
    if (word === 'tens' && tokens[at + 1]?.low !== 'of') return null;
    const magnitude = all ? ORDERS_OF_MAGNITUDE.get(word) : undefined;
    return { amount: magnitude ?? plural, end: at + 1 };
  }
  const countWord = word === 'a' && tokens[at + 1]?.low === 'few' ? 'a few' : word;
  const counts = VAGUE_COUNTS.get(countWord);
  if (counts !== undefined) {
    const scaleAt = countWord === 'a few' ? at + 2 : at + 1;
    const scale = VAGUE_COUNTED_SCALES.get(tokens[scaleAt]?.low ?? '');
    return scale === undefined ? null : { amount: counts(scale), end: scaleAt + 1 };
  }
  if (word === 'a' && tokens[at + 1]?.low === 'handful' && tokens[at + 2]?.low === 'of') {
    return { amount: HANDFUL, end: at + 2 };
  }
  return null;
}
