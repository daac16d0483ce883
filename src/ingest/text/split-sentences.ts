// Sentence segmentation for news English. Intl.Segmenter breaks `M.V. Lomonosov` and `Mr. Smith`
// apart, so this is a small rule-based splitter: a break is a full stop, question or exclamation
// mark (and any closing quotes) followed by space and a capital, digit or opening quote, unless
// the word before the stop is an abbreviation or an initial.
import { listMatches } from '../../util/list-matches.ts';

/** A sentence and where it sits in its paragraph. */
export interface Sentence {
  text: string;
  /** Offset of the first character in the paragraph. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

// Titles before names (`Rev.`, `Sens.`) as well as the usual abbreviations: a break after one splits a speaker from their name.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen col lt sgt capt cmdr adm gov sen sens rep reps rev atty amb pres supt jr sr inc ltd co corp plc vs etc no nos art fig jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave rd mt ft'.split(' '),
);

const BOUNDARY = /[.!?…]+["”’»)\]]*(?=\s+["“‘«(\[]?[\p{Lu}\d])/gu;
// The character tests below run per character: a regex literal in a function is a new RegExp
// object each time it is evaluated, so they are made once.
const INITIAL = /^\p{Lu}$/u;
const WORD_CHARACTER = /[\p{L}\d.]/u;
const SPACE = /\s/;

/** Splits one paragraph into sentences, keeping every character of the paragraph. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of listMatches(BOUNDARY, paragraph)) {
    const stop = match.index;
    const word = wordBefore(paragraph, stop, start);
    if (match[0].startsWith('.') && isAbbreviation(word)) continue;
    const end = stop + match[0].length;
    pushSentence(sentences, paragraph, start, end);
    start = end;
  }
  pushSentence(sentences, paragraph, start, paragraph.length);
  return sentences;
}

/** True when a full stop after `word` belongs to the word (`Mr.`, `M.V.`, `U.S.`), not the sentence. */
function isAbbreviation(word: string): boolean {
  if (word === '') return false;
  if (INITIAL.test(word)) return true; // an initial: `M.`
  if (word.includes('.')) return true; // `M.V`, `U.S`, `e.g`
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The run of letters, digits and dots that ends at `end` (scanning back no further than `floor`). */
function wordBefore(text: string, end: number, floor: number): string {
  let i = end;
  while (i > floor && isWordCharacter(text, i - 1)) i--;
  return text.slice(i, end);
}

/** Whether the character at `index` is a letter, digit or dot: ASCII by its code, the rest by WORD_CHARACTER. */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0x80) return WORD_CHARACTER.test(text[index]!);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2e;
}

function pushSentence(sentences: Sentence[], paragraph: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(paragraph[start]!)) start++;
  while (end > start && SPACE.test(paragraph[end - 1]!)) end--;
  if (end > start) sentences.push({ text: paragraph.slice(start, end), start, end });
}
