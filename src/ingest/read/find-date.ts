// Publication dates as scraped pages write them. Only whole, valid calendar dates are accepted;
// a time is kept only with its UTC offset, because an ISO time without a zone would be a guess.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME = '(?:[,\\s]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*([ap])\\.?m\\.?)?)?';
const ZONE = '(?:\\s*\\(?\\s*((?:UTC|GMT)\\s*(?:[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?|[+\\-−]\\d{2}:?\\d{2})\\s*\\)?)?';

const PATTERNS: { regex: RegExp; order: 'dmy' | 'mdy' | 'iso' | 'numeric' }[] = [
  { regex: new RegExp(`\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])`, 'i'), order: 'iso' },
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b${TIME}${ZONE}`, 'i'), order: 'dmy' },
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b${TIME}${ZONE}`, 'i'), order: 'mdy' },
  { regex: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b${TIME}${ZONE}`, 'i'), order: 'numeric' },
];

/** A date found in a piece of text. */
export interface DateMatch {
  /** ISO 8601: `2024-08-19`, or `2021-09-24T15:11:00+04:00` when a time and zone are given. */
  iso: string;
  /** Where the date was written, so callers can tell a date line from a sentence. */
  index: number;
  length: number;
}

/** Finds the first valid calendar date in the text, with its time and zone when written. */
export function findDate(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const { regex, order } of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const iso = toIso(match, order);
    if (iso && (best === null || match.index < best.index)) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}

function toIso(match: RegExpExecArray, order: 'dmy' | 'mdy' | 'iso' | 'numeric'): string | null {
  const g = match.slice(1);
  let year: number, month: number, day: number;
  let hour: string | undefined, minute: string | undefined, meridiem: string | undefined, zone: string | undefined;
  if (order === 'iso') {
    [year, month, day] = [Number(g[0]), Number(g[1]), Number(g[2])];
    [hour, minute, zone] = [g[3], g[4], g[5]];
  } else if (order === 'dmy') {
    [day, month, year] = [Number(g[0]), MONTHS[g[1]!.toLowerCase().replace('.', '')] ?? 0, Number(g[2])];
    [hour, minute, meridiem, zone] = [g[3], g[4], g[5], g[6]];
  } else if (order === 'mdy') {
    [month, day, year] = [MONTHS[g[0]!.toLowerCase().replace('.', '')] ?? 0, Number(g[1]), Number(g[2])];
    [hour, minute, meridiem, zone] = [g[3], g[4], g[5], g[6]];
  } else {
    [day, month, year] = [Number(g[0]), Number(g[1]), Number(g[2])];
    [hour, minute, meridiem, zone] = [g[3], g[4], g[5], g[6]];
  }
  return composeIso(year, month, day, hour, minute, meridiem, zone);
}

function composeIso(year: number, month: number, day: number, hour?: string, minute?: string, meridiem?: string, zone?: string): string | null {
  if (!isValidDate(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const offset = zone === undefined ? undefined : normaliseOffset(zone);
  if (hour === undefined || minute === undefined || offset === undefined) return date;
  let h = Number(hour);
  if (meridiem) h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  if (h > 23 || Number(minute) > 59) return date;
  return `${date}T${pad(h)}:${minute}:00${offset}`;
}

// Day and month without a year (`14 Mar. 09:30 (UTC+3 MSK)`, `March 14`): a year after them
// would make a full date, so one must not follow. The month must be capitalised (`may` is a verb).
const YEARLESS: { regex: RegExp; order: 'dmy' | 'mdy' }[] = [
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])(?!,?\\s+\\d{4})${TIME}${ZONE}`, 'iu'), order: 'dmy' },
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})(?![:.]\\d)${TIME}${ZONE}`, 'iu'), order: 'mdy' },
];

/**
 * Finds a day and month written without a year and dates it in the year that puts it on or
 * before `reference` (the crawl date, or a later date the page shows), at most a year back.
 */
export function findYearlessDate(text: string, reference: string): DateMatch | null {
  const [refYear, refMonth, refDay] = reference.slice(0, 10).split('-').map(Number) as [number, number, number];
  let best: DateMatch | null = null;
  for (const { regex, order } of YEARLESS) {
    const match = regex.exec(text);
    if (!match) continue;
    const g = match.slice(1);
    const [dayText, monthText] = order === 'dmy' ? [g[0]!, g[1]!] : [g[1]!, g[0]!];
    if (!/^\p{Lu}/u.test(monthText)) continue;
    const month = MONTHS[monthText.toLowerCase().replace('.', '')] ?? 0;
    const day = Number(dayText);
    const year = month > refMonth || (month === refMonth && day > refDay) ? refYear - 1 : refYear;
    const iso = composeIso(year, month, day, g[2], g[3], g[4], g[5]);
    if (iso && (best === null || match.index < best.index)) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}

/** `+04:00`, `+4`, `−0400`, `Z` -> `+04:00` / `Z`; undefined when it is not an offset. */
function normaliseOffset(raw: string): string | undefined {
  const zone = raw.replace(/\s+/g, '').replace('−', '-').replace(/^(?:UTC|GMT)/i, '');
  if (zone === 'Z') return 'Z';
  if (zone === '') return '+00:00';
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  return `${match[1]}${pad(hours)}:${pad(minutes)}`;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
