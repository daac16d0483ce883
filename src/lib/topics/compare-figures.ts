// Two figures for the same thing, compared as honestly as their words allow. The change is an
// interval: `more than 340` then `324` is a fall of more than 16 (the first figure has no upper
// bound, so there is no upper bound on the fall either). Figures whose tolerant intervals overlap
// are consistent; figures for the same period that cannot both be true contradict each other;
// otherwise the figure changed, by so much, so fast. Who said each figure is part of the story:
// the same speaker revising a number is not two sources disagreeing.
import type { Claim } from '../../schemas/claim.ts';
import type { Figure } from './figure-interval.ts';
import { intervalsOverlap } from './figure-interval.ts';
import {
  formatAmount,
  formatMagnitude,
  formatPlain,
  formatYears,
  type AmountStyle,
} from './format-change.ts';
import { spansOverlap, yearsBetween, type Span } from './period-span.ts';
import type { Bound, Interval } from './matchable-claim.ts';

/** What two figures say about each other. */
export type ChangeStatus = 'consistent' | 'changed' | 'contradiction' | 'undated';

/** Who stands behind the two figures. */
export type SpeakerRelation = 'same-speaker' | 'different-speakers' | 'unattributed';

/** One figure as the comparison needs it. */
export interface ComparedFigure {
  figure: Figure;
  span: Span | null;
  speaker: string | null;
}

/** The comparison of an earlier figure `from` with a later one `to`. */
export interface FigureChange {
  status: ChangeStatus;
  relation: SpeakerRelation;
  /** `up` or `down` when the words fix the direction; null when they do not (consistent figures). */
  direction: 'up' | 'down' | null;
  /** `to` minus `from`, as an interval in the family's base unit. */
  delta: Interval;
  /** The relative change in per cent, when the first figure is positive and the kind allows it. */
  percent: Interval | null;
  /** Years between the two figures' periods; null when either is undated. */
  years: number | null;
  /** True when the two periods overlap: the figures may describe the same thing at the same time. */
  samePeriod: boolean;
  /** The change in words: `down by more than 16 (more than 4.7%) in about three years`. */
  text: string;
  /** Who said what, in words: `the same speaker revised the figure`, `two sources disagree`. */
  relationText: string;
}

/** `to - from` over intervals: lower end from the lowest `to` and the highest `from`. */
function subtract(to: Interval, from: Interval): Interval {
  const minus = (a: Bound | null, b: Bound | null): Bound | null =>
    a === null || b === null ? null : { value: a.value - b.value, strict: a.strict || b.strict };
  return { lo: minus(to.lo, from.hi), hi: minus(to.hi, from.lo) };
}

/** Relative change `to / from - 1` in per cent, when every `from` is positive; null otherwise. */
function relativeChange(to: Interval, from: Interval): Interval | null {
  if (from.lo === null || from.lo.value <= 0 || to.lo === null || to.lo.value < 0) return null;
  const lo: Bound =
    from.hi === null
      ? { value: -100, strict: true }
      : { value: (to.lo.value / from.hi.value - 1) * 100, strict: to.lo.strict || from.hi.strict };
  const hi: Bound | null =
    to.hi === null ? null : { value: (to.hi.value / from.lo.value - 1) * 100, strict: to.hi.strict || from.lo.strict };
  return { lo, hi };
}

/** The direction an interval of change fixes, if any. */
function directionOf(delta: Interval): 'up' | 'down' | null {
  if (delta.lo !== null && (delta.lo.value > 0 || (delta.lo.value === 0 && delta.lo.strict))) return 'up';
  if (delta.hi !== null && (delta.hi.value < 0 || (delta.hi.value === 0 && delta.hi.strict))) return 'down';
  return null;
}

/** The size of a change, as a non-negative interval, given its direction. */
function magnitude(change: Interval, direction: 'up' | 'down'): { lo: Bound | null; hi: Bound | null } {
  const negate = (bound: Bound | null): Bound | null => (bound === null ? null : { value: -bound.value, strict: bound.strict });
  return direction === 'up' ? { lo: change.lo, hi: change.hi } : { lo: negate(change.hi), hi: negate(change.lo) };
}

