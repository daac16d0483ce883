// The values a claim's words allow. `more than 340` is (340, ∞); `tens of thousands` is the
// ingest's [10,000, 99,999]; `about 160,000` is 160,000 as stated, and for deciding whether two
// figures agree it is widened by its rounding (half its last non-zero digit's place, at least 2%).
import type { Claim } from '../../schemas/claim.ts';
import type { Bound, Interval } from './matchable-claim.ts';

/** A claim's figure as intervals on the family's base scale. */
export interface Figure {
  /** What the words state: the point for `exact` and `about`, the bounds for the rest. */
  stated: Interval;
  /** `stated`, widened for `about`: the values that would not contradict the words. */
  tolerant: Interval;
  /** True when the words say the figure is approximate (`about`, vague amounts). */
  approximate: boolean;
}

/** The smallest tolerance an `about` figure gets, as a fraction of its value. */
export const ABOUT_MIN_TOLERANCE = 0.02;

const closed = (value: number): Bound => ({ value, strict: false });
const open = (value: number): Bound => ({ value, strict: true });

/** Half the place of the last non-zero digit: 160000 -> 5000, 4e9 -> 5e8, 324 -> 0.5. */
function roundingHalfStep(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  let step = 1;
  while (step * 10 <= magnitude && Math.abs(Math.round(magnitude / (step * 10)) * step * 10 - magnitude) < 1e-9 * magnitude) {
    step *= 10;
  }
  return step / 2;
}

/** Multiplies both ends of an interval by a unit factor. */
function scale(interval: Interval, factor: number): Interval {
  const by = (bound: Bound | null) => (bound === null ? null : { value: bound.value * factor, strict: bound.strict });
  return { lo: by(interval.lo), hi: by(interval.hi) };
}

/** The stated interval, before any unit conversion. */
function statedInterval(claim: Pick<Claim, 'value' | 'qualifier' | 'min' | 'max' | 'kind'>): Interval {
  const { value, min, max } = claim;
  const floor = claim.kind === 'count' || claim.kind === 'money' ? closed(0) : null;
  switch (claim.qualifier) {
    case 'exact':
    case 'about':
      if (value !== null) return { lo: closed(value), hi: closed(value) };
      return { lo: min === null ? null : closed(min), hi: max === null ? null : closed(max) };
    case 'more-than':
      return { lo: open(min ?? value ?? 0), hi: max === null ? null : closed(max) };
    case 'at-least':
      return { lo: closed(min ?? value ?? 0), hi: max === null ? null : closed(max) };
    case 'less-than':
      return { lo: min === null ? floor : closed(min), hi: open(max ?? value ?? 0) };
    case 'at-most':
      return { lo: min === null ? floor : closed(min), hi: closed(max ?? value ?? 0) };
    case 'range':
    case 'vague':
      return { lo: min === null ? floor : closed(min), hi: max === null ? null : closed(max) };
  }
}

/** The interval an `about` figure tolerates: the ingest's bounds when it gave some, else its rounding. */
function aboutTolerance(claim: Pick<Claim, 'value' | 'min' | 'max'>): Interval | null {
  if (claim.value === null) return null;
  if (claim.min !== null && claim.max !== null && claim.min < claim.max) return { lo: closed(claim.min), hi: closed(claim.max) };
  const half = Math.max(roundingHalfStep(claim.value), Math.abs(claim.value) * ABOUT_MIN_TOLERANCE);
  return { lo: closed(claim.value - half), hi: closed(claim.value + half) };
}

/** The figure a claim states, scaled by `factor` to its family's base unit (see Figure). */
export function figureInterval(
  claim: Pick<Claim, 'value' | 'qualifier' | 'min' | 'max' | 'kind'>,
  factor = 1,
): Figure {
  const stated = statedInterval(claim);
  const tolerant = claim.qualifier === 'about' ? (aboutTolerance(claim) ?? stated) : stated;
  return {
    stated: scale(stated, factor),
    tolerant: scale(tolerant, factor),
    approximate: claim.qualifier === 'about' || claim.qualifier === 'vague',
  };
}

/** True when two intervals share at least one value (strict ends exclude the touching point). */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const below = (hi: Bound | null, lo: Bound | null) =>
    hi !== null && lo !== null && (hi.value < lo.value || (hi.value === lo.value && (hi.strict || lo.strict)));
  return !below(a.hi, b.lo) && !below(b.hi, a.lo);
}
