// Comparisons for a whole site, in one pass: profile every claim, block candidate pairs, score
// them, group strong pairs into topics under the editors' rules, then line each topic's figures
// up in time and compare them. Weaker pairs become "possibly related" links, shown apart.
import type { TopicEdits } from '../../schemas/topic-edits.ts';
import { blockCandidates, DEFAULT_BLOCKING, type BlockingOptions } from './block-candidates.ts';
import { describeTopic } from './describe-topic.ts';
import { dropCommonNames } from './drop-common-names.ts';
import { groupClaims, type GroupingRules } from './group-claims.ts';
import { linkRelated, selectRelated, type ClaimLinks, type PairTuple } from './link-related.ts';
import { NO_TOPIC_EDITS, TopicEditsError } from './parse-topic-edits.ts';
import { profileClaim, type ClaimProfile, type PointFacts } from './profile-claim.ts';
import { pairConfidence, RELATED_CONFIDENCE, scorePair, type ScoredPair } from './score-pair.ts';
import { pickAnchor, topicId } from './topic-id.ts';
import type { Topic, TopicIndex, TopicMatch } from './topic-types.ts';
import type { MatchableClaim } from './matchable-claim.ts';

/** A match whose reasons are worded on first read (a large archive has far more than pages show). */
class LazyMatch<C extends MatchableClaim> implements TopicMatch<C> {
  readonly a: C;
  readonly b: C;
  readonly confidence: number;
  readonly #explain: () => string[];
  constructor(a: C, b: C, confidence: number, explain: () => string[]) {
    this.a = a;
    this.b = b;
    this.confidence = confidence;
    this.#explain = explain;
  }
  get reasons(): string[] {
    return this.#explain();
  }
}

/** Options for building topics. */
export interface TopicOptions {
  blocking?: BlockingOptions;
  /** Name of the editors' file, for messages. */
  editsFile?: string;
}

/** A scored pair's reasons, never worded on the pair (describeTopics words those a page reads): one shared, frozen empty list (hundreds of thousands of pairs). */
const UNWORDED: string[] = Object.freeze([]) as unknown as string[];

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

/** One topic of a TopicGrouping: everything its page is described from, by claim index. */
export interface GroupedTopic {
  id: string;
  /** Its claims, in the order they are described (see describeTopic). */
  members: number[];
  /** The pairs that joined it. */
  matches: PairTuple[];
  /** The weakest join (1 when an editor joined it). */
  confidence: number;
  notes: string[];
  confirmed: boolean;
}

/**
 * The comparisons of a site as plain data, by claim index: which claims form each topic, the
 * pairs that joined them and the related pairs each claim keeps. This is the costly part of
 * building topics (profiling, blocking, scoring, grouping); describeTopics turns it into the
 * pages' topics. Plain, so that it can cross from one process to another (pack-topics.ts).
 */
export interface TopicGrouping {
  /** In the order they were made (groups, then merges), confirmations applied. */
  topics: GroupedTopic[];
  related: ClaimLinks[];
  /** Names too common in the archive to tie two claims together (drop-common-names.ts). */
  commonNames: string[];
  /** Editors' decisions that no longer apply, in words. */
  warnings: string[];
}

/** Where describeTopics finds each claim's profile: the cheap part for every member, the whole one only for the reasons a page reads. */
export interface ProfileSource {
  factsAt: (index: number) => PointFacts;
  profileAt: (index: number) => ClaimProfile;
}

/** Builds every comparison topic and related link for a set of claims (see the header). */
export function buildTopics<C extends MatchableClaim>(
  claims: readonly C[],
  edits: TopicEdits = NO_TOPIC_EDITS,
  options: TopicOptions = {},
): TopicIndex<C> {
  const { grouping, profiles } = groupTopics(claims, edits, options);
  return describeTopics(claims, grouping, profilesFrom(profiles));
}

/** The profiles groupTopics made, as describeTopics reads them. */
export function profilesFrom(profiles: readonly ClaimProfile[]): ProfileSource {
  const at = (index: number) => profiles[index]!;
  return { factsAt: at, profileAt: at };
}

