// Comparisons on real coverage: labelled pairs of figures from the PolNeAR articles (read at run
// time from ../shared/eval/, never copied here) and from our own fixture pairs. Each PolNeAR
// article goes through the real pipeline (dated from its file name, as an editor would), every
// claim of all 560 articles is grouped with buildTopics, and each labelled pair is judged:
//   true pairs (the same thing: agreeing copies, a conflict on one period, a time series) must
//   end up compared in one topic; near-misses (a part of a year against a whole year, a forecast
//   against the outcome, a total against its part, the same number of another thing) must not.
// A label names a figure by article id, the figure's character offset in the input file and its
// value, never by claim id: the extraction under it changes while the labels stay put.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { extractTerms, ingestArticle } from '../../src/ingest/index.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import { buildTopics } from '../../src/lib/topics/build-topics.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';
import type { TopicIndex } from '../../src/lib/topics/topic-types.ts';
import { dropCommonNames } from '../../src/lib/topics/drop-common-names.ts';
import { profileClaim } from '../../src/lib/topics/profile-claim.ts';
import { scorePair } from '../../src/lib/topics/score-pair.ts';
import type { EvalSet } from './eval-types.ts';
import { inside } from './locate.ts';
import { foldText, type FoldedText } from './fold-text.ts';

/** The relations a labelled pair can stand in. */
export const TRUE_RELATIONS = ['same-period-agreeing', 'same-period-conflicting', 'time-series'] as const;
export const NEAR_MISS_RELATIONS = ['partial-vs-full', 'forecast-vs-actual', 'total-vs-part', 'other-thing'] as const;
type Relation = (typeof TRUE_RELATIONS)[number] | (typeof NEAR_MISS_RELATIONS)[number];

/** One end of a labelled pair: the figure at `at` (offset in the input file) of value `value`. */
interface FigureRef {
  article: string;
  at: number;
  value: number;
}
interface LabelledPair {
  relation: Relation;
  why: string;
  a: FigureRef;
  b: FigureRef;
}

/** A claim of the evaluated corpus, with its place in the input text. */
type PlacedClaim = MatchableClaim & { at: number };

/** How the matcher treated a pair. */
export type Outcome = 'compared' | 'beside' | 'related' | 'apart' | 'missing';

const isTrue = (relation: Relation) => (TRUE_RELATIONS as readonly string[]).includes(relation);


/** The input offset of a claim's figure: its sentence found in the input, then the figure in it; -1 when lost. */
function placeFigure(input: FoldedText, claim: Pick<Claim, 'text' | 'quantity'>): number {
  const sentence = foldText(claim.text).folded.replace(/…$/, '');
  const within = sentence.indexOf(foldText(claim.quantity).folded);
  for (const probe of [sentence, sentence.slice(0, 60), sentence.slice(Math.max(0, within - 30), within + 30)]) {
    const at = input.folded.indexOf(probe);
    if (at < 0 || probe.length < 8) continue;
    const offset = probe === sentence || probe.length === Math.min(60, sentence.length) ? at + Math.max(0, within) : at + Math.min(30, within);
    return input.offsets[offset] ?? -1;
  }
  return -1;
}

/** `nyt_2016-02-22_slug.txt` -> its date and outlet, as the front-matter an editor would add. */
function frontMatter(file: string): string {
  const [outlet, date] = file.split('_');
  return `---\ndate: ${date}\noutlet: ${outlet}\n---\n`;
}

/** Every claim of the PolNeAR inputs, placed in its input file. */
export function loadCorpusClaims(inputs: string, files: readonly string[]): PlacedClaim[] {
  const claims: PlacedClaim[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(inputs, file), 'utf8');
    const articleId = file.replace(/\.txt$/, '');
    let entry: ReturnType<typeof ingestArticle>;
    try {
      entry = ingestArticle({ source: file, articleId, format: 'markdown', bytes: new TextEncoder().encode(`${frontMatter(file)}${text}`) });
    } catch {
      continue;
    }
    const folded = foldText(text);
    for (const claim of entry.data.claims) {
      claims.push({ ...claim, at: placeFigure(folded, claim), article: { id: articleId, data: { date: entry.data.date, outlet: entry.data.outlet } } });
    }
  }
  return claims;
}

