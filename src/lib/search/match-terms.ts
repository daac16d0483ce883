// How a query word reaches the index's words: exactly, as an English plural or singular, as the
// beginning of a longer word (while typing), or with a typo. Each way has a quality that the
// ranking multiplies in.

/** How well an index term matches a query word, 0 (not at all) to 1 (exactly). */
export const MATCH_QUALITY = { exact: 1, variant: 0.9, prefix: 0.75, typo1: 0.6, typo2: 0.45 } as const;

/** Typos tolerated in a word of this length: none below 4 letters, one up to 7, then two. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Edit distance counting a swap of neighbours as one edit (`russain` -> `russian` is 1), or
 * `max + 1` as soon as it must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let previousRow: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const beforeRow = previousRow;
    previousRow = row;
    row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previousRow[j]! + 1, row[j - 1]! + 1, previousRow[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforeRow[j - 2]! + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return row[b.length]!;
}

/** Singular and plural spellings of an English word: `schools` -> `school`, `school` -> `schools`. */
export function wordVariants(term: string): string[] {
  if (term.length < 3 || /\d/.test(term)) return [];
  const variants = new Set<string>();
  if (term.endsWith('ies')) variants.add(`${term.slice(0, -3)}y`);
  else if (/(?:s|x|z|ch|sh)es$/.test(term)) variants.add(term.slice(0, -2));
  if (term.endsWith('s') && !term.endsWith('ss')) variants.add(term.slice(0, -1));
  if (!term.endsWith('s')) {
    if (/[^aeiou]y$/.test(term)) variants.add(`${term.slice(0, -1)}ies`);
    else if (/(?:s|x|z|ch|sh)$/.test(term)) variants.add(`${term}es`);
    variants.add(`${term}s`);
  }
  variants.delete(term);
  return [...variants];
}

/** The quality of a typo match of `distance` edits. */
export function typoQuality(distance: number): number {
  return distance <= 1 ? MATCH_QUALITY.typo1 : MATCH_QUALITY.typo2;
}
