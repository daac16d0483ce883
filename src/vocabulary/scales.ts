// Every scale word Recount reads, once: `thousand`, `million`, `lakh`, and the abbreviations news
// writes (`k`, `m`, `bn`, `MM`). The ingest multiplies figures with these, search folds `$4bn` and
// `4 billion` to one key, and the figure formatter writes the spelled ones back.

/** Where a scale may stand. */
export type ScaleUse =
  /** A word of its own, after digits or number words: `1.5 million`, `three lakh`. */
  | 'word'
  /** An abbreviation after digits, glued or spaced: `160k`, `4 bn`, `$2.5 mln`. */
  | 'abbreviation'
  /** Only glued to digits, or after a currency: `$120m`, `8M`, `$5b`, `$4 m` (a spaced `m` is metres). */
  | 'glued';

/** One scale: the word as written (matched without case unless `cased`) and its multiplier. */
export interface Scale {
  name: string;
  factor: number;
  use: ScaleUse;
  /** Set when only this exact case is a scale (`MM`: not `mm`, millimetres). */
  cased?: boolean;
}

const s = (name: string, factor: number, use: ScaleUse, cased = false): Scale => (cased ? { name, factor, use, cased } : { name, factor, use });

/** Every scale, spelled words first. */
export const SCALES: readonly Scale[] = [
  s('thousand', 1e3, 'word'), s('million', 1e6, 'word'), s('billion', 1e9, 'word'), s('trillion', 1e12, 'word'),
  s('lakh', 1e5, 'word'), s('lakhs', 1e5, 'word'), s('lac', 1e5, 'word'), s('crore', 1e7, 'word'), s('crores', 1e7, 'word'),
  s('mln', 1e6, 'abbreviation'), s('mn', 1e6, 'abbreviation'), s('mil', 1e6, 'abbreviation'), s('bn', 1e9, 'abbreviation'),
  s('bln', 1e9, 'abbreviation'), s('trn', 1e12, 'abbreviation'), s('trln', 1e12, 'abbreviation'), s('tn', 1e12, 'abbreviation'),
  s('MM', 1e6, 'abbreviation', true),
  s('k', 1e3, 'glued'), s('m', 1e6, 'glued'), s('b', 1e9, 'glued'), s('M', 1e6, 'glued', true), s('B', 1e9, 'glued', true),
  s('K', 1e3, 'glued', true),
];

/** The spelled scale words (`thousand` … `trillion`, `lakh`, `crore`) with their factors. */
export const SPELLED_SCALES: ReadonlyMap<string, number> = new Map(
  SCALES.filter((scale) => scale.use === 'word').map((scale) => [scale.name, scale.factor]),
);

/** The scale a word stands for where any scale may stand (`bn`, `million`, `MM`), or undefined. */
export function scaleFactor(word: string, uses: readonly ScaleUse[] = ['word', 'abbreviation']): number | undefined {
  const low = word.toLowerCase();
  for (const scale of SCALES) {
    if (!uses.includes(scale.use)) continue;
    if (scale.cased ? scale.name === word : scale.name === low) return scale.factor;
  }
  return undefined;
}
