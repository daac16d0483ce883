// The site index: every record the pages and the archive files are made from (articles, claims,
// speakers, reviews, comparisons, retired permalinks), built in one pass from the content entries.
// Astro's pages get it from loadSite() (site-data.ts), fed by the content collections; the
// archive step of `npm run build` (src/build/write-archive-files.ts) builds it from the same
// files in a process of its own, and hands Astro its grouping of the claims (TopicSource).
import type { CollectionEntry } from 'astro:content';
import type { Claim } from '../schemas/claim.ts';
import type { Review } from '../schemas/review.ts';
import { UNMARKED_KEY } from '../remark/mark-claims.ts';
import { displayPath, readTopicEdits, topicEditsPath } from './read-topic-edits.ts';
import { readLedger } from './read-ledger.ts';
import { slugify } from '../util/slugify.ts';
import { ledgerFigure, retirePermalinks, type RetiredPages } from './retire-permalinks.ts';
import { describeTopics, groupTopics, profilesFrom, type TopicGrouping } from './topics/build-topics.ts';
import type { ClaimProfile } from './topics/profile-claim.ts';
import { keyByContent } from './build-plan/digest-value.ts';
import type { RelatedLink, Topic, TopicIndex } from './topics/topic-types.ts';

/** An article entry as the pages see it. */
export interface ArticleRecord {
  /** Entry id: the `<article-id>` of `/articles/<article-id>/`. */
  id: string;
  data: CollectionEntry<'articles'>['data'];
  entry: CollectionEntry<'articles'>;
}

/** An editor's review of one claim. */
export interface ReviewRecord {
  /** The reviewed claim's id (the review file's name). */
  claimId: string;
  data: Review;
  entry: CollectionEntry<'reviews'>;
}

/** A claim with the article it appears in (and its review, when there is one). */
export interface ClaimRecord extends Claim {
  article: ArticleRecord;
  review: ReviewRecord | null;
  /** True when the claim's sentence is marked in the article body, so `#<claim-id>` lands on it. */
  marked: boolean;
}

/** A person quoted in the articles. */
export interface SpeakerRecord {
  /** URL slug: the `<speaker-slug>` of `/speakers/<speaker-slug>/`. */
  slug: string;
  name: string;
  /** Their claims, newest first. */
  claims: ClaimRecord[];
}

export interface SiteData {
  /** Articles, newest first (undated last). */
  articles: ArticleRecord[];
  articlesById: Map<string, ArticleRecord>;
  /** Every claim, in article order then reading order. */
  claims: ClaimRecord[];
  claimsById: Map<string, ClaimRecord>;
  speakers: SpeakerRecord[];
  speakersBySlug: Map<string, SpeakerRecord>;
  reviews: ReviewRecord[];
  /** Reviews whose claim no longer exists (reported at build time, still published). */
  orphanReviews: ReviewRecord[];
  /** URLs published by earlier builds whose ids are gone now, with their successors (see retire-permalinks.ts). */
  retired: RetiredPages;
  /** Claims of each article, in reading order, by article id. */
  claimsByArticle: Map<string, ClaimRecord[]>;
  /** Comparisons of claims across articles, newest change first (see src/lib/topics/). */
  topics: Topic<ClaimRecord>[];
  topicsById: Map<string, Topic<ClaimRecord>>;
  /** The comparison a claim belongs to, by claim id (claims in none are absent). */
  topicByClaimId: Map<string, Topic<ClaimRecord>>;
  /** Weaker matches for a claim, shown as "possibly related" apart from comparisons, strongest first. */
  relatedByClaimId: Map<string, RelatedLink<ClaimRecord>[]>;
}

/** Compares ISO dates newest first; null (undated) sorts last. */
function byDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** Ids of the claims the claim-marking plugin could not find in the article body. */
function unmarkedClaimIds(entry: CollectionEntry<'articles'>): Set<string> {
  const ids = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  const list = ids?.[UNMARKED_KEY];
  return new Set(Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);
}

/**
 * A record built only from these entries, keyed by what names it and their digests, which cover
 * their files (see keyByContent); left unkeyed, and digested field by field, when an entry has no
 * digest.
 */
function keyedByEntries<T extends object>(record: T, name: string, entries: readonly { digest?: string | number }[]): T {
  const digests = entries.map((entry) => entry.digest);
  return digests.every((digest) => typeof digest === 'string' && digest !== '') ? keyByContent(record, `${name}:${digests.join(':')}`) : record;
}

/** The entries the index is built from: what `getCollection` returns for each collection. */
export interface SiteEntries {
  articles: readonly CollectionEntry<'articles'>[];
  reviews: readonly CollectionEntry<'reviews'>[];
}

