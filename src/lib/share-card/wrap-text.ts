// Line breaking for drawn text (share cards): greedy, at spaces, from the widths of single
// words. A line's width is taken as the sum of its words and spaces, which is what Skia measures
// for Inter (no kerning across spaces), and lets callers cache widths word by word: measuring a
// new string costs ~40 µs of shaping, so measuring every candidate line would dominate a card.

/** The width of a word (or a single space or `…`) in the font being wrapped. */
export type MeasureWord = (word: string) => number;

const ELLIPSIS = '…';

/** Splits a word wider than `width` into pieces that fit, character by character. */
function breakWord(word: string, width: number, measure: MeasureWord): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const char of word) {
    const charWidth = measure(char);
    if (piece !== '' && pieceWidth + charWidth > width) {
      pieces.push(piece);
      [piece, pieceWidth] = ['', 0];
    }
    piece += char;
    pieceWidth += charWidth;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/** Cuts words (and then characters) off a line's end until it and a trailing `…` fit in `width`. */
function endWithEllipsis(words: string[], width: number, measure: MeasureWord): string {
  const space = measure(' ');
  const kept = [...words];
  let total = kept.reduce((sum, word) => sum + measure(word), 0) + space * (kept.length - 1) + measure(ELLIPSIS);
  while (kept.length > 1 && total > width) total -= measure(kept.pop()!) + space;
  let last = kept.pop() ?? '';
  const chars = [...last];
  while (chars.length > 1 && total > width) total -= measure(chars.pop()!);
  last = chars.join('');
  return `${[...kept, last].join(' ').replace(/[\s,;:.–—-]+$/, '')}${ELLIPSIS}`;
}

/**
 * Breaks single-spaced text into at most `maxLines` lines no wider than `width`; words wider
 * than a line are split between characters, and when the text does not fit the last line ends
 * in `…`.
 */
export function wrapText(text: string, width: number, maxLines: number, measure: MeasureWord): string[] {
  if (maxLines < 1) return [];
  const space = measure(' ');
  const words = text
    .split(' ')
    .filter((word) => word !== '')
    .flatMap((word) => (measure(word) > width ? breakWord(word, width, measure) : [word]));
  const lines: string[][] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    if (line.length === 0 || lineWidth + space + wordWidth <= width) {
      lineWidth += (line.length === 0 ? 0 : space) + wordWidth;
      line.push(word);
      continue;
    }
    // No room for the rest: this line is the last, and its `…` says so.
    if (lines.length === maxLines - 1) return [...lines.map((done) => done.join(' ')), endWithEllipsis(line, width, measure)];
    lines.push(line);
    [line, lineWidth] = [[word], wordWidth];
  }
  if (line.length > 0) lines.push(line);
  return lines.map((words) => words.join(' '));
}
