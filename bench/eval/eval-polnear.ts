// PolNeAR (political news attribution relations, LREC 2018; train compartment): who said it.
// Every article goes through the real per-article pipeline (ingestArticle); each claim is placed
// back in the input text, and the claims whose figure lies inside a gold attribution's content
// span must carry that attribution's speaker. The article's `speakers` list is scored against
// the people the gold attributes statements to.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findQuantities, ingestArticle } from '../../src/ingest/index.ts';
import type { EvalSet } from './eval-types.ts';
import { inside } from './locate.ts';
import { foldText } from './fold-text.ts';

type Span = [number, number];
interface GoldAttribution {
  kind: 'direct' | 'mixed' | 'indirect' | 'other';
  numeric: boolean;
  /** The content holds a quantity (not only a year or a date). */
  quantity: boolean;
  content: Span[];
  contentText: string;
  cueText: string;
  sourceText: string;
  speakerMethod: 'named' | 'coref' | 'none';
  speaker: string | null;
}
interface GoldArticle {
  id: string;
  input: string;
  attributions: GoldAttribution[];
}
/** A claim placed in the input text: where its figure is, and who the pipeline says spoke. */
interface PlacedClaim {
  at: number;
  speaker: string | null;
}

const QUOTE_KINDS = new Set(['direct', 'mixed', 'indirect']);

/** Lowercase letters only, accents dropped: `O’Neill` -> `oneill`. */
function nameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}
const nameWords = (name: string): string[] => name.split(/[\s-]+/).map(nameKey).filter((word) => word.length > 1 && !/^(?:jr|sr|ii|iii)$/.test(word));

/** Whether a predicted speaker is the gold one: same surname, or the gold name's words inside the prediction's. */
export function sameSpeaker(gold: string, predicted: string): boolean {
  const goldWords = nameWords(gold);
  const predictedWords = nameWords(predicted);
  if (goldWords.length === 0 || predictedWords.length === 0) return false;
  if (goldWords.at(-1) === predictedWords.at(-1)) return true;
  return goldWords.every((word) => predictedWords.includes(word)) || predictedWords.every((word) => goldWords.includes(word));
}

/**
 * Places each claim's figure in the raw input: the pipeline normalises white space and quote
 * marks, so both texts are compared in a folded form with a map back to input offsets.
 */
function placeClaims(input: string, claims: { text: string; quantity: string; speaker: string | null }[]): PlacedClaim[] {
  const { folded, offsets } = foldText(input);
  const placed: PlacedClaim[] = [];
  let from = 0;
  for (const claim of claims) {
    // A claim of a very long sentence stores a stretch of it, `…` where cut: place the stretch.
    const sentence = foldText(claim.text.replace(/^…|…$/g, '')).folded;
    let at = folded.indexOf(sentence, from);
    if (at < 0) at = folded.indexOf(sentence);
    if (at < 0) continue;
    from = at;
    const within = sentence.indexOf(foldText(claim.quantity).folded);
    placed.push({ at: offsets[at + Math.max(0, within)]!, speaker: claim.speaker });
  }
  return placed;
}


/** A figure written in digits that is not a year, a decade or a clock time (`1956`, `the 1970s`, `10:30`). */
function hasFigureInDigits(text: string): boolean {
  return /\d/.test(text.replace(/\b(?:1[89]|20)\d\d(?:['’]?s)?\b|['’]\d\ds\b|\b\d{1,2}:\d\d\b/g, ''));
}

const inSpans = (at: number, spans: Span[]) => spans.some(([start, end]) => at >= start && at < end);
const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);

/** Counts for one group of quotes. */
interface Tally {
  quotes: number;
  withClaim: number;
  digits: number;
  digitsWithClaim: number;
  right: number;
  none: number;
  wrong: number;
}
const emptyTally = (): Tally => ({ quotes: 0, withClaim: 0, digits: 0, digitsWithClaim: 0, right: 0, none: 0, wrong: 0 });

