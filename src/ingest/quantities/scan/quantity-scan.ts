// The shared vocabulary of the quantity scan: the scan state, what a matcher returns, a number as
// read (Amount), a figure (one amount or a range), the unit after it, and the mention builder.
import type { Kind, Period, Qualifier } from '../../../schemas/claim.ts';
import type { Token } from '../tokens/quantity-tokens.ts';

/** The state of one sentence's scan, shared by the matchers. */
export interface Scan {
  sentence: string;
  tokens: Token[];
  /** Index of the sentence's first word or number: a capital there is not a name. */
  firstWord: number;
  /** Tokens before this index belong to an earlier mention; look-behinds stop here. */
  floor: number;
  /**
   * True to keep every quantity (durations, ages, `one of the…`, references, signed changes);
   * false to keep only what may be a claim. The one switch between the two layers.
   */
  all: boolean;
}

/** What a matcher found at a token: mentions (none for a skipped date or code) and where to resume. */
export interface Match {
  mentions: QuantityMention[];
  next: number;
}

/** A number as written, with its currency, scale and symbols. Token indices throughout. */
export interface Amount {
  /** First token: the currency prefix when there is one. */
  start: number;
  /** First token of the number itself. */
  numStart: number;
  /** Past the figure's last token (scale, `%`, `-plus`). */
  end: number;
  /** Where unit words may begin (past the hyphen of `15-km`). */
  unitFrom: number;
  raw: number;
  scale: number;
  hasScale: boolean;
  currency: string | null;
  percent: boolean;
  spelled: boolean;
  plus: boolean;
  /** "a dozen", "half a dozen": approximate by nature. */
  loose: boolean;
  /** The counted word of a hyphenated compound (`bed` in `300-bed`); all-quantities scans only. */
  compound?: string;
}

export type AmountRead = Amount | { skipTo: number } | null;

/** What follows a figure: its unit, as found by `readUnit`. */
export interface UnitRead {
  kind: 'count' | 'money' | 'measure' | 'percent';
  unit: string | null;
  /** Token range of the unit words, or null. */
  from: number | null;
  to: number | null;
  factor: number;
  per: Period['per'];
  /** Set when the unit shows the number is not a claim (a duration, `16 px`). */
  excluded: boolean;
  /** A denominator outside the claim rates, as a unit (`bbl` in `$60 per barrel`, `share`); all-quantities scans only. */
  perUnit?: string;
}

/** Hyphens and dashes that join or separate numbers (`10-12`, `3–5`, `F-16`). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‐', '‑']);
/** True when a token is a hyphen or dash. */
export const isDash = (token: Token | undefined): boolean => token !== undefined && DASHES.has(token.text);

/** A figure ready to become a mention: one amount or a range of two. */
export interface Figure {
  /** First token of the quoted figure (`between`, `from`, a currency prefix or the number). */
  textStart: number;
  /** First token of the first amount (where leading hedges are looked for). */
  start: number;
  end: number;
  unitFrom: number;
  first: Amount;
  second: Amount | null;
  /** A range written high to low (`fell from 208 to 193`); its bounds are still stored low to high. */
  descending?: boolean;
}

/** A figure with no unit words: a bare count until something says otherwise. */
export const NO_UNIT: UnitRead = { kind: 'count', unit: null, from: null, to: null, factor: 1, per: null, excluded: false };

/** Sets a mention's unit-word offsets from a unit's token range. */
export function setUnitWords(scan: Scan, mention: QuantityMention, unit: UnitRead): void {
  if (unit.from === null || unit.to === null) return;
  const from = scan.tokens[unit.from];
  const to = scan.tokens[unit.to - 1];
  if (from === undefined || to === undefined) return;
  mention.unitStart = from.start;
  mention.unitEnd = to.end;
}

/** The fields of a mention that are not offsets. */
export interface MentionFields {
  /** Normalised number (`$4 billion` -> 4e9, `two-thirds` -> 66.67); null only for 'range' and 'vague'. */
  value: number | null;
  /** Lower bound the words allow; null when unbounded below (`less than`, `up to`). */
  min: number | null;
  /** Upper bound the words allow; null when unbounded above (`more than`, `at least`). */
  max: number | null;
  /** How the words bound the figure. */
  qualifier: Qualifier;
  /** count, money, measure, percent (shares too), rate (whenever `per` is set) or rank. */
  kind: Kind;
  /**
   * ISO 4217 code for money, SI-style symbol for measures (`t`, `km2`, `m3`, `°C`), `%` or `pp`,
   * `rank` for ranks, and for counts the counted noun, lowercase and singular (`school`); null for
   * a bare count whose noun is not adjacent.
   */
  unit: string | null;
  /** The rate denominator: `per year`, `annually` -> 'year'; `per capita`, `per person` -> 'capita'. */
  per: Period['per'];
  /** Any other denominator, as a unit (`bbl` in `$60 per barrel`, `share`, `game`); all-quantities scans only. */
  perUnit?: string;
  /** A range written high to low (`fell from 208 to 193`). */
  descending?: boolean;
}

/** A quantity found in a sentence: the fields below plus where it stands. */
export interface QuantityMention extends MentionFields {
  /**
   * [start, end) of the figure as written, hedge and currency included, unit words excluded:
   * `more than 340`, `$4 billion`, `between 10 and 12`, `5%` (a `%` sign belongs to the figure).
   * Verbs that hedge (`surpassed the`) stay outside.
   */
  start: number;
  end: number;
  /** sentence.slice(start, end) */
  text: string;
  /** [unitStart, unitEnd) of the unit or noun words as written (`schools`, `per cent`), or null when there are none. */
  unitStart: number | null;
  unitEnd: number | null;
}

/** Builds a mention spanning tokens [from, to), with no unit words yet. */
export function makeMention(scan: Scan, from: number, to: number, fields: MentionFields): QuantityMention {
  const start = scan.tokens[from]?.start ?? 0;
  const end = scan.tokens[to - 1]?.end ?? start;
  return {
    start, end, text: scan.sentence.slice(start, end), value: fields.value, min: fields.min, max: fields.max,
    qualifier: fields.qualifier, kind: fields.kind, unit: fields.unit, unitStart: null, unitEnd: null,
    per: fields.per, ...(fields.perUnit === undefined ? {} : { perUnit: fields.perUnit }),
    ...(fields.descending === undefined ? {} : { descending: fields.descending }),
  };
}
