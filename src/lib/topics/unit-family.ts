// Which claims measure the same kind of quantity, and how to put them on one scale. Counts must
// count the same thing, money must be in the same currency (exchange rates move, so converting
// would be a claim of our own), measures convert within a dimension (`kg` and `t` are both mass),
// and rates must share their denominator.
import type { Claim } from '../../schemas/claim.ts';
import { findMeasureUnit, isMeasureSymbol } from '../../vocabulary/units.ts';

/** A comparable family and the factor that turns a claim's unit into the family's base unit. */
export interface UnitFamily {
  /** Claims with equal keys can be compared: `count:school:`, `measure:mass:year`. */
  key: string;
  /** Multiply a value in the claim's unit by this to get the family's base unit. */
  factor: number;
  /** The family in words for match reasons: `schools`, `USD`, `mass`. */
  label: string;
}

/** True when a unit is a measure symbol the ingest writes (`t`, `km`, `kWh`); from src/vocabulary/units.ts. */
export function isMeasureUnit(unit: string): boolean {
  return isMeasureSymbol(unit);
}

/** Counted things that are the same thing under another name. */
const COUNT_SYNONYMS: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', individual: 'person', individuals: 'person', resident: 'person',
  tonne: 'ton', tonnes: 'ton',
};

/** The family of a bare unit within a kind (a rate's unit uses this too). */
function baseFamily(kind: Claim['kind'], unit: string): { base: string; factor: number; label: string } {
  if (/^[A-Z]{3}$/.test(unit) && (kind === 'money' || kind === 'rate')) return { base: unit, factor: 1, label: unit };
  if (unit === '%' || kind === 'percent') return { base: '%', factor: 1, label: 'per cent' };
  const measure = findMeasureUnit(unit);
  if (measure && kind !== 'count') return { base: measure.dimension, factor: measure.factor, label: measure.dimension };
  const noun = unit.trim().toLowerCase();
  const canonical = COUNT_SYNONYMS[noun] ?? noun;
  return { base: canonical, factor: 1, label: canonical };
}

/** The comparable family of a claim (see UnitFamily). */
export function unitFamily(claim: Pick<Claim, 'kind' | 'unit'> & { period: Pick<Claim['period'], 'per'> }): UnitFamily {
  const { base, factor, label } = baseFamily(claim.kind, claim.unit);
  const per = claim.kind === 'rate' ? (claim.period.per ?? '') : '';
  return { key: `${claim.kind}:${base}:${per}`, factor, label: per ? `${label} per ${per}` : label };
}