/** How the speakers of two figures relate. */
export function speakerRelation(a: string | null, b: string | null): SpeakerRelation {
  if (a === null || b === null) return 'unattributed';
  return a.trim().toLowerCase() === b.trim().toLowerCase() ? 'same-speaker' : 'different-speakers';
}

/** The relation in words, for the status of a change. */
function describeRelation(relation: SpeakerRelation, status: ChangeStatus): string {
  if (relation === 'same-speaker') {
    if (status === 'contradiction') return 'The same speaker gave both figures.';
    return status === 'changed' ? 'The same speaker gave both figures.' : 'The same speaker gave both figures, and they agree.';
  }
  if (relation === 'different-speakers') {
    if (status === 'contradiction') return 'Two sources disagree.';
    return status === 'changed' ? 'The figures come from different sources.' : 'Different sources give figures that agree.';
  }
  return 'At least one figure is not attributed to a named speaker.';
}

/**
 * Compares an earlier figure with a later one (see FigureChange). `style` says how amounts are
 * written (`$`, `t`, or a bare count); `kind` decides whether a relative change makes sense.
 */
export function compareFigures(
  from: ComparedFigure,
  to: ComparedFigure,
  style: AmountStyle & { kind: Claim['kind'] },
): FigureChange {
  const delta = subtract(to.figure.stated, from.figure.stated);
  const agree = intervalsOverlap(from.figure.tolerant, to.figure.tolerant);
  const dated = from.span !== null && to.span !== null;
  const samePeriod = dated && spansOverlap(from.span!, to.span!);
  const years = dated && !samePeriod ? yearsBetween(from.span!, to.span!) : null;
  const status: ChangeStatus = agree ? 'consistent' : !dated ? 'undated' : samePeriod ? 'contradiction' : 'changed';
  const direction = agree ? null : directionOf(delta);
  const percent = style.kind === 'percent' || style.kind === 'rank' ? null : relativeChange(to.figure.stated, from.figure.stated);
  const relation = speakerRelation(from.speaker, to.speaker);

  const amount = (value: number) => formatAmount(value, style);
  let text: string;
  if (status === 'consistent') {
    text = from.figure.approximate || to.figure.approximate ? 'consistent within the rounding the words allow' : 'consistent';
  } else if (direction === null) {
    text = 'different, by an amount the words do not fix';
  } else {
    const size = magnitude(delta, direction);
    const sizeText = formatMagnitude(size.lo, size.hi, amount);
    const pct = percent === null ? null : magnitude(percent, direction);
    // A fall can never exceed 100%: an upper bound of 100% says nothing, so it is left out.
    const pctHi = pct?.hi && direction === 'down' && pct.hi.value >= 100 ? null : (pct?.hi ?? null);
    const pctText = pct === null ? '' : ` (${formatMagnitude(pct.lo, pctHi, (value) => `${formatPlain(value)}%`)})`;
    if (status === 'contradiction') {
      text = `${direction === 'up' ? 'higher' : 'lower'} by ${sizeText}${pctText} for the same period`;
    } else if (status === 'undated') {
      text = `${direction === 'up' ? 'higher' : 'lower'} by ${sizeText}${pctText}; at least one figure has no date`;
    } else {
      // A yearly rate adds something only over a year or more, and only when the change is
      // known closely enough (a range wider than 1.5 to 1 would just repeat its vagueness).
      const narrow = size.lo === null || size.hi === null || size.hi.value <= 1.5 * size.lo.value;
      const perYear = years !== null && Math.abs(years) >= 0.95 && narrow ? perYearText(size, Math.abs(years), amount) : '';
      text = `${direction} by ${sizeText}${pctText} in ${formatYears(years ?? 0)}${perYear}`;
    }
  }
  return { status, relation, direction, delta, percent, years, samePeriod, text, relationText: describeRelation(relation, status) };
}

/** The change per year in words: `, more than 5.5 a year`. */
function perYearText(size: { lo: Bound | null; hi: Bound | null }, years: number, amount: (value: number) => string): string {
  const per = (bound: Bound | null): Bound | null => (bound === null ? null : { value: bound.value / years, strict: bound.strict });
  return `, ${formatMagnitude(per(size.lo), per(size.hi), amount)} a year`;
}
