// Splits text into searchable words, keeping each word's place in the original text so the
// browser can highlight it. The index builder and the query parser use the same rules.
import { foldText } from './fold-text.ts';

/** A word of a text: its folded search term and where it sits in the original string. */
export interface WordToken {
  /** The folded term: lowercase, no diacritics, digit groups joined (`160,000` -> `160000`). */
  term: string;
  /** Offset of the first UTF-16 unit of the word in the original text. */
  start: number;
  /** Offset just past the word in the original text. */
  end: number;
}

// Order matters: grouped numbers (`160,000`) before plain numbers (`340`, `4.5`) before words
// (`Aliyev`, `160k`, `Azerbaijan's`). A comma counts as a digit-group separator only when three
// digits follow it directly, so `in 2021, 340 schools` stays two numbers.
const WORD_PATTERN =
  /\p{N}{1,3}(?:[,\u00a0\u202f]\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])|\p{N}+(?:\.\p{N}+)?(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Words too common to narrow a search. They are left out of the index and out of queries
 * (unless a query has nothing else), which keeps the shards small.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our ' +
    'she so than that the their there these they this those to was we were which who will with would you'
  ).split(' '),
);

/** Folds one word as matched by the tokenizer into its search term. */
function termOf(word: string): string {
  const folded = foldText(word);
  if (/^\p{N}/u.test(folded) && !/\p{L}/u.test(folded)) return folded.replace(/[,\u00a0\u202f]/g, '');
  return folded.replace(/['’]s$/, '').replace(/['’]/g, '');
}

/** Splits text into words with their folded terms and original offsets. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const term = termOf(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The distinct folded terms of a text, stopwords left out: what the index stores for it. */
export function indexTermsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenizeWords(text)) {
    if (!STOPWORDS.has(token.term)) terms.add(token.term);
  }
  return [...terms];
}
