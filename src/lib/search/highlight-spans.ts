// Which parts of a result's text to highlight: the words the query reached (typos and
// completions included) and the figures whose value it asked for. Offsets only; the browser
// turns them into <mark> elements around text nodes, never into HTML.
import { canonicalValue, findNumbers } from './find-numbers.ts';
import { tokenizeWords } from './tokenize-words.ts';

/** A `[start, end)` range of UTF-16 offsets in a text. */
export type Span = [start: number, end: number];

/** Ranges of `text` to highlight, sorted and merged: words whose term is in `terms`, figures whose value is in `values`. */
export function findHighlightSpans(text: string, terms: ReadonlySet<string>, values: readonly number[]): Span[] {
  const spans: Span[] = [];
  if (terms.size > 0) {
    for (const token of tokenizeWords(text)) {
      if (terms.has(token.term)) spans.push([token.start, token.end]);
    }
  }
  if (values.length > 0) {
    const wanted = new Set(values.map(canonicalValue));
    for (const found of findNumbers(text)) {
      if (wanted.has(found.value)) spans.push([found.start, found.end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}
