// Figures: a number or a range ("between 10 and 12 million", "$3-4 billion", "from 10 to 15"),
// or a change ("rose from 5% to 7%": two figures). Adds the unit, rate and hedges, and drops the
// figures that the context shows are no claims.
import type { Kind, Qualifier } from '../../../schemas/claim.ts';
import { TENS_WORDS, UNIT_WORDS, roundQuantity } from '../tokens/number-words.ts';
import { CHANGE_WORDS } from '../scan/quantity-context.ts';
import {
  type Amount,
  type Figure,
  type Match,
  type Scan,
  type UnitRead,
  isDash,
  makeMention,
  setUnitWords,
} from '../scan/quantity-scan.ts';
import { type Token, matchPhraseAt } from '../tokens/quantity-tokens.ts';
import { PERCENT_WORDS, matchMeasure } from '../tables/units.ts';
import { TRAILING_QUALIFIERS, intervalFor } from '../tables/qualifiers.ts';
import { isLabel, isNotAClaim, readLeadingQualifier } from '../readers/judge-figure.ts';
import { isYearNumber, readAmount, skipNumberChain } from '../readers/read-amount.ts';
import { isAgeContext, readTail, readUnit } from '../readers/read-unit.ts';

/** Matches a figure starting at token `at`: one amount or a range, with unit, rate and hedges. */
export function matchFigure(scan: Scan, at: number): Match | null {
  const read = readAmount(scan, at);
  if (read === null) return null;
  if ('skipTo' in read) return { mentions: [], next: read.skipTo };
  const range = readRange(scan, read);
  if (range !== null && 'skipTo' in range) return { mentions: [], next: range.skipTo };
  if (range !== null && 'change' in range) return matchChange(scan, read, range.change);
  return finishFigure(scan, range ?? singleFigure(read));
}

/** A figure of one amount. */
export function singleFigure(amount: Amount): Figure {
  return { textStart: amount.start, start: amount.start, end: amount.end, unitFrom: amount.unitFrom, first: amount, second: null };
}

/**
 * "rose from 10 to 12 million tons": a change, so two exact figures, not a range; the first
 * borrows the second's scale, currency and unit (and unit words) when it has none of its own.
 */
function matchChange(scan: Scan, first: Amount, second: Amount): Match {
  distribute(first, second);
  const secondFigure = singleFigure(second);
  const sharedUnit = readUnit(scan, second.unitFrom, second);
  const before = finishFigure(scan, singleFigure(first), sharedUnit);
  scan.floor = first.end;
  const after = finishFigure(scan, secondFigure);
  return { mentions: [...before.mentions, ...after.mentions], next: after.next };
}

/**
 * Reads the second half of a range after `first`: `between X and Y`, `X-Y`, `X to Y`, `X or Y`;
 * `{ change }` for "rose from X to Y", `{ skipTo }` for year spans and phone numbers.
 */
