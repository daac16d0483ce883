// Comparisons for a whole site, in one pass: profile every claim, block candidate pairs, score
// them, group strong pairs into topics under the editors' rules, then line each topic's figures
// up in time and compare them. Weaker pairs become "possibly related" links, shown apart.
import type { TopicEdits } from '../../schemas/topic-edits.ts';
import { blockCandidates, DEFAULT_BLOCKING, type BlockingOptions } from './block-candidates.ts';
import { compareFigures, type ComparedFigure, type FigureChange } from './compare-figures.ts';
import { figureInterval, type Figure } from './figure-interval.ts';
import { groupClaims, type GroupingRules } from './group-claims.ts';
import { NO_TOPIC_EDITS, TopicEditsError } from './parse-topic-edits.ts';
import { spansOverlap, type Span } from './period-span.ts';
import { MATCH_CONFIDENCE, profileClaim, RELATED_CONFIDENCE, scorePair, type ClaimProfile, type ScoredPair } from './score-pair.ts';
import { capitalize, summarizeChange, summarizePoints } from './summarize-topic.ts';
import { byPublication, pickAnchor, topicId } from './topic-id.ts';
import type { MatchableClaim } from './types.ts';

/** One figure on a topic's timeline. */
export interface TopicPoint<C extends MatchableClaim> {
  claim: C;
  /** The period the figure describes; null when neither it nor the article has a date. */
  span: Span | null;
  /** The figure on the topic's scale (its unit: see Topic.unit). */
  figure: Figure;
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

/** The overall state of a topic's figures. */
export type TopicStatus = 'changed' | 'consistent' | 'contradiction' | 'undated';

/** A comparison: claims from different articles that measure the same thing. */
export interface Topic<C extends MatchableClaim> {
  /** Stable id, the `<topic-id>` of `/compare/<topic-id>/` (see topic-id.ts for the rule). */
  id: string;
  /** What is measured, from the members' subjects: `Schools with teaching conducted in Russian`. */
  title: string;
  kind: C['kind'];
  /** The unit figures are shown in: the anchor claim's. */
  unit: string;
  /** The points in time order (undated last). */
  points: TopicPoint<C>[];
  /** Each dated figure compared with the one before. */
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

/** Options for building topics. */
export interface TopicOptions {
  blocking?: BlockingOptions;
  /** Name of the editors' file, for messages. */
  editsFile?: string;
}

/** Orders scored pairs strongest first, then by index. */
function byStrength(x: ScoredPair, y: ScoredPair): number {
  return y.confidence - x.confidence || x.a - y.a || x.b - y.b;
}

/** Related links kept per claim and per topic. */
const RELATED_PER_CLAIM = 5;
const RELATED_PER_TOPIC = 10;

/** Resolves claim ids to profile indexes, recording ids that no longer exist. */
function resolveClaims(ids: readonly string[], indexById: Map<string, number>, where: string, warnings: string[]): number[] {
  const found: number[] = [];
  for (const id of ids) {
    const index = indexById.get(id);
    if (index === undefined) warnings.push(`${where}: claim ${id} no longer exists; the entry is ignored for it`);
    else found.push(index);
  }
  return found;
}

/** Throws when an editor joins claims that measure different kinds of things. */
function assertComparable(indexes: readonly number[], profiles: readonly ClaimProfile[], where: string): void {
  const first = profiles[indexes[0]!]!;
  for (const index of indexes.slice(1)) {
    const other = profiles[index]!;
    if (other.family.key !== first.family.key) {
      throw new TopicEditsError(
        `${where}: claims ${first.id} (${first.family.label}) and ${other.id} (${other.family.label}) measure different things and cannot be compared`,
      );
    }
  }
}

/** The figure of a claim on the scale of a topic's display unit. */
function pointOf<C extends MatchableClaim>(claim: C, profile: ClaimProfile, displayFactor: number): TopicPoint<C> {
  return { claim, span: profile.span, figure: figureInterval(claim, profile.family.factor / displayFactor) };
}

/** Orders points by period, undated last, then by publication. */
function byTime<C extends MatchableClaim>(x: Pick<TopicPoint<C>, 'claim' | 'span'>, y: Pick<TopicPoint<C>, 'claim' | 'span'>): number {
  if (x.span === null || y.span === null) return x.span === y.span ? byPublication(x.claim, y.claim) : x.span === null ? 1 : -1;
  return x.span.at - y.span.at || byPublication(x.claim, y.claim);
}

/** Compares two points of the same family, earlier first. */
function comparePoints<C extends MatchableClaim>(from: TopicPoint<C>, to: TopicPoint<C>, unit: string): FigureChange {
  const figure = (point: TopicPoint<C>): ComparedFigure => ({ figure: point.figure, span: point.span, speaker: point.claim.speaker });
  return compareFigures(figure(from), figure(to), { kind: from.claim.kind, unit });
}

/** The shortest subject among the claims (the most general wording), the anchor's on a tie. */
function pickTitle(claims: readonly MatchableClaim[], anchor: MatchableClaim): string {
  let best = anchor.subject.trim();
  for (const claim of claims) {
    const subject = claim.subject.trim();
    if (subject.length < best.length) best = subject;
  }
  return best;
}

/** Lines a group of claims up in time and compares them (everything but id-level edits). */
function describeTopic<C extends MatchableClaim>(
  id: string,
  claims: C[],
  profiles: ClaimProfile[],
  matches: TopicMatch<C>[],
  confidence: number,
): Topic<C> {
  const anchorIndex = claims.indexOf(pickAnchor(claims));
  const anchor = claims[anchorIndex]!;
  const displayFactor = profiles[anchorIndex]!.family.factor;
  const points = claims.map((claim, i) => pointOf(claim, profiles[i]!, displayFactor)).sort(byTime);
  const dated = points.filter((point) => point.span !== null);
  const steps = dated.slice(1).map((to, i) => ({ from: dated[i]!, to, change: comparePoints(dated[i]!, to, anchor.unit) }));
  const overall =
    dated.length < 2
      ? null
      : steps.length === 1
        ? steps[0]!
        : { from: dated[0]!, to: dated[dated.length - 1]!, change: comparePoints(dated[0]!, dated[dated.length - 1]!, anchor.unit) };
  const contradictions: TopicStep<C>[] = [];
  for (let i = 0; i < dated.length; i += 1) {
    for (let j = i + 1; j < dated.length && dated[j]!.span!.start < dated[i]!.span!.end; j += 1) {
      if (!spansOverlap(dated[i]!.span!, dated[j]!.span!)) continue;
      const change = comparePoints(dated[i]!, dated[j]!, anchor.unit);
      if (change.status === 'contradiction') contradictions.push({ from: dated[i]!, to: dated[j]!, change });
    }
  }
  const status: TopicStatus =
    contradictions.length > 0
      ? 'contradiction'
      : overall === null
        ? 'undated'
        : overall.change.status === 'changed' || steps.some((step) => step.change.status === 'changed')
          ? 'changed'
          : 'consistent';
  const speakers = [...new Set(points.map((point) => point.claim.speaker).filter((name): name is string => name !== null))];
  const title = pickTitle(claims, anchor);
  return {
    id,
    title: capitalize(title),
    kind: anchor.kind,
    unit: anchor.unit,
    points,
    steps,
    overall,
    contradictions,
    status,
    speakers,
    sameSpeaker: speakers.length === 1 && points.every((point) => point.claim.speaker !== null),
    confidence,
    matches,
    confirmed: false,
    notes: [],
    summary: summarizePoints(points, title, anchor.kind),
    headline: summarizeChange(overall?.change ?? null, contradictions[0]?.change ?? null),
    latest: dated[dated.length - 1]?.span ?? null,
    related: [],
  };
}

/** Builds every comparison topic and related link for a set of claims (see the header). */
export function buildTopics<C extends MatchableClaim>(
  claims: readonly C[],
  edits: TopicEdits = NO_TOPIC_EDITS,
  options: TopicOptions = {},
): TopicIndex<C> {
  const file = options.editsFile ?? 'content/topics.yaml';
  const warnings: string[] = [];
  const profiles = claims.map((claim, index) => profileClaim(claim, index));
  const indexById = new Map(claims.map((claim, index) => [claim.id, index]));

  // 1. Score the candidate pairs; keep those strong enough to matter.
  const scored: ScoredPair[] = [];
  for (const [a, b] of blockCandidates(profiles, options.blocking ?? DEFAULT_BLOCKING)) {
    // Reasons are worded later, only for the pairs a page shows (see `explain`).
    const pair = scorePair(profiles[a]!, profiles[b]!, Number.POSITIVE_INFINITY);
    if (pair.confidence >= RELATED_CONFIDENCE) scored.push(pair);
  }

  // Worded on first use and kept: a large archive has far more pairs than any page shows.
  const explain = (pair: ScoredPair): string[] => {
    if (pair.reasons.length === 0) pair.reasons = scorePair(profiles[pair.a]!, profiles[pair.b]!).reasons;
    return pair.reasons;
  };

  // 2. The editors' claim-level rules.
  const together = edits.together.map((entry, i) => {
    const where = `${file}: together.${i}`;
    const indexes = resolveClaims(entry.claims, indexById, where, warnings);
    if (indexes.length > 1) assertComparable(indexes, profiles, where);
    return indexes;
  });
  const apart = edits.apart.map((entry, i) =>
    resolveClaims(entry.claims, indexById, `${file}: apart.${i}`, warnings).map((index) => [index]),
  );
  const rules: GroupingRules = { together: together.filter((set) => set.length > 1), apart };
  let grouping = groupClaims(profiles, scored, rules);

  // 3. Splits: the listed claims leave their topics, so group again keeping them apart from the rest.
  if (edits.split.length > 0) {
    const groupOf = new Map<number, number[]>();
    for (const group of grouping.groups) for (const member of group) groupOf.set(member, group);
    const splitRules = edits.split.map((entry, i) => {
      const listed = resolveClaims(entry.claims, indexById, `${file}: split.${i}`, warnings);
      const rest = new Set<number>();
      for (const claim of listed) for (const member of groupOf.get(claim) ?? []) rest.add(member);
      for (const claim of listed) rest.delete(claim);
      return [listed, [...rest]];
    });
    const splitTogether = splitRules.map(([listed]) => listed!).filter((listed) => listed.length > 1);
    grouping = groupClaims(profiles, scored, { together: [...rules.together, ...splitTogether], apart: [...apart, ...splitRules] });
  }

  // 4. Topics from groups, with ids from their anchors.
  type Draft = { members: number[]; matches: ScoredPair[]; notes: string[]; forced: boolean };
  const drafts = new Map<string, Draft>();
  const draftId = (members: number[]) => {
    const anchor = pickAnchor(members.map((member) => claims[member]!));
    return topicId(anchor.id, profiles[indexById.get(anchor.id)!]!.family.label);
  };
  const forcedMembers = new Set([...rules.together.flat()]);
  for (const group of grouping.groups) {
    drafts.set(draftId(group), {
      members: group,
      matches: grouping.joins.get(group[0]!) ?? [],
      notes: [],
      forced: group.some((member) => forcedMembers.has(member)),
    });
  }
  for (const entry of [...edits.together, ...edits.split]) {
    const first = indexById.get(entry.claims[0]!);
    if (entry.note === undefined || first === undefined) continue;
    for (const draft of drafts.values()) if (draft.members.includes(first)) draft.notes.push(entry.note);
  }

  // 5. Merges by topic id; the merged topic takes the id of its (older) anchor.
  edits.merge.forEach((entry, i) => {
    const where = `${file}: merge.${i}`;
    const found = entry.topics.filter((id) => {
      if (drafts.has(id)) return true;
      warnings.push(`${where}: topic ${id} no longer exists; the entry is ignored for it`);
      return false;
    });
    if (found.length < 2) return;
    const parts = found.map((id) => drafts.get(id)!);
    const members = [...new Set(parts.flatMap((part) => part.members))].sort((a, b) => a - b);
    assertComparable(members, profiles, where);
    for (const id of found) drafts.delete(id);
    drafts.set(draftId(members), {
      members,
      matches: parts.flatMap((part) => part.matches),
      notes: [...parts.flatMap((part) => part.notes), ...(entry.note === undefined ? [] : [entry.note])],
      forced: true,
    });
  });

  // 6. Describe each topic.
  const topics: Topic<C>[] = [];
  for (const [id, draft] of drafts) {
    const memberClaims = draft.members.map((member) => claims[member]!);
    const memberProfiles = draft.members.map((member) => profiles[member]!);
    const matches = draft.matches.map((pair) => ({
      a: claims[pair.a]!,
      b: claims[pair.b]!,
      confidence: pair.confidence,
      get reasons() {
        return explain(pair);
      },
    }));
    const weakest = draft.matches.length === 0 || draft.forced ? 1 : Math.min(...draft.matches.map((pair) => pair.confidence));
    const topic = describeTopic(id, memberClaims, memberProfiles, matches, draft.forced ? Math.max(weakest, MATCH_CONFIDENCE) : weakest);
    topic.notes = draft.notes;
    topics.push(topic);
  }

  // 7. Confirmations.
  const topicsById = new Map(topics.map((topic) => [topic.id, topic]));
  edits.confirm.forEach((entry, i) => {
    const topic = topicsById.get(entry.topic);
    if (topic === undefined) {
      warnings.push(`${file}: confirm.${i}: topic ${entry.topic} no longer exists; check the comparisons and update the entry`);
      return;
    }
    topic.confirmed = true;
    if (entry.note !== undefined) topic.notes.push(entry.note);
  });

  // 8. Possibly related: weaker pairs, and strong pairs a hard check kept out of a topic.
  const topicByClaimId = new Map<string, Topic<C>>();
  for (const topic of topics) for (const point of topic.points) topicByClaimId.set(point.claim.id, topic);
  const relatedByClaimId = new Map<string, RelatedLink<C>[]>();
  const candidates = [...scored.filter((pair) => pair.confidence < MATCH_CONFIDENCE), ...grouping.refused];
  const linksOf = new Map<number, ScoredPair[]>();
  for (const pair of candidates) {
    if (grouping.keptApart.has(`${pair.a}:${pair.b}`)) continue;
    const topicA = topicByClaimId.get(claims[pair.a]!.id);
    if (topicA !== undefined && topicA === topicByClaimId.get(claims[pair.b]!.id)) continue;
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
        return {
          claim,
          other,
          otherTopicId: topicByClaimId.get(other.id)?.id ?? null,
          confidence: pair.confidence,
          get reasons() {
            return explain(pair);
          },
          get change() {
            return changeOf(pair, aFirst);
          },
          claimIsLater: pair.a === end ? !aFirst : aFirst,
        };
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

  topics.sort((x, y) => {
    if (x.latest === null || y.latest === null) return x.latest === y.latest ? (x.id < y.id ? -1 : 1) : x.latest === null ? 1 : -1;
    return y.latest.at - x.latest.at || (x.id < y.id ? -1 : 1);
  });
  return { topics, topicsById, topicByClaimId, relatedByClaimId, warnings };
}

/** The topics most worth a reader's attention: contradictions, then the biggest relative changes, newest first. */
export function pickNotableTopics<C extends MatchableClaim>(topics: readonly Topic<C>[], count = 3): Topic<C>[] {
  const rank = (topic: Topic<C>) => (topic.status === 'contradiction' ? 0 : topic.status === 'changed' ? 1 : 2);
  const size = (topic: Topic<C>) => {
    const percent = topic.overall?.change.percent;
    if (!percent || topic.overall?.change.direction == null) return 0;
    return topic.overall.change.direction === 'up' ? (percent.lo?.value ?? 0) : -(percent.hi?.value ?? 0);
  };
  return [...topics]
    .sort((x, y) => rank(x) - rank(y) || size(y) - size(x) || (y.latest?.at ?? 0) - (x.latest?.at ?? 0) || (x.id < y.id ? -1 : 1))
    .slice(0, count);
}