export const polnear: EvalSet = {
  name: 'polnear',
  title:
    'PolNeAR train: speakers of numeric quotes (targets: claim for ≥ 85% of digit figures; speaker right ≥ 90%, null ≤ 8%, wrong ≤ 3%; speaker list R, P ≥ 90%)',
  needs: 'polnear-train/gold.json and polnear-train/inputs/',
  locate: (dir) => inside('polnear-train/gold.json')(dir) && path.join(dir, 'polnear-train'),
  async run(dir, options) {
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
    // Every article (a few seconds on an idle machine); RECOUNT_EVAL_SAMPLE=N scores every Nth
    // one for a quicker look while working (the figures then differ from the whole set's).
    const step = Math.max(1, Number(process.env.RECOUNT_EVAL_SAMPLE ?? 1) || 1);
    const articles = gold.articles.filter((_, index) => index % step === 0);
    const tallies = { named: emptyTally(), coref: emptyTally() };
    const failures: string[] = [];
    const missing = { notFound: 0, leftOut: 0 };
    let refused = 0;
    let recallSum = 0;
    let recallArticles = 0;
    let precisionSum = 0;
    let precisionArticles = 0;
    const micro = { gold: 0, found: 0, listed: 0, right: 0 };
    // CPU time (user + system) of the ingest alone: on a shared machine, what one core would take.
    let started = process.cpuUsage();
    let ingestMs = 0;
    for (const article of articles) {
      const bytes = readFileSync(path.join(dir, 'inputs', article.input));
      const input = bytes.toString('utf8');
      started = process.cpuUsage();
      let entry: ReturnType<typeof ingestArticle>;
      try {
        entry = ingestArticle({ source: article.input, articleId: article.id, format: 'text', bytes });
      } catch {
        refused += 1;
        continue;
      } finally {
        const used = process.cpuUsage(started);
        ingestMs += (used.user + used.system) / 1000;
      }
      const claims = placeClaims(input, entry.data.claims);

      for (const attribution of article.attributions) {
        if (!QUOTE_KINDS.has(attribution.kind) || !attribution.numeric || attribution.speaker === null) continue;
        if (attribution.speakerMethod === 'none') continue;
        const tally = tallies[attribution.speakerMethod];
        const digits = attribution.quantity && hasFigureInDigits(attribution.contentText);
        const inside = claims.filter((claim) => inSpans(claim.at, attribution.content));
        tally.quotes += 1;
        if (digits) tally.digits += 1;
        if (inside.length === 0) {
          // Why a digit figure got no claim: the claim finder sees no figure there, or sees one and leaves it out.
          if (digits && attribution.speakerMethod === 'named') missing[findQuantities(attribution.contentText).length === 0 ? 'notFound' : 'leftOut'] += 1;
          if (digits && attribution.speakerMethod === 'named') failures.push(`no claim  ${article.id}: [${attribution.cueText}] ${attribution.contentText.slice(0, 160)}`);
          continue;
        }
        tally.withClaim += 1;
        if (digits) tally.digitsWithClaim += 1;
        const speaker = inside[0]!.speaker;
        if (speaker === null) tally.none += 1;
        else if (sameSpeaker(attribution.speaker, speaker)) tally.right += 1;
        else tally.wrong += 1;
        if (attribution.speakerMethod === 'named' && (speaker === null || !sameSpeaker(attribution.speaker, speaker))) {
          failures.push(`${speaker === null ? 'null' : 'wrong'}  ${article.id}: gold ${attribution.speaker} (“${attribution.sourceText}” ${attribution.cueText}), got ${speaker ?? '-'}: ${attribution.contentText.slice(0, 120)}`);
        }
      }

      // Speaker list: gold is everyone a quote or report is attributed to; a listed speaker is
      // right when the article attributes anything to them (beliefs and the like included).
      const goldSpeakers: string[] = [];
      for (const attribution of article.attributions) {
        if (!QUOTE_KINDS.has(attribution.kind) || attribution.speaker === null) continue;
        if (!goldSpeakers.some((known) => sameSpeaker(known, attribution.speaker!))) goldSpeakers.push(attribution.speaker);
      }
      const anySpeakers = article.attributions.flatMap((attribution) => (attribution.speaker === null ? [] : [attribution.speaker]));
      const listed = entry.data.speakers;
      const found = goldSpeakers.filter((name) => listed.some((speaker) => sameSpeaker(name, speaker))).length;
      const right = listed.filter((speaker) => anySpeakers.some((name) => sameSpeaker(name, speaker)));
      micro.gold += goldSpeakers.length;
      micro.found += found;
      micro.listed += listed.length;
      micro.right += right.length;
      if (goldSpeakers.length > 0) {
        recallSum += found / goldSpeakers.length;
        recallArticles += 1;
      }
      if (listed.length > 0) {
        precisionSum += right.length / listed.length;
        precisionArticles += 1;
        for (const speaker of listed) if (!right.includes(speaker)) failures.push(`listed  ${article.id}: ${speaker} (not a gold speaker)`);
      }
      for (const name of goldSpeakers) if (!listed.some((speaker) => sameSpeaker(name, speaker))) failures.push(`missed  ${article.id}: ${name}`);
    }

    const lines = [
      `${articles.length} articles${step > 1 ? ` (every ${step === 2 ? '2nd' : step === 3 ? '3rd' : `${step}th`} article; \`npm run eval -- --set polnear\` scores all)` : ''}, ${refused} refused by the ingest; ingest ${(ingestMs / 1000).toFixed(1)} s of CPU (${Math.round((1000 * articles.length) / ingestMs)} articles/s of CPU)`,
      '',
      '| numeric quotes (direct, mixed, indirect) | quotes | get a claim | digits: get a claim | speaker right | null | wrong |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const [method, tally] of Object.entries(tallies)) {
      lines.push(
        `| speaker ${method === 'named' ? 'named (target)' : 'by coreference'} | ${tally.quotes} | ${percent(tally.withClaim, tally.quotes)} | ${percent(tally.digitsWithClaim, tally.digits)} of ${tally.digits} | ${percent(tally.right, tally.withClaim)} | ${percent(tally.none, tally.withClaim)} | ${percent(tally.wrong, tally.withClaim)} |`,
      );
    }
    lines.push(
      '',
      `Named quotes with a digit figure and no claim: ${missing.notFound} where the claim finder sees no figure (durations, ages, times, ranks…), ${missing.leftOut} where it sees one but leaves it out (no counted thing or unit, or outside the sentence it reads).`,
      '',
      '| speaker list | recall | precision |',
      '| --- | ---: | ---: |',
      `| mean per article | ${percent(recallSum, recallArticles)} | ${percent(precisionSum, precisionArticles)} |`,
      `| all articles pooled | ${percent(micro.found, micro.gold)} | ${percent(micro.right, micro.listed)} |`,
    );
    if (options.errors > 0 && failures.length > 0) lines.push('', ...failures.slice(0, options.errors));
    return lines.join('\n');
  },
};
