// Numbers as written in prose: digit strings with separators, number words ("twenty-five",
// "three hundred", "a dozen", "half a million"), ordinals ("third", "21st") and fractions
// ("two-thirds"). Readers take the sentence's tokens and a start index and return the value
// with the index just past the words they used, or null.
import { SCALES, SPELLED_SCALES as VOCABULARY_SPELLED_SCALES } from '../../../vocabulary/scales.ts';
import type { Token } from './quantity-tokens.ts';

/** Cardinal words below twenty. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** Cardinal tens words. */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90],
]);

/** Scale words and abbreviations that multiply what precedes them (`1.5 million`, `4 bn`), lowercase. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(
  SCALES.filter((scale) => scale.use !== 'glued' && !scale.cased).map((scale) => [scale.name, scale.factor]),
);

/** Scale words as spelled out in full, the only ones a spelled number may use (`two million`, `three lakh`). */
export const SPELLED_SCALES: ReadonlyMap<string, number> = VOCABULARY_SPELLED_SCALES;

/** Scale abbreviations that only count as scales glued to digits or after a currency (`$4 m`, `$5b`, `$1tn`). */
export const MONEY_SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ...SCALES.filter((scale) => scale.use === 'glued' && !scale.cased).map((scale) => [scale.name, scale.factor] as const),
  ['tn', 1e12],
]);

/** Scales written in capitals glued to digits (`8M`, `2MM`, `3B`); lowercase they are units (`8m`, `2mm`). */
export const CASED_SCALES: ReadonlyMap<string, number> = new Map(
  SCALES.filter((scale) => scale.cased).map((scale) => [scale.name, scale.factor]),
);

/** Ordinal words (`third` -> 3); compound ordinals (`twenty-first`) are read by `readOrdinal`. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
]);

/** Fraction denominators as words (`thirds` -> 3), singular and plural. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4],
  ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7],
  ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** A number read from tokens: its value and the index just past its last token. */
export interface NumberRead {
  value: number;
  end: number;
}