function readRange(scan: Scan, first: Amount): Figure | { skipTo: number } | { change: Amount } | null {
  const { tokens } = scan;
  // "between 15kHz and 17kHz", "from 90 kg to 80 kg": a unit after the first end, repeated on the second.
  const gluedUnit = scan.all && tokens[first.end]?.kind === 'word' ? matchMeasure(tokens, first.end, true) : null;
  const connectorAt = gluedUnit === null ? first.end : gluedUnit.end;
  const connector = tokens[connectorAt];
  if (connector === undefined) return null;
  const before = first.start - 1 >= scan.floor ? tokens[first.start - 1] : undefined;
  let form: 'between' | 'from' | 'to' | 'dash' | 'or';
  if (before?.low === 'between' && connector.low === 'and') form = 'between';
  else if (connector.low === 'to') form = before?.low === 'from' ? 'from' : 'to';
  else if (isDash(connector)) form = 'dash';
  else if (connector.low === 'or') form = 'or';
  else return null;
  if (first.plus) return null;
  // "Stoxx 50 -1.3%": a dash set apart from the first number and glued to the next is a sign.
  if (scan.all && form === 'dash' && !connector.glued && tokens[connectorAt + 1]?.glued) return null;
  const read = readAmount(scan, connectorAt + 1);
  if (read === null) return null;
  if ('skipTo' in read) return form === 'dash' ? { skipTo: read.skipTo } : null;
  const second = read;
  // "rose 12% to $4.5 billion": a percentage and an amount of money are two figures, not a range.
  if ((first.percent && second.currency !== null) || (first.currency !== null && second.percent)) return null;
  // "fell 2.1% to 25,000": a change and the level it reached, unless the second end is a percentage too.
  if (first.percent && !second.percent && matchPhraseAt(tokens, second.end, PERCENT_WORDS) === null) return null;
  if (gluedUnit !== null && matchMeasure(tokens, second.end, true)?.data.unit !== gluedUnit.data.unit) return null;
  // "eight or nine euros": two quantities, the first borrowing the second's unit.
  if (scan.all && form === 'or') return { change: second };
  if (form === 'from' && isChange(tokens, first.start - 2)) {
    if (!scan.all) return { change: second };
    // The all-quantities scan keeps a change as one range, in the order written.
    distribute(first, second);
    const descending = first.raw * first.scale > second.raw * second.scale;
    return { textStart: first.start - 1, start: first.start, end: second.end, unitFrom: second.unitFrom, first, second, descending };
  }
  // Years and phone numbers that look like ranges: 2021-2025, 2021-22, from 2020 to 2024, 555-1234.
  if (isYearNumber(tokens, first) && (isYearNumber(tokens, second) || (form === 'dash' && /^\d{2}$/.test(tokens[second.numStart]?.text ?? '')))) {
    return { skipTo: second.end };
  }
  if (form === 'dash' && isPhoneLike(tokens, first, second)) return { skipTo: skipNumberChain(tokens, second.numStart) };
  // "rose 60% in 2018 to 3.9 million": a year, then the figure it reached.
  if (scan.all && form === 'to' && isYearNumber(tokens, first) && !isYearNumber(tokens, second)) return null;
  distribute(first, second);
  let low = first.raw * first.scale;
  let high = second.raw * second.scale;
  if (low >= high) {
    if (scan.all && form === 'from' && low > high) return { textStart: first.start - 1, start: first.start, end: second.end, unitFrom: second.unitFrom, first, second, descending: true };
    if (form === 'between' || form === 'from') [low, high] = [high, low];
    else if (form === 'dash') return { skipTo: second.end };
    else return null;
  }
  if (low === high) return null;
  const textStart = form === 'between' || form === 'from' ? first.start - 1 : first.start;
  return { textStart, start: first.start, end: second.end, unitFrom: second.unitFrom, first, second };
}

/** Shares what one end of a range wrote for both: `between 10 and 12 million`, `$3-4 billion`, `10-12%`. */
function distribute(first: Amount, second: Amount): void {
  if (second.hasScale && !first.hasScale && first.raw * second.scale <= second.raw * second.scale) {
    // A spelled end carries its scale inside its value ("five thousand" is 5000 at scale 1).
    const scale = second.spelled && second.scale === 1 ? spelledScaleOf(second.raw) : second.scale;
    if (first.raw * scale <= second.raw * second.scale) {
      first.scale = scale;
      first.hasScale = true;
    }
  }
  first.currency ??= second.currency;
  second.currency ??= first.currency;
  first.percent ||= second.percent;
  second.percent ||= first.percent;
}

/** The thousands power a spelled number was scaled by: 5000 -> 1000, 2.5e6 -> 1e6. */
function spelledScaleOf(value: number): number {
  return value < 1000 ? 1 : 1000 ** Math.floor(Math.log10(value) / 3);
}

/** True when the words ending at `at` describe a change (`rose`, `increased sharply`) before `from`. */
function isChange(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= Math.max(0, at - 2); k -= 1) {
    const word = tokens[k]?.low;
    if (word !== undefined && CHANGE_WORDS.has(word)) return true;
  }
  return false;
}

/** "555-1234" is a phone number; "200-1500" (a round upper end) is still a range. */
function isPhoneLike(tokens: readonly Token[], first: Amount, second: Amount): boolean {
  const a = tokens[first.numStart]?.text ?? '';
  const b = tokens[second.numStart]?.text ?? '';
  return !first.hasScale && !second.hasScale && /^\d{3,}$/.test(a) && /^\d{4,}$/.test(b) && !b.endsWith('00');
}

/**
 * Adds unit, rate and hedges to a figure, or skips it when the context shows it is no claim.
 * `sharedUnit` is the unit of a later figure this one borrows ("from 10 to 12 million tons").
 */
