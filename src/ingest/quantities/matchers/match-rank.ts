// Ranks: "ranked third", "came second", "the third-largest", "took third place", "No. 1 exporter".
// A digit ordinal outside a rank ("21st century") is passed over; word ordinals ("First Deputy")
// are left alone.
import { readOrdinal } from '../tokens/number-words.ts';
import {
  CODE_WORDS,
  PLACE_RANK_VERBS,
  PLACE_WORDS,
  RANK_DIGIT_VERBS,
  RANK_FILLERS,
  RANK_VERBS,
  STOP_WORDS,
  SUPERLATIVES,
} from '../scan/quantity-context.ts';
import { type Match, NO_UNIT, type Scan, isDash, makeMention, setUnitWords } from '../scan/quantity-scan.ts';
import type { Token } from '../tokens/quantity-tokens.ts';
import { skipNumberChain } from '../readers/read-amount.ts';

/** Matches a rank starting at token `at`. */
export function matchRank(scan: Scan, at: number): Match | null {
  const { tokens } = scan;
  const token = tokens[at];
  if (token === undefined) return null;
  if (token.kind === 'word' && RANK_VERBS.has(token.low)) {
    let k = at + 1;
    for (let fillers = 0; fillers < 2 && RANK_FILLERS.has(tokens[k]?.low ?? ''); fillers += 1) k += 1;
    const rank = readRankFigure(scan, k, RANK_DIGIT_VERBS.has(token.low));
    if (rank === null) return null;
    const words = placeWords(tokens, rank.end);
    // "came second in", "finished third." but not "took the first step" or "came first aid"
    const next = tokens[rank.end];
    const closes = next === undefined || next.kind === 'sym' || STOP_WORDS.has(next.low);
    if (words === null && (PLACE_RANK_VERBS.has(token.low) || (!RANK_DIGIT_VERBS.has(token.low) && !closes))) return null;
    return rankMatch(scan, k, rank.end, rank.value, words);
  }
  const ordinal = readOrdinal(tokens, at);
  if (ordinal !== null) {
    const words = placeWords(tokens, ordinal.end);
    const idiom = tokens[at]?.low === 'first' && tokens[at - 1]?.low === 'the' && tokens[at - 2]?.low === 'in';
    if (words !== null && !idiom) return rankMatch(scan, at, ordinal.end, ordinal.value, words);
    // A digit ordinal outside a rank ("21st century") is a name, not a count.
    return token.kind === 'num' ? { mentions: [], next: ordinal.end } : null;
  }
  const label = readRankLabel(scan, at);
  if (label === null) return null;
  if (label.value === null) return { mentions: [], next: label.end };
  return rankMatch(scan, at, label.end, label.value, placeWords(tokens, label.end));
}

/** Reads the rank after a rank verb: an ordinal, `No. 1`, `number one`, or (after `rank`) digits. */
function readRankFigure(scan: Scan, at: number, digitsAllowed: boolean): { value: number; end: number } | null {
  const { tokens } = scan;
  const ordinal = readOrdinal(tokens, at);
  if (ordinal !== null) return ordinal;
  const label = readRankLabel(scan, at);
  if (label !== null) return label.value === null ? null : { value: label.value, end: label.end };
  const token = tokens[at];
  if (digitsAllowed && token?.kind === 'num' && /^[1-9]\d{0,2}$/.test(token.text)) {
    const next = tokens[at + 1];
    if (next === undefined || next.kind !== 'sym' || next.text === ',' || next.text === '.') return { value: Number(token.text), end: at + 1 };
  }
  return null;
}

/** Reads `No. 1`, `#1`, `number one`; a null value marks a label to skip (`Decree No. 5`). */
function readRankLabel(scan: Scan, at: number): { value: number | null; end: number } | null {
  const { tokens } = scan;
  const token = tokens[at];
  if (token === undefined) return null;
  let numberAt = -1;
  if ((token.low === 'no' || token.text === '№') && tokens[at + 1]?.text === '.' && tokens[at + 2]?.kind === 'num') numberAt = at + 2;
  else if (token.text === '№' && tokens[at + 1]?.kind === 'num') numberAt = at + 1;
  else if (token.text === '#' && tokens[at + 1]?.kind === 'num' && tokens[at + 1]?.glued) numberAt = at + 1;
  else if (token.low === 'number' && tokens[at + 1]?.low === 'one') return { value: 1, end: at + 2 };
  if (numberAt < 0) return null;
  const numberText = tokens[numberAt]?.text ?? '';
  const before = tokens[at - 1];
  const labelled = before !== undefined && before.kind === 'word' && (CODE_WORDS.has(before.low) || (before.text[0] !== before.low[0] && at - 1 !== scan.firstWord));
  if (labelled || !/^[1-9]\d{0,2}$/.test(numberText)) return { value: null, end: skipNumberChain(tokens, numberAt) };
  return { value: Number(numberText), end: numberAt + 1 };
}

/** The superlative or place words after a rank (`-largest`, ` biggest`, ` place`), as a token range. */
function placeWords(tokens: readonly Token[], at: number): [number, number] | null {
  const next = tokens[at];
  if (next === undefined) return null;
  if (isDash(next) && next.glued) {
    const word = tokens[at + 1];
    return word?.glued && SUPERLATIVES.has(word.low) ? [at + 1, at + 2] : null;
  }
  return SUPERLATIVES.has(next.low) || PLACE_WORDS.has(next.low) ? [at, at + 1] : null;
}

function rankMatch(scan: Scan, from: number, to: number, value: number, words: [number, number] | null): Match {
  const mention = makeMention(scan, from, to, {
    value, min: value, max: value, qualifier: 'exact', kind: 'rank', unit: 'rank', per: null,
  });
  if (words !== null) setUnitWords(scan, mention, { ...NO_UNIT, from: words[0], to: words[1] });
  return { mentions: [mention], next: Math.max(to, words?.[1] ?? 0) };
}