/** The claim a label names: in its article, of its value, whose figure is nearest `at` (within a sentence). */
function resolve(ref: FigureRef, byArticle: Map<string, PlacedClaim[]>): PlacedClaim | null {
  let best: PlacedClaim | null = null;
  for (const claim of byArticle.get(ref.article) ?? []) {
    const valueFits = claim.value === ref.value || (claim.min !== null && claim.max !== null && claim.min <= ref.value && ref.value <= claim.max) || (claim.value === null && claim.min === ref.value);
    if (!valueFits || claim.at < 0 || Math.abs(claim.at - ref.at) > 200) continue;
    if (best === null || Math.abs(claim.at - ref.at) < Math.abs(best.at - ref.at)) best = claim;
  }
  return best;
}

/** What the matcher made of two claims (see Outcome). */
export function judgePair<C extends MatchableClaim>(index: TopicIndex<C>, a: C, b: C): Outcome {
  const topic = index.topicByClaimId.get(a.id);
  if (topic !== undefined && topic === index.topicByClaimId.get(b.id)) {
    // As the page shows them: a forecast, plan or target stands beside the series.
    const forecast = (claim: C) => topic.points.find((point) => point.claim.id === claim.id)?.relation === 'forecast';
    return forecast(a) === forecast(b) ? 'compared' : 'beside';
  }
  return (index.relatedByClaimId.get(a.id) ?? []).some((link) => link.other.id === b.id) ? 'related' : 'apart';
}

/** Precision, recall and the near-misses grouped, by relation, as a table. */
function report(results: Array<{ relation: Relation; why: string; outcome: Outcome; detail?: string }>, errors: number): string {
  const truePairs = results.filter((r) => isTrue(r.relation));
  const nearMisses = results.filter((r) => !isTrue(r.relation));
  const found = truePairs.filter((r) => r.outcome === 'compared').length;
  const wrong = nearMisses.filter((r) => r.outcome === 'compared');
  const precision = found + wrong.length === 0 ? 1 : found / (found + wrong.length);
  const recall = truePairs.length === 0 ? 1 : found / truePairs.length;
  const lines = [
    `${truePairs.length} true pairs, ${nearMisses.length} near-misses; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, near-misses grouped ${wrong.length}`,
    '',
    '| relation | pairs | compared | shown beside | possibly related | apart | figure not extracted |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const relation of [...TRUE_RELATIONS, ...NEAR_MISS_RELATIONS]) {
    const rows = results.filter((r) => r.relation === relation);
    if (rows.length === 0) continue;
    const count = (outcome: Outcome) => rows.filter((r) => r.outcome === outcome).length;
    lines.push(`| ${isTrue(relation) ? '' : 'near-miss: '}${relation} | ${rows.length} | ${count('compared')} | ${count('beside')} | ${count('related')} | ${count('apart')} | ${count('missing')} |`);
  }
  const failures = [
    ...wrong.map((r) => `grouped near-miss (${r.relation}): ${r.why}${r.detail ?? ''}`),
    ...truePairs.filter((r) => r.outcome !== 'compared').map((r) => `missed (${r.relation}, ${r.outcome}): ${r.why}${r.detail ?? ''}`),
  ];
  if (errors > 0 && failures.length > 0) lines.push('', ...failures.slice(0, errors));
  return lines.join('\n');
}

/** The fixture pairs we wrote ourselves (tests/fixtures/matching-pairs.yaml), as claims. */
interface FixtureClaim {
  subject: string;
  unit: string;
  kind?: Claim['kind'];
  per?: Claim['period']['per'];
  value?: number;
  when?: string;
  until?: string;
  modality?: Claim['modality'];
  date?: string;
}
interface FixturePair {
  label: 'same' | 'different' | 'related';
  relation?: Relation;
  why: string;
  a: FixtureClaim;
  b: FixtureClaim;
}

/** A fixture claim as the ingest would store it (see tests/fixtures/matching-pairs.yaml for the defaults). */
export function fixtureClaim(spec: FixtureClaim, id: string, date: string): MatchableClaim {
  const value = spec.value ?? 100;
  return {
    id,
    quantity: String(value),
    speaker: null,
    value,
    unit: spec.unit,
    kind: spec.kind ?? 'count',
    qualifier: 'exact',
    min: value,
    max: value,
    subject: spec.subject,
    terms: extractTerms(spec.subject, spec.unit),
    period: {
      when: spec.when ?? spec.date ?? date,
      basis: spec.when === undefined ? 'article-date' : 'text',
      phrase: null,
      per: spec.per ?? null,
      ...(spec.until === undefined ? {} : { until: spec.until }),
    },
    ...(spec.modality === undefined ? {} : { modality: spec.modality }),
    article: { id: `article-${id}`, data: { date: spec.date ?? date, outlet: 'Test Outlet' } },
  };
}

