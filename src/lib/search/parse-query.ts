// Reads what the reader typed into words and figures. Figures become number keys (their value)
// plus the digits as written; words are folded like the index folds them.
import { findNumbers, numberKey, SCALES, SCALE_WORDS } from './find-numbers.ts';
import { STOPWORDS, tokenizeWords } from './tokenize-words.ts';

/** A word of the query. */
export interface QueryWord {
  kind: 'word';
  /** The folded term. */
  term: string;
  /** True for the word still being typed: it also matches longer words it begins. */
  prefix: boolean;
}

/** A figure of the query. */
export interface QueryNumber {
  kind: 'number';
  /** Index keys of the values it may mean (`4 b` while typing: 4 or 4 billion). */
  keys: string[];
  /** The digits as written when no scale multiplied them (`340`), else null. */
  digits: string | null;
  /** True for the figure still being typed: its digits also match longer digit strings. */
  prefix: boolean;
  /** The values it may mean, for highlighting. */
  values: number[];
}

export type QueryToken = QueryWord | QueryNumber;

/** A parsed query. */
export interface ParsedQuery {
  /** What a result must match, in query order (all of it, when any result does). */
  required: QueryToken[];
  /** Terms that raise a result's rank without being needed (`$` -> `usd`, `%` -> `percent`). */
  optional: string[];
  /** The folded words, for Fuse's ranking of the candidates (figures match by value instead). */
  words: string[];
}

/** Whether only spaces separate two offsets of the query. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return from <= to && text.slice(from, to).trim() === '';
}

/** Parses a query: `Aliyev $4bn trade` -> words aliyev, trade; figure 4000000000 (optional usd). */
export function parseQuery(raw: string): ParsedQuery {
  const typing = raw.length > 0 && !/\s$/.test(raw);
  const numbers = findNumbers(raw);
  let rest = raw;
  for (const found of numbers) {
    rest = rest.slice(0, found.start) + ' '.repeat(found.end - found.start) + rest.slice(found.end);
  }
  const words = tokenizeWords(rest);
  const optional = new Set<string>();

  type Placed = { start: number; end: number; token: QueryToken };
  const placed: Placed[] = numbers.map((found) => {
    if (found.currency) optional.add(found.currency.toLowerCase());
    if (found.percent) optional.add('percent');
    return {
      start: found.start,
      end: found.end,
      token: {
        kind: 'number',
        keys: [numberKey(found.value)],
        digits: found.scaled ? null : found.digits,
        prefix: false,
        values: [found.value],
      },
    };
  });

  // A scale word still being typed (`4 bil`) widens the figure before it instead of being a word.
  const lastWord = words.at(-1);
  if (typing && lastWord && lastWord.end === raw.length) {
    const before = placed.find((entry) => onlySpaceBetween(raw, entry.end, lastWord.start));
    const scales = [...SCALE_WORDS, ...Object.keys(SCALES)].filter((scale) => scale.startsWith(lastWord.term));
    if (before && before.token.kind === 'number' && before.token.digits !== null && scales.length > 0) {
      const base = Number(before.token.digits);
      for (const scale of new Set(scales.map((name) => SCALES[name]!))) {
        before.token.keys.push(numberKey(base * scale));
        before.token.values.push(base * scale);
      }
      before.end = lastWord.end;
      words.pop();
    }
  }

  const meaningful = words.filter((word) => !STOPWORDS.has(word.term));
  const kept = meaningful.length > 0 || placed.length > 0 ? meaningful : words;
  for (const word of kept) {
    placed.push({ start: word.start, end: word.end, token: { kind: 'word', term: word.term, prefix: false } });
  }
  placed.sort((a, b) => a.start - b.start);
  // The last word, or figure whose digits, the reader is still typing matches longer ones too.
  const last = placed.at(-1);
  if (typing && last && last.end === raw.length && (last.token.kind === 'word' || /\d$/.test(raw))) last.token.prefix = true;

  return {
    required: placed.map((entry) => entry.token),
    optional: [...optional],
    words: kept.map((word) => word.term),
  };
}
