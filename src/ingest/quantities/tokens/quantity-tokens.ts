// Tokens and phrase tables for the quantity parser. A sentence becomes a flat list of number,
// word and symbol tokens with their offsets; multi-word tables ("more than", "per cent", "km/h")
// are compiled once into maps keyed by their first and last token, so matching is a lookup.

/** What a token is: a digit run (`160,000`, `1.5`), a word (`schools`, `world’s`) or one symbol. */
export type TokenKind = 'num' | 'word' | 'sym';

/** One token of a sentence, with its [start, end) offsets. */
export interface Token {
  kind: TokenKind;
  /** As written. */
  text: string;
  /** Lowercased, for table lookups. */
  low: string;
  start: number;
  end: number;
  /** True when no whitespace separates this token from the previous one (`US$`, `160k`, `F-16`). */
  glued: boolean;
}

/**
 * Splits a sentence into number, word and symbol tokens with offsets and glue flags. Digits with
 * inner separators stay one token (`160,000`, `1.5`, `24.09.2021`, and `160 000` with a no-break or
 * thin space); words may carry an apostrophe (`world’s`, `o'clock`); anything else that is not
 * whitespace is a one-character symbol. Hand-written rather than a regex: it runs on every sentence.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const length = sentence.length;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    const code = sentence.charCodeAt(i);
    if (isSpace(code)) {
      i += 1;
      continue;
    }
    let j: number;
    let kind: TokenKind;
    if (isDigit(code)) {
      kind = 'num';
      j = readDigitRun(sentence, i);
    } else if (letterWidth(sentence, i) > 0) {
      kind = 'word';
      j = readWord(sentence, i);
    } else {
      kind = 'sym';
      j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1);
    }
    const text = sentence.slice(i, j);
    tokens.push({ kind, text, low: kind === 'num' ? text : text.toLowerCase(), start: i, end: j, glued: i === previousEnd });
    previousEnd = j;
    i = j;
  }
  return tokens;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** True for the characters JavaScript's `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const LETTER = /^[\p{L}\p{M}]/u;

/** UTF-16 length of the letter (or combining mark) at `at`, 0 when there is none. */
function letterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
  if (!(code >= 0xaa)) return 0; // also false for NaN past the end
  const point = text.codePointAt(at) ?? 0;
  return LETTER.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

function readDigitRun(text: string, at: number): number {
  let j = at;
  while (isDigit(text.charCodeAt(j))) j += 1;
  for (;;) {
    const separator = text.charCodeAt(j);
    if ((separator === 44 || separator === 46) && isDigit(text.charCodeAt(j + 1))) {
      j += 1;
      while (isDigit(text.charCodeAt(j))) j += 1;
    } else if (
      (separator === 0xa0 || separator === 0x202f || separator === 0x2009) &&
      isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) &&
      !isDigit(text.charCodeAt(j + 4))
    ) {
      j += 4;
    } else {
      return j;
    }
  }
}

function readWord(text: string, at: number): number {
  let j = at;
  for (;;) {
    const width = letterWidth(text, j);
    if (width > 0) {
      j += width;
      continue;
    }
    const code = text.charCodeAt(j);
    if ((code === 39 || code === 0x2019) && letterWidth(text, j + 1) > 0) {
      j += 1;
      continue;
    }
    return j;
  }
}

/** A multi-token phrase from a table, with the value it stands for. */
export interface Phrase<T> {
  words: readonly string[];
  data: T;
}

/** A phrase table compiled for forward and backward lookups, longest phrase first. */
export interface PhraseIndex<T> {
  byFirst: ReadonlyMap<string, readonly Phrase<T>[]>;
  byLast: ReadonlyMap<string, readonly Phrase<T>[]>;
}

/** Compiles `[phrase, value]` pairs (phrases written as in prose: "more than", "km/h") for lookup. */
export function indexPhrases<T>(entries: ReadonlyArray<readonly [string, T]>): PhraseIndex<T> {
  const byFirst = new Map<string, Phrase<T>[]>();
  const byLast = new Map<string, Phrase<T>[]>();
  for (const [text, data] of entries) {
    const words = tokenize(text).map((token) => token.low);
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) throw new Error(`empty phrase in a quantity table: "${text}"`);
    const phrase = { words, data };
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
    byLast.set(last, [...(byLast.get(last) ?? []), phrase]);
  }
  const longestFirst = (a: Phrase<T>, b: Phrase<T>) => b.words.length - a.words.length;
  for (const list of byFirst.values()) list.sort(longestFirst);
  for (const list of byLast.values()) list.sort(longestFirst);
  return { byFirst, byLast };
}

/** A phrase found in the tokens: tokens [start, end) and its table value. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  data: T;
}

/** Finds the longest table phrase that starts at token `at`. */
export function matchPhraseAt<T>(tokens: readonly Token[], at: number, index: PhraseIndex<T>): PhraseMatch<T> | null {
  const first = tokens[at];
  if (first === undefined) return null;
  const candidates = index.byFirst.get(first.low);
  if (candidates === undefined) return null;
  for (const phrase of candidates) {
    if (phrase.words.every((word, k) => tokens[at + k]?.low === word)) {
      return { start: at, end: at + phrase.words.length, data: phrase.data };
    }
  }
  return null;
}

/** Finds the longest table phrase that ends just before token `end` and starts at or after `floor`. */
export function matchPhraseBefore<T>(
  tokens: readonly Token[],
  end: number,
  index: PhraseIndex<T>,
  floor: number,
): PhraseMatch<T> | null {
  const last = tokens[end - 1];
  if (last === undefined) return null;
  const candidates = index.byLast.get(last.low);
  if (candidates === undefined) return null;
  for (const phrase of candidates) {
    const start = end - phrase.words.length;
    if (start < floor) continue;
    if (phrase.words.every((word, k) => tokens[start + k]?.low === word)) return { start, end, data: phrase.data };
  }
  return null;
}
