// What a retired claim keeps besides its page (src/lib/retire-permalinks.ts): its share image,
// so a link shared with a preview never shows a broken one; its editors' review as ClaimReview
// data, so a published verdict stays machine-readable; and a line at build time for every
// review whose claim is gone, as the README promises.
import { buildClaimReviewJsonLd, type JsonLd } from './json-ld.ts';
import type { RetiredPage } from './retire-permalinks.ts';
import type { ShareCard } from './share-card/share-card.ts';
import type { Review } from '../schemas/review.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/** The share card of a retired claim: the figure the ledger remembers, and that it moved. */
export function describeRetiredShareCard(page: RetiredPage, siteName: string): ShareCard {
  const moved =
    page.successor.kind === 'claim' ? 'This claim has a new address on the site.' : page.successor.kind === 'article' ? 'This figure is no longer counted as a claim in its article.' : 'The article it came from has been withdrawn.';
  return { siteName, figure: page.label, subject: 'no longer published at this address', quote: moved, speaker: null, outlet: null, date: null };
}

/** The ClaimReview data of a retired claim that an editor reviewed: the verdict stays published with it. */
export function buildRetiredClaimReviewJsonLd(input: { page: RetiredPage; review: Pick<Review, 'verdict' | 'date'>; claimUrl: string; successorUrl: string | null; publisher: SiteConfig['publisher'] }): JsonLd {
  const { page, review, claimUrl, successorUrl, publisher } = input;
  return buildClaimReviewJsonLd({
    claim: { id: page.id, text: page.label, speaker: null },
    article: { title: page.label, date: null, outlet: null, url: null },
    claimUrl,
    articleUrl: successorUrl ?? claimUrl,
    review,
    publisher,
  });
}

/**
 * One line per review whose claim is in no article any more: an orphan (never published) or a
 * retired claim (published before, its page now says where it went). Empty when all is well.
 */
export function reportReviewsOfGoneClaims(reviews: { claimId: string; file: string }[], currentClaimIds: ReadonlySet<string>, retired: RetiredPage[]): string[] {
  const retiredById = new Map(retired.map((page) => [page.id, page]));
  return reviews
    .filter((review) => !currentClaimIds.has(review.claimId))
    .map((review) => {
      const page = retiredById.get(review.claimId);
      const where = `published at /claims/${review.claimId}/`;
      if (!page) return `${review.file}: reviews claim ${review.claimId}, which is in no article; ${where} as a removed claim. Rename the review to the claim's new id, or delete it.`;
      const successor = page.successor.kind === 'claim' ? ` (its successor is ${page.successor.id}; move the review there if it still applies)` : page.successor.kind === 'article' ? ` (its article is ${page.successor.id})` : '';
      return `${review.file}: reviews claim ${review.claimId}, which is in no article any more${successor}; ${where} with the review, as a moved claim.`;
    });
}
