// From a scanned mention to a quantity of the all-quantities layer: the surface text with its unit
// words, the unit as a compound (`USD/bbl`), and a kind that says what sort of amount it is.
import type { Qualifier } from '../../../schemas/claim.ts';
import { DURATION_SYMBOLS } from '../../../vocabulary/units.ts';
import type { QuantityMention } from '../scan/quantity-scan.ts';

/** What sort of amount a quantity is: a claim kind, or one that is never a claim on its own. */
export type QuantityKind = 'count' | 'money' | 'measure' | 'percent' | 'rate' | 'duration' | 'multiplier' | 'fraction';

/** One quantity in a sentence, claim-worthy or not; offsets are into that sentence. */
export interface Quantity {
  /** The quantity as written, unit words included: `more than 340 schools`, `$60 per barrel`. */
  text: string;
  /** [start, end) of `text` in the sentence. */
  span: [number, number];
  /** The normalised number; null for ranges and vague amounts. */
  value: number | null;
  /** Lower bound the words allow; null when open below. */
  min: number | null;
  /** Upper bound the words allow; null when open above. */
  max: number | null;
  /**
   * ISO 4217 code for money, a vocabulary symbol for measures and durations (`km`, `year`), `%`,
   * `times`, `fraction`, the counted noun in the singular, a compound for rates (`USD/bbl`,
   * `t/year`); null when nothing says what is counted.
   */
  unit: string | null;
  kind: QuantityKind;
  qualifier: Qualifier;
  /** True for a range written high to low (`fell from 208 to 193`). */
  descending: boolean;
}

const DURATIONS: ReadonlySet<string> = new Set(DURATION_SYMBOLS);
const PER_SYMBOLS: Readonly<Record<string, string>> = { year: 'year', month: 'month', week: 'week', day: 'day', hour: 'h', capita: 'person' };

/** The quantity a mention stands for (see Quantity). */
export function toQuantity(sentence: string, mention: QuantityMention): Quantity {
  const end = Math.max(mention.end, mention.unitEnd ?? 0);
  const per = mention.perUnit ?? (mention.per === null ? null : (PER_SYMBOLS[mention.per] ?? mention.per));
  const unit = mention.unit === null ? null : per === null ? mention.unit : `${mention.unit}/${per}`;
  return {
    text: sentence.slice(mention.start, end),
    span: [mention.start, end],
    value: mention.value,
    min: mention.min,
    max: mention.max,
    unit,
    kind: kindOf(mention, per),
    qualifier: mention.qualifier,
    descending: mention.descending === true,
  };
}

function kindOf(mention: QuantityMention, per: string | null): QuantityKind {
  if (per !== null) return 'rate';
  if (mention.unit === 'times') return 'multiplier';
  if (mention.unit === 'fraction') return 'fraction';
  if (mention.unit !== null && DURATIONS.has(mention.unit)) return 'duration';
  return mention.kind === 'rank' ? 'count' : mention.kind;
}

// Units a bare number borrows from the quantity just before it: `up 58 points to 4,577`, `84.75
// cents, while the lowest is 74.07`. Counted nouns are not shared (`37 sales … 2 homes`).
const SHARED_KINDS: ReadonlySet<string> = new Set(['measure', 'money']);
const SHARED_UNITS: ReadonlySet<string> = new Set(['point', 'cent', 'pence', 'sen']);
const SHARE_DISTANCE = 60;

/** Gives a unitless number the unit of the quantity just before it when that is a measure, money or points. */
export function shareUnits(mentions: QuantityMention[]): QuantityMention[] {
  for (let k = 1; k < mentions.length; k += 1) {
    const mention = mentions[k]!;
    const previous = mentions[k - 1]!;
    if (mention.unit !== null || previous.unit === null || mention.kind !== 'count') continue;
    if (!SHARED_KINDS.has(previous.kind) && !SHARED_UNITS.has(previous.unit)) continue;
    if (mention.start - Math.max(previous.end, previous.unitEnd ?? 0) > SHARE_DISTANCE) continue;
    mentions[k] = { ...mention, unit: previous.unit, kind: previous.kind, per: previous.per, ...(previous.perUnit === undefined ? {} : { perUnit: previous.perUnit }) };
  }
  return mentions;
}
