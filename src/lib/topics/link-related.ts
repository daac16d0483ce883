// "Possibly related": pairs too weak to compare as one figure (or strong pairs a hard check kept
// out of a topic), listed apart from comparisons. Each claim keeps its strongest few; their
// comparison and reasons are worked out only when a page reads them.
import type { FigureChange } from './compare-figures.ts';
import { byTime, comparePoints, pointOf } from './describe-topic.ts';
import type { Grouping } from './group-claims.ts';
import type { ClaimProfile } from './profile-claim.ts';
import { byStrength, MATCH_CONFIDENCE, type ScoredPair } from './score-pair.ts';
import type { RelatedLink, Topic } from './topic-types.ts';
import type { MatchableClaim } from './matchable-claim.ts';

/** Related links kept per claim and per topic. */
const RELATED_PER_CLAIM = 5;
const RELATED_PER_TOPIC = 10;

/** A related link whose reasons and comparison are worked out on first read. */
class LazyRelatedLink<C extends MatchableClaim> implements RelatedLink<C> {
  readonly claim: C;
  readonly other: C;
  readonly otherTopicId: string | null;
  readonly confidence: number;
  readonly claimIsLater: boolean;
  readonly #explain: () => string[];
  readonly #compare: () => FigureChange;
  constructor(
    claim: C,
    other: C,
    otherTopicId: string | null,
    confidence: number,
    claimIsLater: boolean,
    explain: () => string[],
    compare: () => FigureChange,
  ) {
    this.claim = claim;
    this.other = other;
    this.otherTopicId = otherTopicId;
    this.confidence = confidence;
    this.claimIsLater = claimIsLater;
    this.#explain = explain;
    this.#compare = compare;
  }
  get reasons(): string[] {
    return this.#explain();
  }
  get change(): FigureChange {
    return this.#compare();
  }
}

/** What linking needs from the rest of the build. */
export interface LinkInput<C extends MatchableClaim> {
  claims: readonly C[];
  profiles: readonly ClaimProfile[];
  /** Scored pairs at or above the related threshold. */
  scored: readonly ScoredPair[];
  grouping: Grouping;
  topics: Topic<C>[];
  /** Words a pair's reasons (on first read). */
  explain: (pair: ScoredPair) => string[];
}

/**
 * Possibly related links by claim id, strongest first; also fills each topic's `related` with
 * the strongest links of its members to claims outside it.
 */
export function linkRelated<C extends MatchableClaim>({ claims, profiles, scored, grouping, topics, explain }: LinkInput<C>): {
  topicByClaimId: Map<string, Topic<C>>;
  relatedByClaimId: Map<string, RelatedLink<C>[]>;
} {
  const indexById = new Map(claims.map((claim, index) => [claim.id, index]));
  const topicByClaimId = new Map<string, Topic<C>>();
  for (const topic of topics) for (const point of topic.points) topicByClaimId.set(point.claim.id, topic);
  const relatedByClaimId = new Map<string, RelatedLink<C>[]>();
  const linkable = [...scored.filter((pair) => pair.confidence < MATCH_CONFIDENCE), ...grouping.refused];
  const linksOf = new Map<number, ScoredPair[]>();
  const topicOf = new Int32Array(claims.length).fill(-1);
  topics.forEach((topic, t) => {
    for (const point of topic.points) topicOf[indexById.get(point.claim.id)!] = t;
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
  // Only the strongest links of each claim are kept; their comparison and reasons are worked out
  // when a page first reads them.
  const changes = new Map<ScoredPair, FigureChange>();
  const changeOf = (pair: ScoredPair, aFirst: boolean): FigureChange => {
    let change = changes.get(pair);
    if (change === undefined) {
      const factor = profiles[pair.a]!.family.factor;
      const pa = pointOf(claims[pair.a]!, profiles[pair.a]!, factor);
      const pb = pointOf(claims[pair.b]!, profiles[pair.b]!, factor);
      change = aFirst ? comparePoints(pa, pb, claims[pair.a]!.unit) : comparePoints(pb, pa, claims[pair.a]!.unit);
      // A forecast, plan or target is never a step from an actual figure, on a card as in a topic.
      if (profiles[pair.a]!.modality !== profiles[pair.b]!.modality) {
        change = { ...change, direction: null, text: 'not compared as a change, since one of the two is a forecast, plan or target' };
      }
      changes.set(pair, change);
    }
    return change;
  };
  for (const [end, pairs] of linksOf) {
    const claim = claims[end]!;
    const kept = pairs.sort(byStrength).slice(0, RELATED_PER_CLAIM);
    relatedByClaimId.set(
      claim.id,
      kept.map((pair): RelatedLink<C> => {
        const other = claims[pair.a === end ? pair.b : pair.a]!;
        const aFirst =
          byTime({ claim: claims[pair.a]!, span: profiles[pair.a]!.span }, { claim: claims[pair.b]!, span: profiles[pair.b]!.span }) <= 0;
        return new LazyRelatedLink(
          claim,
          other,
          topicByClaimId.get(other.id)?.id ?? null,
          pair.confidence,
          pair.a === end ? !aFirst : aFirst,
          () => explain(pair),
          () => changeOf(pair, aFirst),
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
