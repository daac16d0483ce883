import { createHash, hash as hashOnce, type Hash } from 'node:crypto';
import { slugify } from '../../util/slugify.ts';

const SLUG_WORDS = 6;
const HASH_LENGTH = 7;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * Builds a claim's permalink id: a readable slug of the figure as written
 * (`more-than-340-schools`) and a short hash of the article id, the sentence and the figure.
 * Only those inputs count, compared without case, spacing or punctuation, so the id survives
 * rebuilds, new articles and extractor changes that leave the sentence and the number alone.
 * `occurrence` tells apart the same figure written twice in one sentence.
 */
export function makeClaimId(articleId: string, sentence: string, figure: string, unitWords: string, occurrence = 0): string {
  const slug = slugify(`${figure} ${unitWords}`).split('-').filter(Boolean).slice(0, SLUG_WORDS).join('-') || 'claim';
  const digest = hashClaim(articleId, sentence, `\u0000${fingerprint(figure)}\u0000${occurrence}`);
  let hash = '';
  for (let i = 0; i < HASH_LENGTH; i++) hash += BASE32[digest[i]! % 32];
  return `${slug}-${hash}`;
}

/** Letters and digits only, lowercased: what must change for an id to change. */
export function fingerprint(text: string): string {
  // Most sentences are ASCII with typographic punctuation (curly quotes, dashes): their letters
  // and digits are a-z and 0-9 once lower-cased, found without the Unicode property classes (a
  // fifth of the time). The unit test checks every character of that range against the rule below.
  if (PLAIN.test(text)) return text.toLowerCase().replace(/[^a-z\d]+/g, '');
  return fingerprintAnyText(text);
}

/** ASCII and General Punctuation (U+2000–206F): no letter or digit outside a-z, A-Z and 0-9. */
const PLAIN = /^[\u0000-\u007f\u2000-\u206f]*$/;

/** fingerprint's rule for any text: NFKC-folded, lower-cased, every letter and digit kept. */
export function fingerprintAnyText(text: string): string {
  // NFKC only when the text has something to fold (`ﬁ`, full-width digits); most text has not.
  const folded = /[^\u0000-\u024f\u2000-\u206f]/.test(text) ? text.normalize('NFKC') : text;
  return folded.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// Claims of one sentence are made one after the other: remember the sentence's fingerprint, and
// for a long one the hash state after it, copied per claim (hashing a long sentence again for each
// of its many figures cost its length times its figures). A short sentence is hashed in one call:
// creating and copying a Hash object costs more than hashing a few hundred bytes again.
const ONE_SHOT_LIMIT = 2048;
let lastArticle = '';
let lastSentence = '';
let lastKey: string | undefined;
let lastPrefix: Hash | undefined;

/** SHA-256 of the article id, the sentence's fingerprint and `suffix`, the same bytes either way. */
function hashClaim(articleId: string, sentence: string, suffix: string): Buffer {
  if (lastKey === undefined || sentence !== lastSentence || articleId !== lastArticle) {
    lastArticle = articleId;
    lastSentence = sentence;
    lastKey = `${articleId}\u0000${fingerprint(sentence)}`;
    lastPrefix = lastKey.length > ONE_SHOT_LIMIT ? createHash('sha256').update(lastKey) : undefined;
  }
  if (lastPrefix !== undefined) return lastPrefix.copy().update(suffix).digest();
  return hashOnce('sha256', lastKey + suffix, 'buffer');
}
