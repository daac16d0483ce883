// Reads one number as written at a token: digits with separators, spelled-out numbers, a
// currency before it, scale words and abbreviations after it (`$120m`, `1.5 million`, `160k`),
// and what closes it (`%`, `-plus`, `+`). Dates, times, codes and compounds ("COVID-19",
// "15:11", "300-bed") come back as `{ skipTo }` so the scan passes over them.
import {
  CASED_SCALES,
  MONEY_SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SPELLED_SCALES,
  TENS_WORDS,
  UNIT_WORDS,
  isDigitOrdinal,
  parseDigits,
  readSpelledNumber,
} from '../tokens/number-words.ts';
import { STOP_WORDS } from '../scan/quantity-context.ts';
import { type Amount, type AmountRead, type Scan, isDash } from '../scan/quantity-scan.ts';
import { type Token, matchPhraseAt } from '../tokens/quantity-tokens.ts';
import {
  CURRENCY_CODES,
  CURRENCY_CODE_ALIASES,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  GLUED_CURRENCY_SIGNS,
  PAGE_UNITS,
  PERCENT_WORDS,
  matchHyphenedPer,
  matchMeasure,
  singularize,
  isPluralNoun,
} from '../tables/units.ts';

/** Reads a number with its currency prefix, scale and glued symbols at token `at`. */
export function readAmount(scan: Scan, at: number): AmountRead {
  const { tokens } = scan;
  const token = tokens[at];
  if (token === undefined) return null;
  if (scan.all) {
    const signed = readSigned(scan, at);
    if (signed !== undefined) return signed;
  }
  let start = at;
  let currency: string | null = null;
  let numAt = at;
  let sign = 1;
  if (token.kind === 'sym' && CURRENCY_SYMBOLS.has(token.text)) {
    currency = CURRENCY_SYMBOLS.get(token.text) ?? null;
    const prefix = tokens[at - 1];
    // "US$5", and in the all-quantities scan also "HK $5" (a capitalised prefix set apart).
    const spacedPrefix = scan.all && prefix?.text === prefix?.text.toUpperCase();
    if (token.text === '$' && (token.glued || spacedPrefix) && prefix?.kind === 'word' && DOLLAR_PREFIXES.has(prefix.low) && at - 1 >= scan.floor) {
      currency = DOLLAR_PREFIXES.get(prefix.low) ?? currency;
      start = at - 1;
    }
    numAt = at + 1;
    if (scan.all) {
      const next = tokens[numAt];
      // "$US113 trillion", "$-50.8bn"
      if (next?.glued && next.kind === 'word' && DOLLAR_PREFIXES.has(next.low) && tokens[numAt + 1]?.kind === 'num') {
        currency = DOLLAR_PREFIXES.get(next.low) ?? currency;
        numAt += 1;
      } else if (next?.glued && isDash(next) && tokens[numAt + 1]?.kind === 'num' && tokens[numAt + 1]?.glued) {
        sign = -1;
        numAt += 1;
      }
    }
    if (tokens[numAt]?.kind !== 'num') return null;
  } else if (scan.all && token.kind === 'word' && gluedSign(tokens, at) !== null) {
    const sign = gluedSign(tokens, at)!;
    currency = sign.code;
    numAt = sign.numAt;
  } else if (token.kind === 'word' && tokens[at + 1]?.kind === 'num') {
    currency = currencyCode(token);
    if (currency === null) return readSpelledAmount(scan, at);
    numAt = at + 1;
  } else if (token.kind === 'word') {
    return readSpelledAmount(scan, at);
  } else if (token.kind !== 'num') {
    return null;
  }
  return readDigitAmount(scan, start, numAt, currency, sign);
}

/**
 * Signed and bare-decimal numbers, read only by the all-quantities scan: `-1.3%`, `+0.2%`,
 * `minus 4`, `minus-5 yards`, `.001 per cent`. Undefined when the token opens none of these.
 */
