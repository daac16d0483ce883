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
export function toQuantity(sentence: string, mention: QuantityMention, next?: QuantityMention): Quantity {
  // Unit words borrowed from a later figure ("eight or nine euros") stay with that figure.
  const ownUnit = mention.unitEnd !== null && (next === undefined || mention.unitEnd <= next.start);
  const end = ownUnit ? Math.max(mention.end, mention.unitEnd ?? 0) : mention.end;
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

// Units a bare number borrows from a quantity just before it: `up 58 points to 4,577`, `84.75
// cents, while the lowest is 74.07`, `435 homes by open sale and 187 by tender`. Only a number
// that no word of its own follows borrows (`3 cylinder` does not), from one of the two quantities
// before it, never from a percentage or a duration (`68,400 people … for two years and 95,800 who`).
const SHARE_DISTANCE = 60;
const ENDS_BARE = /^\s*(?:$|[,.;:)\]]|(?:by|on|in|at|to|for|from|while|and|or|as|after|before|last|this|with|who|which|that|than|compared|respectively)\b)/i;

/** Gives a unitless number the unit of a nearby quantity before it (see above). */
export function shareUnits(sentence: string, mentions: QuantityMention[]): QuantityMention[] {
  for (let k = 1; k < mentions.length; k += 1) {
    const mention = mentions[k]!;
    if (mention.unit !== null || mention.kind !== 'count' || !ENDS_BARE.test(sentence.slice(mention.end))) continue;
    for (let back = k - 1; back >= Math.max(0, k - 2); back -= 1) {
      const previous = mentions[back]!;
      if (mention.start - Math.max(previous.end, previous.unitEnd ?? 0) > SHARE_DISTANCE) break;
      if (previous.unit === null || previous.unit === '%' || previous.unit === 'fraction') continue;
      if (DURATIONS.has(previous.unit)) continue;
      mentions[k] = borrowUnit(mention, previous);
      break;
    }
  }
  // "280 million of the 1.5 billion shekels": a bare number borrows the unit of the whole it is part of.
  for (let k = mentions.length - 2; k >= 0; k -= 1) {
    const mention = mentions[k]!;
    const next = mentions[k + 1]!;
    if (mention.unit !== null || mention.kind !== 'count' || next.unit === null || next.unit === 'fraction') continue;
    if (PART_OF.test(sentence.slice(mention.end, next.start))) mentions[k] = borrowUnit(mention, next);
  }
  return mentions;
}

const PART_OF = /^\s*(?:out\s+)?of\s+(?:the|a|an|its|their|his|her|our)?\s*$/i;

function borrowUnit(mention: QuantityMention, from: QuantityMention): QuantityMention {
  return { ...mention, unit: from.unit, kind: from.kind, per: from.per, ...(from.perUnit === undefined ? {} : { perUnit: from.perUnit }) };
}