/** Groups the claims into topics and picks their related pairs (see TopicGrouping); also returns the profiles it made. */
export function groupTopics<C extends MatchableClaim>(
  claims: readonly C[],
  edits: TopicEdits = NO_TOPIC_EDITS,
  options: TopicOptions = {},
): { grouping: TopicGrouping; profiles: ClaimProfile[] } {
  const file = options.editsFile ?? 'content/topics.yaml';
  const warnings: string[] = [];
  const profiles = claims.map((claim, index) => profileClaim(claim, index));
  const commonNames = dropCommonNames(profiles);
  const indexById = new Map(claims.map((claim, index) => [claim.id, index]));

  // 1. Score the candidate pairs; keep those strong enough to matter.
  const scored: ScoredPair[] = [];
  const candidates = blockCandidates(profiles, options.blocking ?? DEFAULT_BLOCKING);
  for (let i = 0; i < candidates.length; i += 2) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    const confidence = pairConfidence(profiles[a]!, profiles[b]!);
    // Reasons are worded later, only for the pairs a page shows (describeTopics).
    if (confidence >= RELATED_CONFIDENCE) scored.push({ a, b, confidence, reasons: UNWORDED, conflict: false });
  }

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

  // 6. Confirmations.
  const grouped: GroupedTopic[] = [...drafts].map(([id, draft]) => ({
    id,
    members: draft.members,
    matches: draft.matches.map((pair): PairTuple => [pair.a, pair.b, pair.confidence]),
    // An editor's join is taken as certain; otherwise the weakest join holds the topic together.
    confidence: draft.forced ? 1 : Math.min(...draft.matches.map((pair) => pair.confidence)),
    notes: draft.notes,
    confirmed: false,
  }));
  const groupedById = new Map(grouped.map((topic) => [topic.id, topic]));
  edits.confirm.forEach((entry, i) => {
    const topic = groupedById.get(entry.topic);
    if (topic === undefined) {
      warnings.push(`${file}: confirm.${i}: topic ${entry.topic} no longer exists; check the comparisons and update the entry`);
      return;
    }
    topic.confirmed = true;
    if (entry.note !== undefined) topic.notes.push(entry.note);
  });

  // 7. Possibly related: weaker pairs, and strong pairs a hard check kept out of a topic.
  const related = selectRelated(scored, grouping, grouped.map((topic) => topic.members), claims.length);
  return { grouping: { topics: grouped, related, commonNames: [...commonNames], warnings }, profiles };
}

/** The pages' topics from a grouping of these claims: each topic lined up in time and compared, its matches and related links. */
export function describeTopics<C extends MatchableClaim>(
  claims: readonly C[],
  grouping: TopicGrouping,
  { factsAt, profileAt }: ProfileSource,
): TopicIndex<C> {
  // Worded on first read and kept: a large archive has far more pairs than any page shows.
  const reasons = new Map<number, string[]>();
  const explain = (a: number, b: number): string[] => {
    const key = a * claims.length + b;
    let words = reasons.get(key);
    if (words === undefined) {
      words = scorePair(profileAt(a), profileAt(b)).reasons;
      reasons.set(key, words);
    }
    return words;
  };
  const topics: Topic<C>[] = grouping.topics.map((grouped) => {
    const matches = grouped.matches.map(([a, b, confidence]) => new LazyMatch(claims[a]!, claims[b]!, confidence, () => explain(a, b)));
    const topic = describeTopic(
      grouped.id,
      grouped.members.map((member) => claims[member]!),
      grouped.members.map(factsAt),
      matches,
      grouped.confidence,
    );
    topic.notes = grouped.notes;
    topic.confirmed = grouped.confirmed;
    return topic;
  });
  const topicsById = new Map(topics.map((topic) => [topic.id, topic]));

  const { topicByClaimId, relatedByClaimId } = linkRelated({ claims, factsAt, related: grouping.related, topics, explain });
  topics.sort((x, y) => {
    if (x.latest === null || y.latest === null) return x.latest === y.latest ? (x.id < y.id ? -1 : 1) : x.latest === null ? 1 : -1;
    return y.latest.at - x.latest.at || (x.id < y.id ? -1 : 1);
  });
  return { topics, topicsById, topicByClaimId, relatedByClaimId, warnings: grouping.warnings };
}
