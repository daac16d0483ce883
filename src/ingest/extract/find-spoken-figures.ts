// The speech rule of claim selection. A figure written in digits inside attributed speech (a
// quotation, or reported speech with a speaker cue) is a claim its speaker made, even when the
// claim rule would pass over it: a duration (`served 20 years`), an age (`I am 51`), a multiplier
// (`10 times harder`), a bare count with no counted noun (`we get to 1,237`). Outside speech the
// claim rule stays as it is. What stays out even in speech: years, dates, clock times and names
// with numbers (the quantity layer never reports them), ranks and ordinals, abbreviated years
// (`in ’08`), heights (`6’2”`), list markers (`1)`), numbers that name a thing rather than count
// it (`his 757`, `a 911 call`, `Chapter 9`), and spelled-out numbers (`the two articles`).
import { findAllMentions, type QuantityMention } from '../quantities/find-quantities.ts';
import { listMatches } from '../../util/list-matches.ts';

/** A figure the speech rule adds, with what it says about the figure beyond the mention. */
export interface SpokenFigure {
  mention: QuantityMention;
  /** A unit the words around the figure give when the mention has none (`year` for an age). */
  unit: string | null;
  /** A subject the words around give (`age`), used when the subject finder finds none. */
  subject: string | null;
}

/**
 * The figures of a sentence the speech rule adds: every quantity in digits that `inSpeech` places
 * in attributed speech and that no claim-layer mention (`claimed`) already covers.
 */
export function findSpokenFigures(sentence: string, claimed: readonly QuantityMention[], inSpeech: (offset: number) => boolean): SpokenFigure[] {
  // Most digits are outside speech or inside a figure the claim rule took: asking first spares
  // those sentences the second scan.
  let open = false;
  for (const digit of listMatches(DIGITS, sentence)) {
    if (claimed.some((other) => digit.index >= other.start && digit.index < other.end)) continue;
    if ((open = inSpeech(digit.index))) break;
  }
  if (!open) return [];
  const figures: SpokenFigure[] = [];
  for (const mention of findAllMentions(sentence)) {
    if (claimed.some((other) => mention.start < Math.max(other.end, other.unitEnd ?? 0) && other.start < Math.max(mention.end, mention.unitEnd ?? 0))) continue;
    const figure = readSpokenFigure(sentence, mention, inSpeech);
    if (figure) figures.push(figure);
  }
  // `in my 40s`: an age given as a decade, which the quantity layer reads as no quantity.
  for (const decade of listMatches(AGE_DECADE, sentence)) {
    const start = decade.index + decade[0].length - decade[1]!.length;
    if (!inSpeech(start)) continue;
    const low = Number(decade[1]!.slice(0, -1));
    const mention: QuantityMention = { start, end: start + decade[1]!.length, text: decade[1]!, value: null, min: low, max: low + 9, qualifier: 'range', kind: 'measure', unit: 'year', per: null, unitStart: null, unitEnd: null };
    figures.push({ mention, unit: 'year', subject: 'age' });
  }
  return figures;
}

/** The mention as a spoken figure, or null when the speech rule leaves it out (see the header). */
export function readSpokenFigure(sentence: string, mention: QuantityMention, inSpeech: (offset: number) => boolean): SpokenFigure | null {
  if (!/\d/.test(mention.text) || mention.kind === 'rank' || mention.perUnit !== undefined) return null;
  if (!inSpeech(mention.start)) return null;
  // A year with a unit borrowed from the figure before it (`5,600 MW at the end of 2023`).
  if (mention.unitStart === null && /^(?:1[89]|20)\d\d$/.test(mention.text)) return null;
  const digit = mention.start + mention.text.search(/\d/);
  const before = sentence.slice(Math.max(0, digit - 24), digit);
  const after = sentence.slice(mention.end, mention.end + 12);
  // `’08`, `'16`: a year cut short. `6’2”`: feet and inches. `1)`: a list marker.
  if (/['’‘]$/.test(before) || /^['’′”″]/.test(after)) return null;
  if (/^\)/.test(after) && /(?:^|[\s(“"])$/.test(before)) return null;
  if (mention.unit === null) {
    const age = AGE_BEFORE.test(before) && AGE_AFTER.test(after) && mention.value !== null && mention.value <= 120;
    if (age) return { mention, unit: 'year', subject: 'age' };
    // A number that names a thing: `his 757`, `my 401(k)`, `a 911 call`, `Chapter 9`, `Perceptions 301`.
    if (NAMING_BEFORE.test(before)) return null;
  }
  return { mention, unit: null, subject: null };
}

/** An age as a decade after a possessive: `in my 40s`, `in her early 30s`. */
const DIGITS = /\d+/g;
const AGE_DECADE = /\b(?:my|his|her|their|our|your)\s+(?:early\s+|mid-|late\s+)?([1-9]0s)\b/g;

/** Words before a bare number that make it an age: `then 35`, `I am 51`, `you’re 45`, `aged 60`. */
const AGE_BEFORE = /(?:\b(?:then|aged|age)|\b(?:I|you|he|she|we|they)(?:['’](?:m|re|s)|\s+(?:am|are|is|was|were)))\s+$/i;
/** What follows an age: the clause goes on or ends (`I am 51, and …`), never a counted noun. */
const AGE_AFTER = /^\s*(?:$|[,.;:!?)"”’]|and\b|when\b|or\b)/;
/** A possessive or `a` before a bare number, or a capitalised word that is not a sentence opener. */
const NAMING_BEFORE = /(?:\b(?:his|her|my|our|their|its|your|a|an)\s+|[\p{Ll}\d,;:]\s+\p{Lu}[\p{L}.]*\s+)$/u;
