// "Possibly related": pairs too weak to compare as one figure (or strong pairs a hard check kept
// out of a topic), listed apart from comparisons. Each claim keeps its strongest few; their
// comparison and reasons are worked out only when a page reads them.
import type { FigureChange } from './compare-figures.ts';
import { byTime, comparePoints, pointOf } from './describe-topic.ts';
import type { Grouping } from './group-claims.ts';
import type { PointFacts } from './profile-claim.ts';
import { byStrength, MATCH_CONFIDENCE, type ScoredPair } from './score-pair.ts';
import type { RelatedLink, Topic } from './topic-types.ts';
import type { MatchableClaim } from './matchable-claim.ts';

/** Related links kept per claim and per topic. */
const RELATED_PER_CLAIM = 5;
const RELATED_PER_TOPIC = 10;

/** Works out a related pair's reasons and comparison (each once, for both claims' links). */
interface PairDetails {
  reasons(a: number, b: number): string[];
  change(a: number, b: number, aFirst: boolean): FigureChange;
}

/**
 * A related link whose reasons and comparison are worked out on first read. It holds its pair
 * rather than closures: a 10,000-article site has ~200,000 links.
 */
class LazyRelatedLink<C extends MatchableClaim> implements RelatedLink<C> {
  readonly claim: C;
  readonly other: C;
  readonly otherTopicId: string | null;
  readonly confidence: number;
  readonly claimIsLater: boolean;
  readonly #details: PairDetails;
  readonly #a: number;
  readonly #b: number;
  readonly #aFirst: boolean;
  constructor(claim: C, other: C, otherTopicId: string | null, confidence: number, claimIsLater: boolean, details: PairDetails, pair: [a: number, b: number, aFirst: boolean]) {
    this.claim = claim;
    this.other = other;
    this.otherTopicId = otherTopicId;
    this.confidence = confidence;
    this.claimIsLater = claimIsLater;
    this.#details = details;
    [this.#a, this.#b, this.#aFirst] = pair;
  }
  get reasons(): string[] {
    return this.#details.reasons(this.#a, this.#b);
  }
  get change(): FigureChange {
    return this.#details.change(this.#a, this.#b, this.#aFirst);
  }
}

/** How the figures of a related pair compare (`a` and `b` as scored, `aFirst` when a is the earlier). */
function relatedChange<C extends MatchableClaim>(a: C, b: C, factsA: PointFacts, factsB: PointFacts, aFirst: boolean): FigureChange {
  const factor = factsA.family.factor;
  const pointA = pointOf(a, factsA, factor);
  const pointB = pointOf(b, factsB, factor);
  const change = aFirst ? comparePoints(pointA, pointB, a.unit) : comparePoints(pointB, pointA, a.unit);
  // A forecast, plan or target is never a step from an actual figure, on a card as in a topic.
  if (factsA.modality === factsB.modality) return change;
  return { ...change, direction: null, text: 'not compared as a change, since one of the two is a forecast, plan or target' };
}

/** A pair as it crosses processes: the claims' indexes (a < b, as scored) and the confidence. */
export type PairTuple = [a: number, b: number, confidence: number];

/** The links kept for one claim: its index, and its strongest pairs, strongest first. */
export type ClaimLinks = [claim: number, pairs: PairTuple[]];

/**
 * Which "possibly related" pairs each claim keeps, as plain data (see TopicGrouping): the pairs
 * too weak for a topic, or kept out of one by a hard check, between claims not in one topic and
 * not kept apart by an editor; each claim's strongest few.
 */
export function selectRelated(scored: readonly ScoredPair[], grouping: Grouping, groups: readonly (readonly number[])[], claimCount: number): ClaimLinks[] {
  const linkable = [...scored.filter((pair) => pair.confidence < MATCH_CONFIDENCE), ...grouping.refused];
  const linksOf = new Map<number, ScoredPair[]>();
  const topicOf = new Int32Array(claimCount).fill(-1);
  groups.forEach((members, t) => {
    for (const member of members) topicOf[member] = t;
  });
  const checkApart = grouping.keptApart.size > 0;
  for (const pair of linkable) {
    if (checkApart && grouping.keptApart.has(`${pair.a}:${pair.b}`)) continue;
    if (topicOf[pair.a] !== -1 && topicOf[pair.a] === topicOf[pair.b]) continue;
    for (const end of [pair.a, pair.b]) {
      const list = linksOf.get(end);
      if (list) list.push(pair);
      else linksOf.set(end, [pair]);
    }
  }
  return [...linksOf].map(([end, pairs]) => [end, pairs.sort(byStrength).slice(0, RELATED_PER_CLAIM).map((pair): PairTuple => [pair.a, pair.b, pair.confidence])]);
}

/** What linking needs from the rest of the build. */
export interface LinkInput<C extends MatchableClaim> {
  claims: readonly C[];
  /** Each claim's family, period and modality, by index. */
  factsAt: (index: number) => PointFacts;
  related: readonly ClaimLinks[];
  topics: Topic<C>[];
  /** Words a pair's reasons (on first read). */
  explain: (a: number, b: number) => string[];
}

/**
 * Possibly related links by claim id, strongest first; also fills each topic's `related` with
 * the strongest links of its members to claims outside it. Their comparison and reasons are
 * worked out when a page first reads them.
 */
export function linkRelated<C extends MatchableClaim>({ claims, factsAt, related, topics, explain }: LinkInput<C>): {
  topicByClaimId: Map<string, Topic<C>>;
  relatedByClaimId: Map<string, RelatedLink<C>[]>;
} {
  const topicByClaimId = new Map<string, Topic<C>>();
  for (const topic of topics) for (const point of topic.points) topicByClaimId.set(point.claim.id, topic);
  const changes = new Map<number, FigureChange>();
  const details: PairDetails = {
    reasons: explain,
    change(a, b, aFirst) {
      const key = a * claims.length + b;
      let change = changes.get(key);
      if (change === undefined) {
        change = relatedChange(claims[a]!, claims[b]!, factsAt(a), factsAt(b), aFirst);
        changes.set(key, change);
      }
      return change;
    },
  };
  const relatedByClaimId = new Map<string, RelatedLink<C>[]>();
  for (const [end, pairs] of related) {
    const claim = claims[end]!;
    relatedByClaimId.set(
      claim.id,
      pairs.map(([a, b, confidence]): RelatedLink<C> => {
        const other = claims[a === end ? b : a]!;
        const aFirst = byTime({ claim: claims[a]!, span: factsAt(a).span }, { claim: claims[b]!, span: factsAt(b).span }) <= 0;
        return new LazyRelatedLink(
          claim,
          other,
          topicByClaimId.get(other.id)?.id ?? null,
          confidence,
          a === end ? !aFirst : aFirst,
          details,
          [a, b, aFirst],
        );
      }),
    );
  }
  const strongestFirst = (x: RelatedLink<C>, y: RelatedLink<C>) =>
    y.confidence - x.confidence || (x.other.id < y.other.id ? -1 : x.other.id > y.other.id ? 1 : 0);
  for (const topic of topics) {
    const best = new Map<string, RelatedLink<C>>();
    for (const point of topic.points) {
      for (const link of relatedByClaimId.get(point.claim.id) ?? []) {
        if (topicByClaimId.get(link.other.id) === topic) continue;
        const seen = best.get(link.other.id);
        if (!seen || link.confidence > seen.confidence) best.set(link.other.id, link);
      }
    }
    topic.related = [...best.values()].sort(strongestFirst).slice(0, RELATED_PER_TOPIC);
  }
  return { topicByClaimId, relatedByClaimId };
}