function readSigned(scan: Scan, at: number): AmountRead | undefined {
  const { tokens } = scan;
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token === undefined || next === undefined) return undefined;
  const before = tokens[at - 1];
  if (token.low === 'minus') {
    const numAt = isDash(next) && next.glued ? at + 2 : at + 1;
    if (tokens[numAt]?.kind !== 'num') return undefined;
    return readDigitAmount(scan, at, numAt, null, -1, 'signed');
  }
  if (token.kind !== 'sym' || next.kind !== 'num' || !next.glued) return undefined;
  // A sign glued to the previous token is a hyphen or a code (`F-16`, `GMT+4`, `10-12`).
  if (token.glued) return undefined;
  if (token.text === '.') return readDigitAmount(scan, at, at + 1, null, 1, 'dotted');
  if (token.text !== '+' && !isDash(token) && token.text !== '−') return undefined;
  // "COVID -19": a name in capitals before the sign makes it a code, unless a percentage follows.
  const percentFollows = tokens[skipNumberChain(tokens, at + 1)]?.text === '%' || tokens[at + 2]?.text === '%';
  if (before?.kind === 'word' && before.text !== before.low && !percentFollows) return undefined;
  return readDigitAmount(scan, at, at + 1, null, token.text === '+' ? 1 : -1, 'signed');
}

/** A currency sign glued to the digits after it (`PS6m`, `Y=28,030`): its code and the digits' index. */
function gluedSign(tokens: readonly Token[], at: number): { code: string; numAt: number } | null {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token === undefined || next === undefined || !next.glued) return null;
  if (next.kind === 'num') {
    const code = GLUED_CURRENCY_SIGNS.get(token.text);
    return code === undefined ? null : { code, numAt: at + 1 };
  }
  const digits = tokens[at + 2];
  if (next.kind !== 'sym' || digits?.kind !== 'num' || !digits.glued) return null;
  const code = GLUED_CURRENCY_SIGNS.get(token.text + next.text);
  return code === undefined ? null : { code, numAt: at + 2 };
}

/** The ISO code a currency code or sign word stands for (`USD`, `RMB` -> CNY, `RM` -> MYR), or null. */
export function currencyCode(token: Token): string | null {
  const text = token.text;
  if (text.length === 3 && CURRENCY_CODES.has(text)) return text;
  return CURRENCY_CODE_ALIASES.get(text) ?? null;
}

function readDigitAmount(scan: Scan, start: number, at: number, currency: string | null, sign = 1, form: 'plain' | 'signed' | 'dotted' = 'plain'): AmountRead {
  const { tokens } = scan;
  const token = tokens[at];
  if (token === undefined) return null;
  const before = tokens[at - 1];
  // A number inside a longer token or a code: G20, A320, COVID-19, Su-35, UTC +04:00, GMT+4, #1.
  if (currency === null && before !== undefined && form === 'plain') {
    const gluedWord = token.glued && before.kind === 'word';
    // "sub-300 sq m" is an amount ("below 300") in the all-quantities scan, "Su-35" a code.
    const prefix = tokens[at - 2];
    const bound = scan.all && prefix !== undefined && BOUND_PREFIXES.has(prefix.low);
    // A word glued before the dash makes a code (`Su-35`), unless it is a scale glued to digits (`4k-6k`).
    const scaleBefore = prefix?.glued === true && tokens[at - 3]?.kind === 'num';
    const gluedCode = token.glued && isDash(before) && before.glued && prefix?.kind === 'word' && !bound && !scaleBefore;
    // "COVID -19": a dash glued to the digits after a name in capitals.
    if (scan.all && token.glued && isDash(before) && !before.glued && prefix?.kind === 'word' && prefix.text !== prefix.low) {
      return { skipTo: skipNumberChain(tokens, at) };
    }
    const signed = token.glued && (before.text === '+' || before.text === '#' || before.text === '№');
    if (gluedWord || gluedCode || signed) return { skipTo: skipNumberChain(tokens, at) };
  }
  const digits = form === 'dotted' ? (/^\d+$/.test(token.text) ? Number(`0.${token.text}`) : null) : parseDigits(token.text);
  if (digits === null) return { skipTo: skipNumberChain(tokens, at) };
  let raw = digits * sign;
  const next = tokens[at + 1];
  const afterNext = tokens[at + 2];
  if (scan.all) {
    const fraction = readDigitFraction(tokens, at);
    if (fraction !== null) return fractionAmount(start, at, fraction.value * sign, fraction.end, currency);
  }
  // Times, dates and phone numbers: 15:11, 12/05/2023, 2024-08-19, 555-12-34.
  if (next?.glued && afterNext?.glued && afterNext.kind === 'num') {
    if (next.text === ':' || next.text === '/' || next.text === '.') return { skipTo: skipNumberChain(tokens, at) };
    if (isDash(next) && isDash(tokens[at + 3]) && tokens[at + 3]?.glued && tokens[at + 4]?.kind === 'num') {
      return { skipTo: skipNumberChain(tokens, at) };
    }
  }
  let end = at + 1;
  if (scan.all) {
    // "2 345 678": digit groups set apart by plain spaces, as some styles write large numbers.
    const grouped = readSpacedGroups(scan, at);
    if (grouped !== null) {
      raw = grouped.value * sign;
      end = grouped.end;
    }
    // "12 1/2 miles": a whole number and a fraction
    const fraction = next?.glued ? null : readDigitFraction(tokens, at + 1);
    if (fraction !== null && fraction.value < 1 && Number.isInteger(raw)) {
      raw += fraction.value * Math.sign(raw || 1);
      end = fraction.end;
    }
  }
  const amount: Amount = {
    start, numStart: at, end, unitFrom: end, raw, scale: 1, hasScale: false, currency,
    percent: false, spelled: false, plus: false, loose: false,
  };
  if (end !== at + 1) return readFigureSuffix(scan, amount);
  // Letters glued to the digits: 160k, $120m, €2.5bn, 21st, 1990s, 15km; anything else is a code (5G).
  if (next?.glued && next.kind === 'word') {
    const suffix = next.low;
    if (isDigitOrdinal(tokens, at) || suffix === 's') return { skipTo: at + 2 };
    const scale = gluedScale(tokens, at + 1, currency);
    if (scale !== null) {
      setScale(amount, scale, at + 2);
    } else if (!isGluedUnit(tokens, at + 1, scan.all) && !(scan.all && ALL_GLUED_UNITS.has(next.text))) {
      return { skipTo: skipNumberChain(tokens, at) };
    }
  }
  if (!amount.hasScale) readScaleWords(tokens, amount);
  if (scan.all && amount.hasScale) readScaledTail(tokens, amount);
  return readFigureSuffix(scan, amount);
}

