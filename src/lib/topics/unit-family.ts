// Which claims measure the same kind of quantity, and how to put them on one scale. Counts must
// count the same thing, money must be in the same currency (exchange rates move, so converting
// would be a claim of our own), measures convert within a dimension (`kg` and `t` are both mass),
// and rates must share their denominator.
import type { Claim } from '../../schemas/claim.ts';

/** A comparable family and the factor that turns a claim's unit into the family's base unit. */
export interface UnitFamily {
  /** Claims with equal keys can be compared: `count:school:`, `measure:mass:year`. */
  key: string;
  /** Multiply a value in the claim's unit by this to get the family's base unit. */
  factor: number;
  /** The family in words for match reasons: `schools`, `USD`, `mass`. */
  label: string;
}

/** Measure symbols as the ingest writes them, by dimension, with their factor to the base unit. */
const MEASURES: Readonly<Record<string, [dimension: string, factor: number]>> = {
  mg: ['mass', 1e-6], g: ['mass', 1e-3], kg: ['mass', 1], t: ['mass', 1e3], kt: ['mass', 1e6], Mt: ['mass', 1e9],
  lb: ['mass', 0.45359237],
  mm: ['length', 1e-3], cm: ['length', 1e-2], m: ['length', 1], km: ['length', 1e3], mi: ['length', 1609.344],
  ft: ['length', 0.3048],
  'm²': ['area', 1], m2: ['area', 1], ha: ['area', 1e4], 'km²': ['area', 1e6], km2: ['area', 1e6], acre: ['area', 4046.8564224],
  ml: ['volume', 1e-6], l: ['volume', 1e-3], L: ['volume', 1e-3], 'm³': ['volume', 1], m3: ['volume', 1],
  mcm: ['volume', 1e6], bcm: ['volume', 1e9], bbl: ['volume', 0.158987294928], gal: ['volume', 0.003785411784],
  Wh: ['energy', 1e-3], kWh: ['energy', 1], MWh: ['energy', 1e3], GWh: ['energy', 1e6], TWh: ['energy', 1e9],
  W: ['power', 1], kW: ['power', 1e3], MW: ['power', 1e6], GW: ['power', 1e9],
  s: ['duration', 1], min: ['duration', 60], h: ['duration', 3600],
  'km/h': ['speed', 1], mph: ['speed', 1.609344],
};

/** True when a unit is a measure symbol the ingest writes (`t`, `km`, `kWh`). */
export function isMeasureUnit(unit: string): boolean {
  return unit in MEASURES;
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
  const measure = MEASURES[unit];
  if (measure && kind !== 'count') return { base: measure[0], factor: measure[1], label: measure[0] };
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