export function finishFigure(scan: Scan, figure: Figure, sharedUnit?: UnitRead): Match {
  const { tokens } = scan;
  const { first, second } = figure;
  let end = figure.end;
  let unitFrom = figure.unitFrom;
  // A hedge right after the number: "5,000 or more students", "340 plus".
  let trailing: Qualifier | null = first.plus ? 'more-than' : null;
  if (second === null && trailing === null && sharedUnit === undefined) {
    const after = matchPhraseAt(tokens, end, TRAILING_QUALIFIERS);
    if (after !== null && tokens[after.end]?.kind !== 'num' && !isSpelledStart(tokens[after.end])) {
      trailing = after.data;
      end = after.end;
      unitFrom = after.end;
    }
  }
  let unit = sharedUnit ?? readUnit(scan, unitFrom, first);
  // "aged 15", "over the age of 21": an age, in years.
  if (scan.all && unit.unit === null && !unit.excluded && (isAgeContext(tokens, figure.textStart) || isAppositiveAge(scan, figure) || isPersonAge(scan, figure))) {
    unit = { ...unit, kind: 'measure', unit: 'year' };
  }
  const consumed = Math.max(end, unit.to ?? 0);
  if (unit.excluded || isNotAClaim(scan, figure, unit)) return { mentions: [], next: consumed };
  const tail = readTail(tokens, unit.to ?? unitFrom, trailing === null && second === null && sharedUnit === undefined, scan.all);
  const per = unit.per ?? tail.per;
  const perUnit = unit.perUnit ?? tail.perUnit;
  trailing ??= tail.qualifier;

  let qualifier: Qualifier;
  let textStart = figure.textStart;
  let value: number | null;
  let min: number | null;
  let max: number | null;
  if (second !== null) {
    const labelled = readLeadingQualifier(scan, figure.textStart) === null && isLabel(scan, figure.textStart, first, unit);
    if (labelled) return { mentions: [], next: consumed };
    qualifier = 'range';
    value = null;
    const a = roundQuantity(first.raw * first.scale * unit.factor);
    const b = roundQuantity(second.raw * second.scale * unit.factor);
    [min, max] = a <= b ? [a, b] : [b, a];
  } else {
    const leading = readLeadingQualifier(scan, figure.start);
    if (leading === null && isLabel(scan, figure.start, first, unit)) return { mentions: [], next: consumed };
    if (leading?.inText) textStart = leading.start;
    qualifier = leading?.qualifier ?? trailing ?? (first.loose ? 'about' : 'exact');
    value = roundQuantity(first.raw * first.scale * unit.factor);
    ({ min, max } = intervalFor(qualifier, value));
  }
  const kind: Kind = per !== null ? 'rate' : unit.kind;
  const mention = makeMention(scan, textStart, end, {
    value, min, max, qualifier, kind, unit: unit.unit, per, ...(perUnit === undefined ? {} : { perUnit }),
    ...(figure.descending === undefined ? {} : { descending: figure.descending }),
  });
  setUnitWords(scan, mention, unit);
  return { mentions: [mention], next: Math.max(consumed, tail.end) };
}

/** "Maddon, 66, has…": a whole number between commas right after a name is the person's age. */
function isAppositiveAge(scan: Scan, figure: Figure): boolean {
  const { tokens } = scan;
  const { first, second } = figure;
  if (second !== null || first.spelled || first.currency !== null || first.percent || first.hasScale) return false;
  if (!Number.isInteger(first.raw) || first.raw < 1 || first.raw > 120 || first.end !== first.numStart + 1) return false;
  const name = tokens[first.start - 2];
  return tokens[first.start - 1]?.text === ',' && tokens[first.end]?.text === ',' && name?.kind === 'word' && name.text !== name.low;
}

/** "He will be 35 by then", "Maria, who was 10.": a person, a form of `be`, and a bare whole number. */
function isPersonAge(scan: Scan, figure: Figure): boolean {
  const { tokens } = scan;
  const { first, second } = figure;
  if (second !== null || first.spelled || first.currency !== null || first.percent || first.hasScale) return false;
  if (!Number.isInteger(first.raw) || first.raw < 1 || first.raw > 120 || !BE_FORMS.has(tokens[first.start - 1]?.low ?? '')) return false;
  const after = tokens[first.end];
  if (after !== undefined && after.kind !== 'sym' && !['by', 'when', 'in', 'and', 'at', 'on'].includes(after.low)) return false;
  for (let k = first.start - 2; k >= Math.max(0, first.start - 4); k -= 1) if (PERSONS.has(tokens[k]?.low ?? '')) return true;
  return false;
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'be', 'turned', 'turns', 'turning', 'turn']);
const PERSONS: ReadonlySet<string> = new Set(['he', 'she', 'who', 'i', 'you', 'we', 'they', 'i’m', "i'm", 'he’s', "he's", 'she’s', "she's"]);

function isSpelledStart(token: Token | undefined): boolean {
  return token !== undefined && (UNIT_WORDS.has(token.low) || TENS_WORDS.has(token.low));
}
