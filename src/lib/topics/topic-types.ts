// What comparison building hands to the pages: topics of claims lined up in time, the changes
// between their figures, why they were matched, and the claims only possibly related.
import type { FigureChange } from './compare-figures.ts';
import type { Figure } from './figure-interval.ts';
import type { Span } from './period-span.ts';
import type { MatchableClaim } from './matchable-claim.ts';
import type { Modality } from '../../schemas/claim.ts';

/**
 * How a figure stands to the figures before it in its topic: `first` starts the series, `agrees`
 * with a figure for the same period (or repeats the one before), `changed` from the one before,
 * `conflicts` with one for the same period, `forecast` (also a plan or target: shown beside the
 * series, never compared as a change), `undated` (no period to place it in).
 */
export type MemberRelation = 'first' | 'agrees' | 'changed' | 'conflicts' | 'forecast' | 'undated';

/** One figure on a topic's timeline. */
export interface TopicPoint<C extends MatchableClaim> {
  claim: C;
  /** The period the figure describes; null when neither it nor the article has a date. */
  span: Span | null;
  /** The figure on the topic's scale (its unit: see Topic.unit). */
  figure: Figure;
  /** How it stands to the figures before it (set when the topic is described). */
  relation?: MemberRelation;
  /** Actual, forecast, plan or target, as matching read it: the claim's own, or a target its sentence calls for. */
  modality?: Modality;
}

/** Two figures of a topic compared, earlier first. */
export interface TopicStep<C extends MatchableClaim> {
  from: TopicPoint<C>;
  to: TopicPoint<C>;
  change: FigureChange;
}

/** Why two claims in a topic were matched. */
export interface TopicMatch<C extends MatchableClaim> {
  a: C;
  b: C;
  confidence: number;
  reasons: string[];
}

/** A claim shown as possibly related to another, with how their figures compare. */
export interface RelatedLink<C extends MatchableClaim> {
  /** The claim the link is listed under. */
  claim: C;
  other: C;
  /** The comparison topic the other claim belongs to, if any. */
  otherTopicId: string | null;
  confidence: number;
  reasons: string[];
  /** The earlier figure compared with the later one. */
  change: FigureChange;
  /** True when `claim` is the later of the two. */
  claimIsLater: boolean;
}

/**
 * The overall state of a topic's figures; `forecast` when a single figure that happened stands
 * with forecasts, plans or targets beside it (nothing to compare as a change yet).
 */
export type TopicStatus = 'changed' | 'consistent' | 'contradiction' | 'undated' | 'forecast';

/** A comparison: claims from different articles that measure the same thing. */
export interface Topic<C extends MatchableClaim> {
  /** Stable id, the `<topic-id>` of `/compare/<topic-id>/` (see topic-id.ts for the rule). */
  id: string;
  /** What is measured, from the members' subjects: `Schools with teaching conducted in Russian`. */
  title: string;
  kind: C['kind'];
  /** The unit figures are shown in: the anchor claim's. */
  unit: string;
  /** The points in time order (undated last), forecasts included. */
  points: TopicPoint<C>[];
  /** The forecasts, plans and targets among the points: shown beside the actual figures. */
  forecasts: TopicPoint<C>[];
  /** Each dated actual figure compared with the one before. */
  steps: TopicStep<C>[];
  /** The first dated figure compared with the last; null with fewer than two dated figures. */
  overall: TopicStep<C> | null;
  /** Pairs of figures for the same period that cannot both be true. */
  contradictions: TopicStep<C>[];
  status: TopicStatus;
  /** Everyone who gave a figure, in order of first figure. */
  speakers: string[];
  /** True when one named speaker gave every figure. */
  sameSpeaker: boolean;
  /** The weakest match that holds the topic together (1 when editors joined it). */
  confidence: number;
  /** The matches that joined the topic, with their reasons. */
  matches: TopicMatch<C>[];
  /** True when an editor confirmed the topic in content/topics.yaml. */
  confirmed: boolean;
  /** Editors' notes on this topic (confirmations, merges, splits, forced joins). */
  notes: string[];
  /** Who put the figure at what, when. */
  summary: string;
  /** What that amounts to: the change, the contradiction, or agreement. */
  headline: string;
  /** The latest figure's period; the index sorts newest change first by it. */
  latest: Span | null;
  /** Claims outside the topic that look related, strongest first. */
  related: RelatedLink<C>[];
}

/** Every topic and the lookups pages need. */
export interface TopicIndex<C extends MatchableClaim> {
  /** Newest change first (by the latest figure's period), then by id. */
  topics: Topic<C>[];
  topicsById: Map<string, Topic<C>>;
  topicByClaimId: Map<string, Topic<C>>;
  /** Possibly related claims for each claim that has any, strongest first. */
  relatedByClaimId: Map<string, RelatedLink<C>[]>;
  /** Editors' decisions that no longer apply (a claim or topic that is gone), in words. */
  warnings: string[];
}