/** Rounds away binary noise (`2.3 * 1e9`) while keeping every digit a person would write. */
export function roundQuantity(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

/**
 * Parses one digit string: `160,000` -> 160000, `1.5` -> 1.5, `2,5` -> 2.5 (decimal comma),
 * `160 000` with a no-break or thin space -> 160000;
 * null for anything else (`24.09.2021`, `1,23,456`, leading zeros such as `04`).
 */
export function parseDigits(text: string): number | null {
  if (text.length > 20) return null; // beyond any real figure, and beyond float precision
  if (/^\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?:[.,]\d+)?$/.test(text)) {
    return Number(text.replace(/[\u00A0\u202F\u2009]/g, '').replace(',', '.'));
  }
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replaceAll(',', ''));
  if (/^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text) || /^0\.\d+$/.test(text)) return Number(text);
  if (/^[1-9]\d*,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** True for a digit token glued to an ordinal suffix: `21` + `st`. */
export function isDigitOrdinal(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return tokens[at]?.kind === 'num' && next !== undefined && next.glued && ORDINAL_SUFFIXES.has(next.low);
}

/**
 * Reads a spelled-out cardinal starting at `at`: `twenty-five`, `three hundred and twelve`,
 * `two million`, `a thousand`, `a dozen`, `two dozen`, `half a million`, `one and a half million`.
 */
export function readSpelledNumber(tokens: readonly Token[], at: number): NumberRead | null {
  const first = tokens[at];
  if (first === undefined || first.kind !== 'word') return null;
  const afterArticle = tokens[at + 1]?.low;
  // "a quarter billion", "a third million": a fraction of a scale
  const fraction = FRACTION_WORDS.get(afterArticle ?? '');
  const fractionScale = SPELLED_SCALES.get(tokens[at + 2]?.low ?? '');
  if ((first.low === 'a' || first.low === 'one') && fraction !== undefined && fractionScale !== undefined && !afterArticle?.endsWith('s')) {
    return { value: roundQuantity(fractionScale / fraction), end: at + 3 };
  }
  // "half a million", "half a dozen"
  if (first.low === 'half' && tokens[at + 1]?.low === 'a') {
    const scaleWord = tokens[at + 2]?.low ?? '';
    const scale = scaleWord === 'dozen' ? 12 : scaleWord === 'hundred' ? 100 : SPELLED_SCALES.get(scaleWord);
    return scale === undefined ? null : { value: scale / 2, end: at + 3 };
  }
  let total = 0;
  let current = 0;
  let j = at;
  let last: 'start' | 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen' = 'start';
  if ((first.low === 'a' || first.low === 'an') && afterArticle !== undefined) {
    const isScale = afterArticle === 'hundred' || afterArticle === 'dozen' || SPELLED_SCALES.has(afterArticle);
    if (!isScale) return null;
    current = 1;
    last = 'unit';
    j = at + 1;
  }
  for (;;) {
    const token = tokens[j];
    if (token === undefined || token.kind !== 'word') break;
    const word = token.low;
    const unit = UNIT_WORDS.get(word);
    const tens = TENS_WORDS.get(word);
    const scale = SPELLED_SCALES.get(word);
    if (unit !== undefined && (last === 'start' || last === 'tens' || last === 'hundred' || last === 'scale')) {
      if (last === 'tens' && current % 10 !== 0) break;
      current += unit;
      last = 'unit';
    } else if (tens !== undefined && (last === 'start' || last === 'hundred' || last === 'scale')) {
      current += tens;
      last = 'tens';
    } else if (word === 'hundred' && (last === 'unit' || last === 'tens') && current < 100 && current > 0) {
      current *= 100;
      last = 'hundred';
    } else if (word === 'dozen' && (last === 'unit' || last === 'tens') && current > 0 && current < 100) {
      current *= 12;
      last = 'dozen';
    } else if (scale !== undefined && (last === 'unit' || last === 'tens' || last === 'hundred') && current > 0) {
      total += current * scale;
      current = 0;
      last = 'scale';
    } else if (word === 'and' && (last === 'hundred' || last === 'scale') && isCardinalWord(tokens[j + 1]?.low)) {
      // "three hundred and twelve": the "and" is part of the number
    } else if (word === 'and' && (last === 'unit' || last === 'tens') && isAndAHalf(tokens, j)) {
      // "one and a half million"
      current += 0.5;
      j += 3;
      continue;
    } else {
      break;
    }
    j += 1;
    // "twenty-five": a glued hyphen joins tens and units
    const hyphen = tokens[j];
    const afterHyphen = tokens[j + 1];
    if (last === 'tens' && hyphen?.text === '-' && hyphen.glued && afterHyphen?.glued && UNIT_WORDS.has(afterHyphen.low)) {
      j += 1;
    }
  }
  if (last === 'start' || j === at) return null;
  return { value: roundQuantity(total + current), end: j };
}

function isCardinalWord(word: string | undefined): boolean {
  return word !== undefined && (UNIT_WORDS.has(word) || TENS_WORDS.has(word));
}

function isAndAHalf(tokens: readonly Token[], at: number): boolean {
  return tokens[at + 1]?.low === 'a' && tokens[at + 2]?.low === 'half';
}

/**
 * Reads an ordinal at `at`: `third`, `twenty-first`, `21st`, `3rd`. Returns its value and the
 * index past it; null when there is none.
 */
export function readOrdinal(tokens: readonly Token[], at: number): NumberRead | null {
  const token = tokens[at];
  if (token === undefined) return null;
  if (token.kind === 'num') {
    if (!isDigitOrdinal(tokens, at) || !/^[1-9]\d*$/.test(token.text)) return null;
    return { value: Number(token.text), end: at + 2 };
  }
  if (token.kind !== 'word') return null;
  const simple = ORDINAL_WORDS.get(token.low);
  if (simple !== undefined) return { value: simple, end: at + 1 };
  const tens = TENS_WORDS.get(token.low);
  const hyphen = tokens[at + 1];
  const unit = tokens[at + 2];
  if (tens !== undefined && hyphen?.text === '-' && hyphen.glued && unit?.glued) {
    const unitValue = ORDINAL_WORDS.get(unit.low);
    if (unitValue !== undefined && unitValue < 10) return { value: tens + unitValue, end: at + 3 };
  }
  return null;
}

/** Reads a small cardinal for shares and ratios (`one`, `five`, `4`): value and index past it. */
export function readSmallCardinal(tokens: readonly Token[], at: number): NumberRead | null {
  const token = tokens[at];
  if (token === undefined) return null;
  if (token.kind === 'num') {
    const value = parseDigits(token.text);
    return value === null || !Number.isInteger(value) ? null : { value, end: at + 1 };
  }
  const spelled = readSpelledNumber(tokens, at);
  return spelled === null || tokens[at]?.low === 'a' ? null : spelled;
}