/** Prefixes hyphenated to a number that bound it rather than name it: `sub-300`, `over-50`. */
const BOUND_PREFIXES: ReadonlySet<string> = new Set(['sub', 'over', 'under', 'near']);

/** Letters glued to digits that only the all-quantities scan reads as units: `5G` networks, `180p` (pence). */
const ALL_GLUED_UNITS: ReadonlySet<string> = new Set(['G', 'p', 'x']);

/** A digit fraction at `at`: `3/4`, `1/16`, `1⁄32` (numerator below the denominator, not a date). */
function readDigitFraction(tokens: readonly Token[], at: number): { value: number; end: number } | null {
  const numerator = tokens[at];
  const slash = tokens[at + 1];
  const denominator = tokens[at + 2];
  if (numerator?.kind !== 'num' || denominator?.kind !== 'num' || !slash?.glued || !denominator.glued) return null;
  if (slash.text !== '/' && slash.text !== '⁄') return null;
  const after = tokens[at + 3];
  if (after?.glued && (after.text === '/' || after.kind === 'num')) return null; // 12/05/2023
  if (!/^\d{1,2}$/.test(numerator.text) || !/^\d{1,3}$/.test(denominator.text)) return null;
  const top = Number(numerator.text);
  const bottom = Number(denominator.text);
  if (top === 0 || top >= bottom || bottom > 128) return null;
  return { value: top / bottom, end: at + 3 };
}

function fractionAmount(start: number, at: number, value: number, end: number, currency: string | null): Amount {
  return {
    start, numStart: at, end, unitFrom: end, raw: value, scale: 1, hasScale: false, currency, percent: false,
    spelled: false, plus: false, loose: false,
  };
}

/** The scale of letters glued to digits (`k`, `m`, `bn`, `8M`, `2MM`), or null when they are not a scale. */
function gluedScale(tokens: readonly Token[], at: number, currency: string | null): number | null {
  const token = tokens[at];
  if (token === undefined) return null;
  const cased = CASED_SCALES.get(token.text);
  if (cased !== undefined && (token.text !== 'B' || currency !== null)) return cased;
  const suffix = token.low;
  if (suffix === 'k') return 1e3;
  if (suffix === 'm') return currency !== null || looksCounted(tokens[at + 1]) ? 1e6 : null;
  const scale = SCALE_WORDS.get(suffix);
  if (scale !== undefined) return scale;
  if (currency !== null) return MONEY_SCALE_ABBREVIATIONS.get(suffix) ?? null;
  return null;
}

/** True when a word after `160m` shows it is millions of something (`160m people`), not metres. */
function looksCounted(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  return isPluralNoun(token.low) && !STOP_WORDS.has(token.low);
}

/** True when the word glued to a number is a measure or screen unit (`15km`, `20MW`, `16px`). */
function isGluedUnit(tokens: readonly Token[], at: number, all: boolean): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  if (PAGE_UNITS.has(token.low)) return true;
  if (matchPhraseAt(tokens, at, PERCENT_WORDS) !== null) return true;
  return matchMeasure(tokens, at, all) !== null;
}