/** Scores the fixture pairs: `same` pairs are true pairs, `different` ones near-misses (`related` pairs are left out). */
function runFixtures(file: string, errors: number): string {
  const pairs = parse(readFileSync(file, 'utf8')) as FixturePair[];
  const results = pairs
    .filter((pair) => pair.label !== 'related')
    .map((pair, i) => {
      const a = fixtureClaim(pair.a, `a-${i}`, '2022-03-01');
      const b = fixtureClaim(pair.b, `b-${i}`, '2024-03-01');
      const relation: Relation = pair.relation ?? (pair.label === 'same' ? 'time-series' : 'other-thing');
      return { relation, why: pair.why, outcome: judgePair(buildTopics([a, b]), a, b) };
    });
  return report(results, errors);
}

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/matching-pairs.yaml');
const LABELS = path.resolve(import.meta.dirname, 'comparison-pairs.yaml');

export const comparisons: EvalSet = {
  name: 'comparisons',
  title: 'Comparisons: labelled pairs of figures from PolNeAR articles, and our own (targets: precision ≥ 0.95, recall ≥ 0.9, no near-miss grouped)',
  needs: 'polnear-train/inputs/',
  locate: (dir) => inside('polnear-train/inputs')(dir),
  async run(inputs, options) {
    const labels = parse(readFileSync(LABELS, 'utf8')) as LabelledPair[];
    const files = [...new Set(labels.flatMap((pair) => [pair.a.article, pair.b.article]))].map((id) => `${id}.txt`);
    // Every article is grouped, not only the labelled ones: the others are the distractors.
    const all = (await import('node:fs')).readdirSync(inputs).filter((file) => file.endsWith('.txt'));
    const claims = loadCorpusClaims(inputs, [...new Set([...files, ...all])].sort());
    const started = performance.now();
    const index = buildTopics(claims);
    const groupMs = performance.now() - started;
    const byArticle = new Map<string, PlacedClaim[]>();
    for (const claim of claims) byArticle.set(claim.article.id, [...(byArticle.get(claim.article.id) ?? []), claim]);
    // For the failures listed: each claim's subject and period, and how the pair scores.
    const profiles = options.errors > 0 ? claims.map((claim, i) => profileClaim(claim, i)) : [];
    dropCommonNames(profiles);
    const positions = new Map(claims.map((claim, i) => [claim, i]));
    const describe = (a: PlacedClaim, b: PlacedClaim) => {
      if (profiles.length === 0) return '';
      const pair = scorePair(profiles[positions.get(a)!]!, profiles[positions.get(b)!]!);
      const side = (claim: PlacedClaim) => `"${claim.subject}" ${claim.period.when}${claim.period.until ? `..${claim.period.until}` : ''}${claim.modality ? ` ${claim.modality}` : ''}`;
      const names = [...(profiles[positions.get(a)!]!.names ?? [])].filter((name) => profiles[positions.get(b)!]!.names?.has(name));
      return `\n    ${side(a)} | ${side(b)}\n    ${pair.confidence}: ${pair.reasons.join('; ')}${names.length > 0 ? `; names in common: ${names.join(', ')}` : ''}`;
    };
    const results = labels.map((pair) => {
      const a = resolve(pair.a, byArticle);
      const b = resolve(pair.b, byArticle);
      const outcome: Outcome = a === null || b === null ? 'missing' : judgePair(index, a, b);
      return { relation: pair.relation, why: pair.why, outcome, detail: a === null || b === null ? '' : describe(a, b) };
    });
    const sizes = index.topics.map((topic) => topic.points.length);
    return [
      `### PolNeAR pairs (${claims.length} claims from ${all.length} articles grouped in ${groupMs.toFixed(0)} ms: ${index.topics.length} comparisons, ${sizes.reduce((x, y) => x + y, 0)} claims in them)`,
      report(results, options.errors),
      '',
      '### Our own pairs (tests/fixtures/matching-pairs.yaml)',
      runFixtures(FIXTURES, options.errors),
    ].join('\n');
  },
};
