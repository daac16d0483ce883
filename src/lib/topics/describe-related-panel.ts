// What a claim page's "Related claims" panel shows, and nothing more: the page's props (and so
// its digest, which decides whether an incremental build renders it again) hold only this. A
// comparison may hold hundreds of figures; when one joins it, the pages of the figures nearest
// it change, not every member's page.
import type { MatchableClaim } from './matchable-claim.ts';
import type { RelatedLink, Topic, TopicPoint, TopicStatus } from './topic-types.ts';

/** Figures of the comparison listed beside the claim: those nearest it in time. */
export const NEAREST_FIGURES = 6;
/** Possibly related claims listed, strongest first. */
export const RELATED_LIMIT = 5;

/** A claim page's related-claims panel. */
export interface RelatedPanel<C extends MatchableClaim> {
  /** The comparison the claim is part of, in brief; null when it is in none. */
  topic: { id: string; title: string; status: TopicStatus; headline: string } | null;
  /** The comparison's other figures nearest the claim's, in time order. */
  nearest: TopicPoint<C>[];
  /** Weaker matches outside the comparison, strongest first. */
  related: RelatedLink<C>[];
}

/** The panel of claim `claimId`, given its comparison (or null) and its possibly related claims (strongest first). */
export function describeRelatedPanel<C extends MatchableClaim>(
  claimId: string,
  topic: Topic<C> | null,
  related: readonly RelatedLink<C>[],
): RelatedPanel<C> {
  if (topic === null) return { topic: null, nearest: [], related: related.slice(0, RELATED_LIMIT) };
  const { points } = topic;
  const at = positionsOf(topic).get(claimId) ?? -1;
  // The window of the other points (the points without this one) around where it stands.
  const others = at === -1 ? points.length : points.length - 1;
  const from = Math.max(0, Math.min(at - NEAREST_FIGURES / 2, others - NEAREST_FIGURES));
  const nearest: TopicPoint<C>[] = [];
  for (let i = from; i < Math.min(others, from + NEAREST_FIGURES); i++) nearest.push(points[at !== -1 && i >= at ? i + 1 : i]!);
  return {
    topic: { id: topic.id, title: topic.title, status: topic.status, headline: topic.headline },
    nearest,
    related: related.slice(0, RELATED_LIMIT),
  };
}

/** Each claim's position among a topic's points, computed once per topic: a comparison's every member asks. */
const positions = new WeakMap<object, Map<string, number>>();
function positionsOf<C extends MatchableClaim>(topic: Topic<C>): Map<string, number> {
  let known = positions.get(topic);
  if (known === undefined) {
    known = new Map();
    // The first point of a claim, as findIndex would give.
    for (let i = topic.points.length - 1; i >= 0; i--) known.set(topic.points[i]!.claim.id, i);
    positions.set(topic, known);
  }
  return known;
}