function setScale(amount: Amount, scale: number, end: number): void {
  amount.scale *= scale;
  amount.hasScale = true;
  amount.end = end;
  amount.unitFrom = end;
}

/** Digit groups of three after a first group of one to three, set apart by one space: `2 345 678`. */
function readSpacedGroups(scan: Scan, at: number): { value: number; end: number } | null {
  const { tokens, sentence } = scan;
  const first = tokens[at];
  if (first === undefined || !/^\d{1,3}$/.test(first.text)) return null;
  let k = at + 1;
  let digits = first.text;
  while (tokens[k]?.kind === 'num' && /^\d{3}$/.test(tokens[k]!.text) && sentence[tokens[k]!.start - 1] === ' ' && tokens[k]!.start - tokens[k - 1]!.end === 1) {
    digits += tokens[k]!.text;
    k += 1;
  }
  if (k === at + 1 || (tokens[k]?.glued && tokens[k]?.text === '/')) return null;
  return { value: Number(digits), end: k };
}

/** "4 thousand 2 hundred": a smaller scaled part after a scaled number. */
function readScaledTail(tokens: readonly Token[], amount: Amount): void {
  const digits = tokens[amount.end];
  const word = tokens[amount.end + 1];
  if (digits?.kind !== 'num' || word?.kind !== 'word') return;
  const scale = word.low === 'hundred' ? 100 : SPELLED_SCALES.get(word.low);
  const value = parseDigits(digits.text);
  if (scale === undefined || value === null || scale >= amount.scale || value * scale >= amount.scale) return;
  amount.raw = amount.raw * amount.scale + value * scale;
  amount.scale = 1;
  amount.end += 2;
  amount.unitFrom = amount.end;
}

/** Reads scale words after digits: `1.5 million`, `3 hundred thousand`, `$4 m` (money only). */
function readScaleWords(tokens: readonly Token[], amount: Amount): void {
  for (let k = 0; k < 2; k += 1) {
    const word = tokens[amount.end];
    if (word === undefined || word.kind !== 'word') return;
    const plural = word.low.endsWith('s') ? word.low.slice(0, -1) : null;
    let scale = word.low === 'hundred' ? 100 : SCALE_WORDS.get(word.low);
    if (scale === undefined && plural !== null && SPELLED_SCALES.has(plural) && k === 0) {
      // "2 millions" (a common non-native form); "millions of" after digits is not vague
      scale = SPELLED_SCALES.get(plural);
    }
    if (scale === undefined && amount.currency !== null && k === 0) scale = MONEY_SCALE_ABBREVIATIONS.get(word.low);
    if (scale === undefined || (amount.hasScale && scale <= amount.scale)) return;
    setScale(amount, scale, amount.end + 1);
  }
}

/** Reads what may close a figure: `-plus`, `+`, `$5-billion`, `15-km` (unit follows), `%`. */
function readFigureSuffix(scan: Scan, amount: Amount): AmountRead {
  const { tokens } = scan;
  const hyphen = tokens[amount.end];
  const word = tokens[amount.end + 1];
  if (isDash(hyphen) && hyphen?.glued && word?.glued && word.kind === 'word') {
    const spelledScale = SPELLED_SCALES.get(word.low);
    if (amount.currency !== null && matchHyphenedPer(tokens, amount.end) !== null) {
      // "$15-an-hour": money per period; the rate is read after the figure (readTail).
      return amount;
    } else if (word.low === 'plus') {
      amount.plus = true;
      amount.end += 2;
      amount.unitFrom = amount.end;
    } else if (spelledScale !== undefined && !amount.hasScale) {
      setScale(amount, spelledScale, amount.end + 2);
    } else if (matchMeasure(tokens, amount.end + 1, scan.all) !== null || PAGE_UNITS.has(word.low)) {
      amount.unitFrom = amount.end + 1;
    } else if (amount.currency !== null) {
      // "a $353,000-a-plate dinner", "a $500-ticket gala": an amount of money in a compound adjective is still one.
      return amount;
    } else if (scan.all && !amount.spelled && !STOP_WORDS.has(word.low)) {
      // "a 300-bed hospital", "a 5-fold rise": the word after the hyphen is what is counted.
      amount.compound = word.low === 'fold' ? 'times' : singularize(word.low);
      amount.unitFrom = skipHyphenCompound(tokens, amount.end);
      return amount;
    } else {
      // A compound adjective: "300-bed", "30-year", "two-day", "5-fold"
      return { skipTo: skipHyphenCompound(tokens, amount.end) };
    }
  }
  const plus = tokens[amount.end];
  if (plus?.text === '+' && plus.glued && !(tokens[amount.end + 1]?.kind === 'num' && tokens[amount.end + 1]?.glued)) {
    amount.plus = true;
    amount.end += 1;
    amount.unitFrom = amount.end;
  }
  const percent = tokens[amount.end];
  if (percent?.text === '%' || percent?.text === '٪') {
    amount.percent = true;
    amount.end += 1;
    amount.unitFrom = amount.end;
  }
  return amount;
}

