// Comparison benchmark: how long matching takes at newsroom scale.
//   1. synthesise an archive of N claims (deterministic from a seed), terms from the ingest's extractor
//   2. group them into comparison topics with the same code the site build uses
//   3. report the time of each step, the candidate pairs blocking let through, and how well the
//      grouping recovers the synthetic topics (pairwise precision and recall)
// Measures, never asserts: `node bench/bench-topics.ts [count]` prints one line per step.
import { performance } from 'node:perf_hooks';
import { blockCandidates } from '../src/lib/topics/block-candidates.ts';
import { buildTopics, type BuildPhase } from '../src/lib/topics/build-topics.ts';
import { profileClaim } from '../src/lib/topics/profile-claim.ts';
import { synthesizeClaims } from './corpus/synthesize-claims.ts';
import { extractTerms } from '../src/ingest/index.ts';

/** What one run measured. */
export interface TopicBenchResult {
  claims: number;
  /** Generating claims, including extractTerms on every subject (the ingest's share of the work). */
  synthesizeMs: number;
  /** Candidate pairs after blocking (a full comparison would be n(n-1)/2). */
  candidatePairs: number;
  /** buildTopics end to end: profiles, blocking, scoring, grouping, comparisons, related links. */
  buildMs: number;
  /** Matching alone: profiles, blocking, scoring and grouping (what "grouping N claims" means). */
  groupMs: number;
  /** Milliseconds per phase of buildTopics. */
  phases: Partial<Record<BuildPhase, number>>;
  topics: number;
  /** Of the pairs grouped together, the share from the same synthetic topic. */
  precision: number;
  /** Of the same-topic pairs in different articles, the share grouped together. */
  recall: number;
}

/** Runs the benchmark once on `count` synthetic claims. */
function benchTopics(count = 50_000, seed = 1): TopicBenchResult {
  const t0 = performance.now();
  const claims = synthesizeClaims(count, extractTerms, seed);
  const t1 = performance.now();
  const candidatePairs = blockCandidates(claims.map((claim, index) => profileClaim(claim, index))).length / 2;
  const t2 = performance.now();
  const phases: Partial<Record<BuildPhase, number>> = {};
  const index = buildTopics(claims, undefined, { timings: phases });
  const t3 = performance.now();
  const groupMs = (['profile', 'block', 'score', 'group'] as const).reduce((sum, phase) => sum + (phases[phase] ?? 0), 0);

  let together = 0;
  let correct = 0;
  for (const topic of index.topics) {
    const members = topic.points.map((point) => point.claim);
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        together += 1;
        if (members[i]!.trueTopic === members[j]!.trueTopic) correct += 1;
      }
    }
  }
  const byTrueTopic = new Map<number, typeof claims>();
  for (const claim of claims) byTrueTopic.set(claim.trueTopic, [...(byTrueTopic.get(claim.trueTopic) ?? []), claim]);
  let truePairs = 0;
  let found = 0;
  for (const members of byTrueTopic.values()) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        if (members[i]!.article.id === members[j]!.article.id) continue;
        truePairs += 1;
        const topic = index.topicByClaimId.get(members[i]!.id);
        if (topic !== undefined && topic === index.topicByClaimId.get(members[j]!.id)) found += 1;
      }
    }
  }
  return {
    claims: count,
    synthesizeMs: t1 - t0,
    candidatePairs,
    buildMs: t3 - t2,
    groupMs,
    phases,
    topics: index.topics.length,
    precision: together === 0 ? 1 : correct / together,
    recall: truePairs === 0 ? 1 : found / truePairs,
  };
}

/** The result as report lines. */
function formatTopicBench(result: TopicBenchResult): string[] {
  const full = (result.claims * (result.claims - 1)) / 2;
  return [
    `claims: ${result.claims.toLocaleString('en-US')}`,
    `synthesise + extract terms: ${result.synthesizeMs.toFixed(0)} ms`,
    `candidate pairs: ${result.candidatePairs.toLocaleString('en-US')} (${((result.candidatePairs / full) * 100).toFixed(3)}% of all pairs)`,
    `group (profile + block + score + group): ${result.groupMs.toFixed(0)} ms`,
    `build topics, all phases: ${result.buildMs.toFixed(0)} ms (${Object.entries(result.phases)
      .map(([phase, ms]) => `${phase} ${ms.toFixed(0)}`)
      .join(', ')})`,
    `topics: ${result.topics.toLocaleString('en-US')}`,
    `pairwise precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} against the synthetic topics`,
  ];
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 50_000);
  for (const line of formatTopicBench(benchTopics(count))) console.log(line);
}
