import { createHash, type Hash } from 'node:crypto';
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
  const digest = sentencePrefix(articleId, sentence).copy().update(`\u0000${fingerprint(figure)}\u0000${occurrence}`).digest();
  let hash = '';
  for (let i = 0; i < HASH_LENGTH; i++) hash += BASE32[digest[i]! % 32];
  return `${slug}-${hash}`;
}

/** Letters and digits only, lowercased: what must change for an id to change. */
export function fingerprint(text: string): string {
  // NFKC only when the text has something to fold (`ﬁ`, full-width digits); most text has not.
  const folded = /[^\u0000-\u024f\u2000-\u206f]/.test(text) ? text.normalize('NFKC') : text;
  return folded.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// Claims of one sentence are made one after the other: remember the hash state after the
// article id and the sentence, and copy it per claim. Hashing the whole sentence again for each
// claim made a long sentence of many figures cost its length times its figures.
let lastArticle = '';
let lastSentence = '';
let lastPrefix: Hash | undefined;
function sentencePrefix(articleId: string, sentence: string): Hash {
  if (lastPrefix === undefined || sentence !== lastSentence || articleId !== lastArticle) {
    lastArticle = articleId;
    lastSentence = sentence;
    lastPrefix = createHash('sha256').update(`${articleId}\u0000${fingerprint(sentence)}`);
  }
  return lastPrefix;
}