/**
 * How the site index gets its comparisons from its claims: grouped here (groupHere), or from
 * the grouping another process made of the same claims (pack-topics.ts).
 */
export type TopicSource = (claims: readonly ClaimRecord[]) => TopicIndex<ClaimRecord>;

/** Groups the site's claims under the editors' decisions in content/topics.yaml, printing those that no longer apply. */
export function groupSiteClaims(claims: readonly ClaimRecord[]): { grouping: TopicGrouping; profiles: ClaimProfile[] } {
  const editsFile = topicEditsPath();
  const grouped = groupTopics(claims, readTopicEdits(editsFile), { editsFile: displayPath(editsFile) });
  for (const warning of grouped.grouping.warnings) console.warn(`[recount] ${warning}`);
  return grouped;
}

/** The comparisons, grouped in this process. */
export const groupHere: TopicSource = (claims) => {
  const { grouping, profiles } = groupSiteClaims(claims);
  return describeTopics(claims, grouping, profilesFrom(profiles));
};

/** Builds the whole site index from the content entries. */
export function buildSiteData({ articles: articleEntries, reviews: reviewEntries }: SiteEntries, topicsOf: TopicSource = groupHere): SiteData {
  // Each record is keyed by the entries it is built from (see keyByContent): a page's digest then
  // need not walk the claims of every article and claim it shows.
  const articles: ArticleRecord[] = articleEntries
    .map((entry) => keyedByEntries({ id: entry.id, data: entry.data, entry }, `article:${entry.id}`, [entry]))
    .sort((a, b) => byDateDesc(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  const reviews: ReviewRecord[] = reviewEntries
    .map((entry) => keyedByEntries({ claimId: entry.id, data: entry.data, entry }, `review:${entry.id}`, [entry]))
    .sort((a, b) => a.claimId.localeCompare(b.claimId));
  const reviewsByClaim = new Map(reviews.map((review) => [review.claimId, review]));

  const claims: ClaimRecord[] = articles.flatMap((article) => {
    const unmarked = unmarkedClaimIds(article.entry);
    return article.data.claims.map((claim, index) => {
      const review = reviewsByClaim.get(claim.id) ?? null;
      const marked = !unmarked.has(claim.id);
      const entries = review === null ? [article.entry] : [article.entry, review.entry];
      return keyedByEntries({ ...claim, article, review, marked }, `claim:${article.id}:${index}:${claim.id}:${marked}`, entries);
    });
  });
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  const claimsByArticle = new Map<string, ClaimRecord[]>(articles.map((article) => [article.id, []]));
  for (const claim of claims) claimsByArticle.get(claim.article.id)!.push(claim);

  const speakersBySlug = new Map<string, SpeakerRecord>();
  for (const claim of claims) {
    if (claim.speaker === null) continue;
    const slug = slugify(claim.speaker);
    let speaker = speakersBySlug.get(slug);
    if (!speaker) {
      speaker = { slug, name: claim.speaker, claims: [] };
      speakersBySlug.set(slug, speaker);
    }
    speaker.claims.push(claim);
  }
  for (const speaker of speakersBySlug.values()) {
    speaker.claims.sort((a, b) => byDateDesc(a.article.data.date, b.article.data.date) || a.id.localeCompare(b.id));
  }
  const speakers = [...speakersBySlug.values()].sort((a, b) => a.name.localeCompare(b.name));

  const topicIndex = topicsOf(claims);

  const retired = retirePermalinks(readLedger(), {
    articles: articles.map((article) => ({ id: article.id, title: article.data.title, source: article.data.source })),
    claims: claims.map((claim) => ({ id: claim.id, article: claim.article.id, figure: ledgerFigure(claim) })),
    topics: topicIndex.topics.map((topic) => ({ id: topic.id, title: topic.title, claims: topic.points.map((point) => point.claim.id) })),
    speakers: speakers.map((speaker) => ({ slug: speaker.slug, name: speaker.name })),
  });
  // A review of a claim that is gone is shown on the claim's retired page, so it is not an orphan.
  const retiredClaimIds = new Set(retired.claims.map((page) => page.id));

  return {
    articles,
    articlesById: new Map(articles.map((article) => [article.id, article])),
    claims,
    claimsById,
    speakers,
    speakersBySlug,
    reviews,
    orphanReviews: reviews.filter((review) => !claimsById.has(review.claimId) && !retiredClaimIds.has(review.claimId)),
    retired,
    claimsByArticle,
    topics: topicIndex.topics,
    topicsById: topicIndex.topicsById,
    topicByClaimId: topicIndex.topicByClaimId,
    relatedByClaimId: topicIndex.relatedByClaimId,
  };
}
