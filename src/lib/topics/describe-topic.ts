// One group of matched claims, described: its figures placed in time on one scale, each compared
// with the one before and the first with the last, contradictions within a period found, and the
// plain-language summary and headline written.
import { compareFigures, type ComparedFigure, type FigureChange } from './compare-figures.ts';
import { figureInterval } from './figure-interval.ts';
import { spansOverlap } from './period-span.ts';
import { PLACEHOLDER_SUBJECTS, type PointFacts } from './profile-claim.ts';
import { capitalize, summarizeChange, summarizePoints } from './summarize-topic.ts';
import { byPublication, pickAnchor } from './topic-id.ts';
import type { Topic, TopicMatch, TopicPoint, TopicStatus, TopicStep } from './topic-types.ts';
import type { MatchableClaim } from './matchable-claim.ts';

/** The figure of a claim on the scale of a topic's display unit. */
export function pointOf<C extends MatchableClaim>(claim: C, profile: PointFacts, displayFactor: number): TopicPoint<C> {
  return { claim, span: profile.span, figure: figureInterval(claim, profile.family.factor / displayFactor), modality: profile.modality };
}

/** Orders points by period, undated last, then by publication. */
export function byTime<C extends MatchableClaim>(x: Pick<TopicPoint<C>, 'claim' | 'span'>, y: Pick<TopicPoint<C>, 'claim' | 'span'>): number {
  if (x.span === null || y.span === null) return x.span === y.span ? byPublication(x.claim, y.claim) : x.span === null ? 1 : -1;
  return x.span.at - y.span.at || byPublication(x.claim, y.claim);
}

/** Compares two points of the same family, earlier first. */
export function comparePoints<C extends MatchableClaim>(from: TopicPoint<C>, to: TopicPoint<C>, unit: string): FigureChange {
  const figure = (point: TopicPoint<C>): ComparedFigure => ({ figure: point.figure, span: point.span, speaker: point.claim.speaker });
  return compareFigures(figure(from), figure(to), { kind: from.claim.kind, unit });
}


/**
 * The title: the member subject that says most of what the members share, in few words. Each
 * subject scores by how many members share each of its terms (so a wording with a stray word of
 * its own loses to the common one), less a little per word past six; a placeholder, a bare unit
 * or a lone word no other member shares never wins while a better subject exists. Ties go to the
 * shorter subject, then to the anchor's.
 */
