// The README's promises for claims that are gone: a review of such a claim is reported at build
// time, and a retired claim keeps its share image and its ClaimReview data.
import { describe, expect, it } from 'vitest';
import { buildRetiredClaimReviewJsonLd, describeRetiredShareCard, reportReviewsOfGoneClaims } from '../../src/lib/retired-claim-extras.ts';
import type { RetiredPage } from '../../src/lib/retire-permalinks.ts';
import { planShareCard } from '../../src/lib/share-card/share-card.ts';

const moved: RetiredPage = { id: 'more-than-340-schools-abcdefg', label: 'more than 340', successor: { kind: 'claim', id: 'more-than-340-schools-hijklmn' } };
const withdrawn: RetiredPage = { id: 'two-weeks-opqrstu', label: 'two', successor: { kind: 'none' } };

describe('reportReviewsOfGoneClaims', () => {
  const reviews = [
    { claimId: 'current-claim-aaaaaaa', file: 'content/reviews/current-claim-aaaaaaa.md' },
    { claimId: moved.id, file: `content/reviews/${moved.id}.md` },
    { claimId: 'never-published-bbbbbbb', file: 'content/reviews/never-published-bbbbbbb.md' },
  ];
  const lines = reportReviewsOfGoneClaims(reviews, new Set(['current-claim-aaaaaaa']), [moved, withdrawn]);

  it('prints one line per review whose claim is gone, and none for a current claim', () => {
    expect(lines).toHaveLength(2);
    expect(lines.some((line) => line.includes('current-claim'))).toBe(false);
  });

  it('names the retired claim, its successor and the file', () => {
    expect(lines[0]).toBe(
      `content/reviews/${moved.id}.md: reviews claim ${moved.id}, which is in no article any more (its successor is ${moved.successor.kind === 'claim' ? moved.successor.id : ''}; move the review there if it still applies); published at /claims/${moved.id}/ with the review, as a moved claim.`,
    );
  });

  it('names an orphaned review and what to do', () => {
    expect(lines[1]).toMatch(/^content\/reviews\/never-published-bbbbbbb\.md: reviews claim never-published-bbbbbbb, which is in no article; .* Rename the review to the claim's new id, or delete it\.$/);
  });
});

describe('a retired claim', () => {
  it.each([[moved], [withdrawn]])('keeps a share card that can be drawn ($id)', (page) => {
    const card = describeRetiredShareCard(page, 'Recount');
    expect(card.figure).toBe(page.label);
    expect(planShareCard(card).figure).toBeDefined();
  });

  it('keeps its review as ClaimReview data pointing at its address', () => {
    const jsonLd = buildRetiredClaimReviewJsonLd({
      page: moved,
      review: { verdict: 'needs-context', date: '2024-09-01' },
      claimUrl: `https://example.org/claims/${moved.id}/`,
      successorUrl: 'https://example.org/claims/more-than-340-schools-hijklmn/',
      publisher: { name: 'Example News', url: 'https://example.org/' },
    });
    expect(jsonLd).toMatchObject({ '@type': 'ClaimReview', url: `https://example.org/claims/${moved.id}/`, claimReviewed: 'more than 340', datePublished: '2024-09-01' });
    expect(jsonLd['reviewRating']).toMatchObject({ '@type': 'Rating' });
  });
});