/** Reads a spelled-out number (`twenty-five`, `three hundred`, `a dozen`, `half a million`). */
function readSpelledAmount(scan: Scan, at: number): AmountRead {
  const { tokens } = scan;
  const read = readSpelledNumber(tokens, at);
  if (read === null) return null;
  // "one" alone is a pronoun or an article ("one of the", "one must"), unless a range follows; the
  // all-quantities scan still counts "one of the best speakers" and "one hand".
  if (tokens[at]?.low === 'one' && read.end === at + 1 && !startsSpelledRange(tokens, at + 1) && !(scan.all && isCountingOne(tokens, at))) return null;
  const words = tokens.slice(at, read.end);
  const amount: Amount = {
    start: at, numStart: at, end: read.end, unitFrom: read.end, raw: read.value, scale: 1, hasScale: false,
    currency: null, percent: false, spelled: true, plus: false, loose: words.some((w) => w.low === 'dozen'),
  };
  amount.hasScale = words.some((w) => SPELLED_SCALES.has(w.low));
  return readFigureSuffix(scan, amount);
}

/** Words before `one` that make it a pronoun (`no one`, `the one`), and words after it that do (`one another`). */
const NOT_COUNTING_BEFORE: ReadonlySet<string> = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'someone', 'anyone', 'everyone']);
const NOT_COUNTING_AFTER: ReadonlySet<string> = new Set(['another', 'way', 'time', 'more', 'less']);

/** True when `one` counts something: `one of the people`, `one particular demand`. */
function isCountingOne(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const next = tokens[at + 1];
  if (next === undefined || next.kind !== 'word' || NOT_COUNTING_BEFORE.has(before?.low ?? '')) return false;
  if (next.low === 'of') return tokens[at + 2]?.kind === 'word';
  if (matchPhraseAt(tokens, at + 1, PERCENT_WORDS) !== null) return true;
  if (NOT_COUNTING_AFTER.has(next.low) && tokens[at + 2]?.kind === 'word') return false;
  return !STOP_WORDS.has(next.low) && !next.low.endsWith('ly');
}

function startsSpelledRange(tokens: readonly Token[], at: number): boolean {
  const connector = tokens[at];
  const next = tokens[at + 1]?.low;
  const isConnector = connector !== undefined && (connector.low === 'or' || connector.low === 'to' || isDash(connector));
  return isConnector && next !== undefined && (UNIT_WORDS.has(next) || TENS_WORDS.has(next));
}

/** Index past a run of numbers joined by separators or spaces (a date, time, phone number or code). */
export function skipNumberChain(tokens: readonly Token[], at: number): number {
  let k = at + 1;
  for (;;) {
    const token = tokens[k];
    if (token === undefined) return k;
    if (token.kind === 'num' || (token.glued && token.kind === 'word' && tokens[k - 1]?.kind === 'num')) {
      k += 1;
    } else if (token.kind === 'sym' && '-–/:.)('.includes(token.text) && tokens[k + 1]?.kind === 'num') {
      k += 2;
    } else {
      return k;
    }
  }
}

/** Index past a hyphenated compound that starts at the hyphen at `at` (`-year-old`, `-bed`). */
function skipHyphenCompound(tokens: readonly Token[], at: number): number {
  let k = at;
  while (isDash(tokens[k]) && tokens[k]?.glued && tokens[k + 1]?.glued && tokens[k + 1]?.kind !== 'sym') k += 2;
  return k;
}

/** True for a bare four-digit number that could be a year (`2023`, not `2,023` or `$2023`). */
export function isYearNumber(tokens: readonly Token[], amount: Amount): boolean {
  const text = tokens[amount.numStart]?.text ?? '';
  return (
    !amount.spelled && !amount.hasScale && amount.currency === null && !amount.percent && !amount.plus &&
    /^\d{4}$/.test(text) && amount.raw >= 1000 && amount.raw <= 2100
  );
}
