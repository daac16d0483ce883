// The plain-language lines at the top of a comparison page: who put the figure at what, when
// ("Ilham Aliyev put the number of schools with teaching conducted in Russian at more than 340 in
// September 2021 and at 324 in August 2024."), and what that amounts to ("Down by more than 16
// (more than 4.7%) in about three years."). Figures are quoted as written, never re-rounded.
import type { Claim } from '../../schemas/claim.ts';
import type { FigureChange } from './compare-figures.ts';
import type { Span } from './period-span.ts';
import type { MatchableClaim } from './matchable-claim.ts';

/** One figure as the summary needs it. */
export interface SummaryPoint {
  claim: MatchableClaim;
  span: Span | null;
}

/** Points beyond this many are summarised as first, last and a count in between. */
const MAX_SPOKEN_POINTS = 4;

/** Upper-cases the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the figures measure, as the object of "put … at": `the number of schools …`, `the trade volume …`. */
export function describeMeasured(subject: string, kind: Claim['kind']): string {
  const text = subject.trim();
  if (/^(?:the|a|an|its|their|his|her|our|this|that)\s/i.test(text)) return text;
  if (kind === 'count') return /^number\s+of\s/i.test(text) ? `the ${text}` : `the number of ${text}`;
  return `the ${text}`;
}

/**
 * A figure's words as they read inside a sentence: `Four` or `More than 100` opened the source's
 * sentence, so they are lowered (`four`, `more than 100`); a name or an all-capitals word stays.
 */
export function inlineQuantity(quantity: string): string {
  return /^\p{Lu}\p{Ll}+(?:\s|$)/u.test(quantity) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(quantity) ? quantity.charAt(0).toLowerCase() + quantity.slice(1) : quantity;
}

/** The figure as written, with its rate denominator (or per cent sign) when the words leave it out. */
function figureWords(claim: MatchableClaim): string {
  claim = { ...claim, quantity: inlineQuantity(claim.quantity) };
  // "35 percent" is stored as the figure `35` and the unit `%`: say what it is.
  if (claim.kind === 'percent' && claim.unit === '%' && !/%|per\s?cent|percentage/i.test(claim.quantity) && /\d$/.test(claim.quantity)) {
    return `${claim.quantity}%`;
  }
  const per = claim.period.per;
  if (per === null || /\bper\b|\ba (?:year|month|week|day)\b|annual|yearly|monthly|weekly|daily/i.test(claim.quantity)) {
    return claim.quantity;
  }
  return `${claim.quantity} ${per === 'capita' ? 'per person' : `a ${per}`}`;
}

/** When, in words: `in September 2021`, `on 24 September 2021`, `at an unknown date`. */
function whenWords(span: Span | null): string {
  if (span === null) return 'at an unknown date';
  return `${span.precision === 'day' ? 'on' : 'in'} ${span.label}`;
}

/** Who gave the figure: the speaker, else the outlet that reported it. */
export function sourceName(claim: MatchableClaim): string {
  return claim.speaker ?? claim.article.data.outlet ?? 'an unattributed report';
}

/** The "who put it at what, when" sentence for a topic's points, in time order. */
export function summarizePoints(points: readonly SummaryPoint[], subject: string, kind: Claim['kind']): string {
  if (points.length === 0) return '';
  const spoken = points.length > MAX_SPOKEN_POINTS ? [points[0]!, points[points.length - 1]!] : [...points];
  const runs: SummaryPoint[][] = [];
  for (const point of spoken) {
    const last = runs[runs.length - 1];
    if (last && sourceName(last[0]!.claim) === sourceName(point.claim)) last.push(point);
    else runs.push([point]);
  }
  const clauses = runs.map((run, index) => {
    const figures = run.map((point) => `at ${figureWords(point.claim)} ${whenWords(point.span)}`);
    const list = figures.length === 1 ? figures[0] : `${figures.slice(0, -1).join(', ')} and ${figures[figures.length - 1]}`;
    return `${sourceName(run[0]!.claim)} put ${index === 0 ? describeMeasured(subject, kind) : 'it'} ${list}`;
  });
  const between = points.length > MAX_SPOKEN_POINTS ? `, with ${points.length - 2} other figures in between` : '';
  return `${capitalize(clauses.join('; '))}${between}.`;
}

/** The "what that amounts to" sentence: the overall change, or the contradiction, or agreement. */
export function summarizeChange(overall: FigureChange | null, contradiction: FigureChange | null): string {
  if (contradiction !== null) return `${capitalize(contradiction.text)}: ${contradiction.relationText.charAt(0).toLowerCase()}${contradiction.relationText.slice(1)}`;
  if (overall === null) return 'Not enough dated figures to tell how it changed.';
  if (overall.status === 'consistent') return `The figures are ${overall.text}. ${overall.relationText}`;
  return `${capitalize(overall.text)}. ${overall.relationText}`;
}
