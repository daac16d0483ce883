import { describe, expect, it } from 'vitest';
import {
  buildClaimJsonLd,
  buildClaimReviewJsonLd,
  serializeJsonLd,
  type ClaimJsonLdInput,
} from '../../src/lib/json-ld.ts';
import type { Verdict } from '../../src/schemas/review.ts';

const input: ClaimJsonLdInput = {
  claim: { id: 'more-than-340-schools-a1b2c3', text: 'There are more than 340 schools.', speaker: 'Ilham Aliyev' },
  article: { title: 'Interview', date: '2021-09-24T15:11:00+04:00', outlet: 'APA', url: null },
  claimUrl: 'https://example.org/sub/claims/more-than-340-schools-a1b2c3/',
  articleUrl: 'https://example.org/sub/articles/000-abc/',
};
const publisher = { name: 'Recount Desk', url: 'https://example.org/' };

describe('buildClaimJsonLd', () => {
  it('describes who said the claim, when, and where it appeared', () => {
    expect(buildClaimJsonLd(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      '@id': 'https://example.org/sub/claims/more-than-340-schools-a1b2c3/#claim',
      url: 'https://example.org/sub/claims/more-than-340-schools-a1b2c3/',
      text: 'There are more than 340 schools.',
      author: { '@type': 'Person', name: 'Ilham Aliyev' },
      datePublished: '2021-09-24T15:11:00+04:00',
      appearance: {
        '@type': 'CreativeWork',
        url: 'https://example.org/sub/articles/000-abc/',
        headline: 'Interview',
        datePublished: '2021-09-24T15:11:00+04:00',
        publisher: { '@type': 'Organization', name: 'APA' },
      },
    });
  });

  it.each([
    ['leaves out the author when the speaker is unknown', { claim: { ...input.claim, speaker: null } }, 'author'],
    ['leaves out the date when the article has none', { article: { ...input.article, date: null } }, 'datePublished'],
  ])('%s', (_name, override, missing) => {
    expect(buildClaimJsonLd({ ...input, ...override })).not.toHaveProperty(missing);
  });

  it('points the appearance at the original article when its address is known', () => {
    const node = buildClaimJsonLd({ ...input, article: { ...input.article, url: 'https://apa.az/x' } });
    expect(node.appearance).toMatchObject({ url: 'https://apa.az/x' });
  });
});

describe('buildClaimReviewJsonLd', () => {
  it('carries every property Google requires and recommends for a fact check', () => {
    const node = buildClaimReviewJsonLd({ ...input, publisher, review: { verdict: 'mostly-accurate', date: '2024-09-01' } });
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: input.claimUrl,
      claimReviewed: input.claim.text,
      datePublished: '2024-09-01',
      author: { '@type': 'Organization', name: 'Recount Desk', url: 'https://example.org/' },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly accurate' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ilham Aliyev' } },
    });
  });

  it.each([
    ['accurate', 5],
    ['needs-context', 3],
    ['inaccurate', 1],
  ] as Array<[Verdict, number]>)('rates %s as %d on the 1-5 scale', (verdict, rating) => {
    const node = buildClaimReviewJsonLd({ ...input, publisher, review: { verdict, date: '2024-09-01' } });
    expect(node.reviewRating).toMatchObject({ ratingValue: rating });
  });

  it('gives an unverifiable claim a named rating with no number on the scale', () => {
    const node = buildClaimReviewJsonLd({ ...input, publisher, review: { verdict: 'unverifiable', date: '2024-09-01' } });
    expect(node.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable', name: 'Unverifiable' });
  });
});

describe('serializeJsonLd', () => {
  it.each([
    ['a closing script tag', '</script><script>alert(1)</script>'],
    ['an HTML comment opener', '<!-- x'],
    ['an ampersand entity', '&lt;b&gt;'],
  ])('cannot let %s end or bend the script element', (_name, text) => {
    const json = serializeJsonLd({ text });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ text });
  });

  it('escapes line and paragraph separators', () => {
    expect(serializeJsonLd({ text: 'a\u2028b\u2029c' })).toBe('{"text":"a\\u2028b\\u2029c"}');
  });
});
