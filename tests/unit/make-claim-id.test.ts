import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintAnyText, makeClaimId } from '../../src/ingest/extract/make-claim-id.ts';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** The id's hash as the contract defines it: SHA-256 of article, sentence, figure and occurrence. */
function expectedHash(articleId: string, sentence: string, figure: string, occurrence: number): string {
  const digest = createHash('sha256')
    .update(`${articleId}\u0000${fingerprint(sentence)}\u0000${fingerprint(figure)}\u0000${occurrence}`)
    .digest();
  return [...digest.subarray(0, 7)].map((byte) => BASE32[byte % 32]).join('');
}

const longSentence = `The ministry said ${Array.from({ length: 400 }, (_, i) => `${i + 1} schools`).join(', ')} opened.`;

describe('makeClaimId', () => {
  it.each([
    ['a short sentence', 'a-1', 'There are 340 schools here.', '340', 'schools', 0],
    ['the same figure written twice', 'a-1', 'There are 340 schools here and 340 there.', '340', 'schools', 1],
    ['a sentence long enough to keep its hash state', 'a-2', longSentence, '17', 'schools', 0],
    ['another figure of that long sentence', 'a-2', longSentence, '18', 'schools', 0],
    ['the long sentence in another article', 'a-3', longSentence, '18', 'schools', 0],
  ])('hashes %s over the article, sentence, figure and occurrence', (_, articleId, sentence, figure, unit, occurrence) => {
    const id = makeClaimId(articleId, sentence, figure, unit, occurrence);
    expect(id.slice(id.lastIndexOf('-') + 1)).toBe(expectedHash(articleId, sentence, figure, occurrence));
  });

  it('keeps the id when only case, spacing or punctuation of the sentence change', () => {
    expect(makeClaimId('a-1', 'There are 340 schools, here.', '340', 'schools')).toBe(makeClaimId('a-1', 'there are  340 schools here', '340', 'schools'));
  });
});

describe('fingerprint', () => {
  it('reads ASCII and General Punctuation the way the rule for any text does, character by character', () => {
    for (let code = 0; code <= 0x206f; code = code === 0x7f ? 0x2000 : code + 1) {
      const text = `Ab${String.fromCharCode(code)}9z`;
      expect(fingerprint(text), `U+${code.toString(16)}`).toBe(fingerprintAnyText(text));
    }
  });

  it.each([
    ['curly quotes and a dash', '“Renewables supplied 20.6% of it,” she said — a record.'],
    ['accented letters', 'São Paulo’s 12 Bürgerämter'],
    ['letters NFKC folds', 'The ﬁrst ２０ ﬂights'],
    ['other scripts', 'Число 42 и 七'],
  ])('gives the rule’s answer for %s', (_, text) => {
    expect(fingerprint(text)).toBe(fingerprintAnyText(text));
  });
});
