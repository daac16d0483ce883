// schema.org structured data for claim pages: a `Claim` on every claim page, and a complete
// `ClaimReview` (Google's fact-check markup) once an editor has reviewed it.
// Every string here may come from an article, so the serialiser makes `</script>` impossible.
import type { Article } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import { VERDICTS, type Review } from '../schemas/review.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/** A JSON-LD node: plain JSON values only. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonLd;

/** What a `Claim` node is built from. */
export interface ClaimJsonLdInput {
  claim: Pick<Claim, 'id' | 'text' | 'speaker'>;
  article: Pick<Article, 'title' | 'date' | 'outlet' | 'url'>;
  /** Absolute URL of the claim's permalink page. */
  claimUrl: string;
  /** Absolute URL of the article's page on this site (the appearance when the original has no address). */
  articleUrl: string;
}

/** What a `ClaimReview` node is built from, on top of the claim's own input. */
export interface ClaimReviewJsonLdInput extends ClaimJsonLdInput {
  review: Pick<Review, 'verdict' | 'date'>;
  publisher: SiteConfig['publisher'];
}

/** Drops null and undefined members, so absent facts are left out rather than published as null. */
function compact(node: Record<string, JsonValue | undefined>): JsonLd {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== null && value !== undefined)) as JsonLd;
}

/** The schema.org `Claim` node for a claim: who said it, when, and where it appeared. */
function buildClaimNode({ claim, article, claimUrl, articleUrl }: ClaimJsonLdInput): JsonLd {
  return compact({
    '@type': 'Claim',
    '@id': `${claimUrl}#claim`,
    url: claimUrl,
    text: claim.text,
    author: claim.speaker === null ? null : { '@type': 'Person', name: claim.speaker },
    datePublished: article.date,
    appearance: compact({
      '@type': 'CreativeWork',
      url: article.url ?? articleUrl,
      headline: article.title,
      datePublished: article.date,
      publisher: article.outlet === null ? null : { '@type': 'Organization', name: article.outlet },
    }),
  });
}

/** A standalone `Claim` document for a claim page without a review. */
export function buildClaimJsonLd(input: ClaimJsonLdInput): JsonLd {
  return { '@context': 'https://schema.org', ...buildClaimNode(input) };
}

/**
 * A `ClaimReview` document as Google's fact-check markup asks for it: claimReviewed, url,
 * datePublished, author, itemReviewed (the Claim) and a reviewRating with its alternateName.
 * `unverifiable` has no place on the 1-5 scale, so its rating carries the name only.
 */
export function buildClaimReviewJsonLd(input: ClaimReviewJsonLdInput): JsonLd {
  const verdict = VERDICTS[input.review.verdict];
  const rating = compact({
    '@type': 'Rating',
    ratingValue: verdict.rating,
    bestRating: verdict.rating === null ? null : 5,
    worstRating: verdict.rating === null ? null : 1,
    alternateName: verdict.label,
    name: verdict.label,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.claimUrl,
    claimReviewed: input.claim.text,
    datePublished: input.review.date,
    author: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    reviewRating: rating,
    itemReviewed: buildClaimNode(input),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * become `\u003c`-style escapes, so a quote containing `</script>` or `<!--` cannot end or
 * bend the element; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
