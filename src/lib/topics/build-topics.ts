// Comparisons for a whole site, in one pass: profile every claim, block candidate pairs, score
// them, group strong pairs into topics under the editors' rules, then line each topic's figures
// up in time and compare them. Weaker pairs become "possibly related" links, shown apart.
import type { TopicEdits } from '../../schemas/topic-edits.ts';
import { blockCandidates, DEFAULT_BLOCKING, type BlockingOptions } from './block-candidates.ts';
import { describeTopic } from './describe-topic.ts';
import { dropCommonNames } from './drop-common-names.ts';
import { groupClaims, type GroupingRules } from './group-claims.ts';
import { linkRelated } from './link-related.ts';
import { NO_TOPIC_EDITS, TopicEditsError } from './parse-topic-edits.ts';
import { profileClaim, type ClaimProfile } from './profile-claim.ts';
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
  /** When given, filled with the milliseconds each step took (for the benchmark). */
  timings?: Partial<Record<BuildPhase, number>>;
}

/** The phases of buildTopics, as the benchmark reports them. */
export type BuildPhase = 'profile' | 'block' | 'score' | 'group' | 'describe' | 'relate';

/** The reasons of a pair not worded yet: one shared, frozen empty list (hundreds of thousands of pairs). */
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

/** Builds every comparison topic and related link for a set of claims (see the header). */
export function buildTopics<C extends MatchableClaim>(
  claims: readonly C[],
  edits: TopicEdits = NO_TOPIC_EDITS,
  options: TopicOptions = {},
): TopicIndex<C> {
  const file = options.editsFile ?? 'content/topics.yaml';
  const warnings: string[] = [];
  let clock = performance.now();
  const lap = (phase: BuildPhase) => {
    const now = performance.now();
    if (options.timings) options.timings[phase] = (options.timings[phase] ?? 0) + now - clock;
    clock = now;
  };
  const profiles = claims.map((claim, index) => profileClaim(claim, index));
  dropCommonNames(profiles);
  const indexById = new Map(claims.map((claim, index) => [claim.id, index]));
  lap('profile');

  // 1. Score the candidate pairs; keep those strong enough to matter.
  const scored: ScoredPair[] = [];
  const candidates = blockCandidates(profiles, options.blocking ?? DEFAULT_BLOCKING);
  lap('block');
  for (let i = 0; i < candidates.length; i += 2) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    const confidence = pairConfidence(profiles[a]!, profiles[b]!);
    // Reasons are worded later, only for the pairs a page shows (see `explain`).
    if (confidence >= RELATED_CONFIDENCE) scored.push({ a, b, confidence, reasons: UNWORDED, conflict: false });
  }

  // Worded on first use and kept: a large archive has far more pairs than any page shows.
  const explain = (pair: ScoredPair): string[] => {
    if (pair.reasons === UNWORDED) pair.reasons = scorePair(profiles[pair.a]!, profiles[pair.b]!).reasons;
    return pair.reasons;
  };

  lap('score');

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

  lap('group');

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
    const matches = draft.matches.map((pair) => new LazyMatch(claims[pair.a]!, claims[pair.b]!, pair.confidence, () => explain(pair)));
    // An editor's join is taken as certain; otherwise the weakest join holds the topic together.
    const confidence = draft.forced ? 1 : Math.min(...draft.matches.map((pair) => pair.confidence));
    const topic = describeTopic(id, memberClaims, memberProfiles, matches, confidence);
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

  lap('describe');

  // 8. Possibly related: weaker pairs, and strong pairs a hard check kept out of a topic.
  const { topicByClaimId, relatedByClaimId } = linkRelated({ claims, profiles, scored, grouping, topics, explain });

  topics.sort((x, y) => {
    if (x.latest === null || y.latest === null) return x.latest === y.latest ? (x.id < y.id ? -1 : 1) : x.latest === null ? 1 : -1;
    return y.latest.at - x.latest.at || (x.id < y.id ? -1 : 1);
  });
  lap('relate');
  return { topics, topicsById, topicByClaimId, relatedByClaimId, warnings };
}