function pickTitle(claims: readonly MatchableClaim[], anchor: MatchableClaim): string {
  const counts = new Map<string, number>();
  for (const claim of claims) for (const term of new Set(claim.terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const score = (claim: MatchableClaim): number => {
    const subject = claim.subject.trim();
    const words = subject.split(/\s+/).length;
    if (PLACEHOLDER_SUBJECTS.has(subject.toLowerCase()) || /^[\d\s.,%$-]*$/.test(subject)) return -100;
    // A fragment the ingest cut out of a sentence reads as one: any whole phrase beats it.
    if (isFragment(subject)) return -50;
    const shared = [...new Set(claim.terms)].reduce((sum, term) => sum + ((counts.get(term) ?? 0) > 1 ? counts.get(term)! : -0.5), 0);
    const bare = words === 1 && subject.toLowerCase().replace(/s$/, '') === claim.unit.toLowerCase() ? 1 : 0;
    return shared - Math.max(0, words - 6) * 0.5 - bare;
  };
  let best = anchor;
  let bestScore = score(anchor);
  for (const claim of claims) {
    const value = score(claim);
    if (value > bestScore || (value === bestScore && claim.subject.trim().length < best.subject.trim().length)) [best, bestScore] = [claim, value];
  }
  return sentenceCase(tidyTitle(isFragment(best.subject) ? repairFragment(best.subject) : best.subject), claims);
}

/**
 * The readable part of a fragment when no member has a whole phrase: its opening function words
 * and everything from an ellipsis on dropped (`of the magic number of … needed to clinch` ->
 * `magic number`); the fragment as it is when nothing readable is left.
 */
export function repairFragment(subject: string): string {
  let text = subject.split(/\s*…\s*|\s*\[|\s*\]/)[0]!.trim();
  let previous = '';
  while (text !== previous) {
    previous = text;
    text = text.replace(FRAGMENT_OPENING, '').replace(/^(?:the|a|an)\b/i, '').trim();
  }
  const tidy = tidyTitle(text);
  return tidy.split(/\s+/).length >= 2 && !isFragment(tidy) ? tidy : subject;
}

/** Words a subject cut out of a sentence starts with: `of the magic number`, `which stood at`, `we get to`. */
const FRAGMENT_OPENING = /^(?:of|which|who|whom|that|we|you|i|if|are|is|was|were|be|been|and|or|but|to|than|as|said|says|a lot)\b/i;

/** True when most words of a text are capitalised, as in a headline. */
function isHeadlineCased(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length * 2 > words.length;
}

/** True when a subject is a fragment of a sentence rather than a phrase (see pickTitle). */
export function isFragment(subject: string): boolean {
  return FRAGMENT_OPENING.test(subject) || /[…[\]{}]|https?:|#/.test(subject);
}

/**
 * A headline-cased title (`Minimum Wage`, `Auto Sales`) in sentence case, as the other titles
 * are; a word stays capitalised when a member's sentence capitalises it mid-sentence (a name).
 */
export function sentenceCase(title: string, claims: readonly MatchableClaim[]): string {
  const words = title.split(/\s+/);
  if (words.length < 2 || !words.every((word) => /^[\p{Lu}\d]/u.test(word))) return title;
  // Only sentences in sentence case tell a name: a headline capitalises every word.
  const prose = claims.filter((claim) => claim.text !== undefined && !isHeadlineCased(claim.text));
  const named = (word: string) => prose.some((claim) => new RegExp(`[^.!?\\s]\\s+${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(claim.text!));
  return [words[0]!, ...words.slice(1).map((word) => (named(word) ? word : word.toLowerCase()))].join(' ');
}

/**
 * A subject made fit for a heading: cut at an aside (`members of an entire religion — from
 * entering`), with no dangling preposition or conjunction at the end.
 */
export function tidyTitle(subject: string): string {
  let title = subject.trim().split(/\s+(?:[—―–]|--)\s*|\s*[—―]\s*/u)[0]!.trim();
  title = title.replace(/[\s,;:.]+$/u, '');
  while (/\s(?:of|in|on|at|to|for|from|by|with|and|or|the|a|an|that|who|which|than)$/i.test(title)) title = title.replace(/\s+\S+$/u, '');
  return title || subject.trim();
}

/**
 * Sets each point's relation (see MemberRelation): an actual figure against the actual figures
 * before it in time, for the same period first.
 */
function relate<C extends MatchableClaim>(points: TopicPoint<C>[], unit: string): void {
  const series: TopicPoint<C>[] = [];
  for (const point of points) {
    const modality = point.modality ?? point.claim.modality;
    if (modality !== undefined && modality !== 'actual') {
      point.relation = 'forecast';
      continue;
    }
    if (point.span === null) {
      point.relation = 'undated';
      continue;
    }
    const same = series.filter((earlier) => spansOverlap(earlier.span!, point.span!));
    if (same.length > 0) {
      point.relation = same.some((earlier) => comparePoints(earlier, point, unit).status === 'consistent') ? 'agrees' : 'conflicts';
    } else if (series.length === 0) {
      point.relation = 'first';
    } else {
      point.relation = comparePoints(series.at(-1)!, point, unit).status === 'consistent' ? 'agrees' : 'changed';
    }
    series.push(point);
  }
}

/** Lines a group of claims up in time and compares them (everything but id-level edits). */
export function describeTopic<C extends MatchableClaim>(
  id: string,
  claims: C[],
  profiles: PointFacts[],
  matches: TopicMatch<C>[],
  confidence: number,
): Topic<C> {
  const anchorIndex = claims.indexOf(pickAnchor(claims));
  const anchor = claims[anchorIndex]!;
  const displayFactor = profiles[anchorIndex]!.family.factor;
  const points = claims.map((claim, i) => pointOf(claim, profiles[i]!, displayFactor)).sort(byTime);
  relate(points, anchor.unit);
  // Forecasts, plans and targets stand beside the series: never a step, a change or a contradiction.
  const forecasts = points.filter((point) => point.relation === 'forecast');
  const dated = points.filter((point) => point.span !== null && point.relation !== 'forecast');
  const steps = dated.slice(1).map((to, i) => ({ from: dated[i]!, to, change: comparePoints(dated[i]!, to, anchor.unit) }));
  const overall =
    dated.length < 2
      ? null
      : steps.length === 1
        ? steps[0]!
        : { from: dated[0]!, to: dated[dated.length - 1]!, change: comparePoints(dated[0]!, dated[dated.length - 1]!, anchor.unit) };
  // Each figure that disagrees with an earlier one for the same period is listed once, against
  // the earliest it disagrees with. Every such pair grew with the square of a topic's size: at
  // 20,000 generated articles, 200,733 pairs (2,763 on one compare page) held by every build process.
  const contradictions: TopicStep<C>[] = [];
  const listed = new Set<number>();
  for (let i = 0; i < dated.length; i += 1) {
    for (let j = i + 1; j < dated.length && dated[j]!.span!.start < dated[i]!.span!.end; j += 1) {
      if (listed.has(j) || !spansOverlap(dated[i]!.span!, dated[j]!.span!)) continue;
      const change = comparePoints(dated[i]!, dated[j]!, anchor.unit);
      if (change.status === 'contradiction') {
        contradictions.push({ from: dated[i]!, to: dated[j]!, change });
        listed.add(j);
      }
    }
  }
  const status: TopicStatus =
    contradictions.length > 0
      ? 'contradiction'
      : overall === null
        ? dated.length === 1 && forecasts.length > 0
          ? 'forecast'
          : 'undated'
        : overall.change.status === 'changed' || steps.some((step) => step.change.status === 'changed')
          ? 'changed'
          : 'consistent';
  const speakers = [...new Set(points.map((point) => point.claim.speaker).filter((name): name is string => name !== null))];
  const title = pickTitle(claims, anchor);
  const actual = points.filter((point) => point.relation !== 'forecast');
  return {
    id,
    title: capitalize(title),
    kind: anchor.kind,
    unit: anchor.unit,
    points,
    forecasts,
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
    summary: summarizePoints(actual.length > 0 ? actual : points, title, anchor.kind),
    headline:
      status === 'forecast'
        ? `One figure so far; the ${forecasts.length === 1 ? 'forecast, plan or target beside it is' : `${forecasts.length} forecasts, plans or targets beside it are`} not compared with it as a change.`
        : summarizeChange(overall?.change ?? null, contradictions[0]?.change ?? null),
    latest: dated[dated.length - 1]?.span ?? null,
    related: [],
  };
}
