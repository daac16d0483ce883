// Direct quotations in a paragraph. Scraped text mixes curly and straight quotes (`“…,"`), so
// curly ones say which way they face and straight ones are read from their neighbours, or,
// when glued on both sides (`cooperation."The`), from whether a quotation is open.

/** One quotation: offsets of its opening and closing quote marks (close is null when unclosed). */
export interface QuoteSpan {
  open: number;
  close: number | null;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const ANY_QUOTE = /["“”«»„]/;

/** Finds the quotations in a paragraph; a quotation left open runs to the paragraph's end. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  if (!ANY_QUOTE.test(text)) return spans;
  let open: number | null = null;
  // Only quote marks change anything: the loop compares character codes and reads a character
  // (a one-letter string) only at a quote mark, instead of two set lookups per character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x22 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201e)) continue;
    const char = text[i]!;
    let role: 'open' | 'close' | null = null;
    if (OPENERS.has(char)) role = 'open';
    else if (CLOSERS.has(char)) role = 'close';
    else if (char === '"' && !isMarkupQuote(text, i)) role = straightQuoteRole(text, i, open !== null);
    if (role === 'open' && open === null) open = i;
    else if (role === 'close' && open !== null) {
      spans.push({ open, close: i });
      open = null;
    }
  }
  if (open !== null) spans.push({ open, close: null });
  return spans;
}

/** Whether the straight quote at `index` opens or closes a quotation. */
export function straightQuoteRole(text: string, index: number, isOpen: boolean): 'open' | 'close' {
  const before = index > 0 ? text[index - 1]! : ' ';
  const after = index + 1 < text.length ? text[index + 1]! : ' ';
  const spaceBefore = /[\s([{–—-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}–—-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return isOpen ? 'close' : 'open';
}

/** A straight quote that delimits an HTML attribute (`href="…">`), never a quotation. */
function isMarkupQuote(text: string, index: number): boolean {
  return text[index - 1] === '=' || text[index + 1] === '>';
}

/** Offsets of straight quotes that open a quotation, for the sentence-glue repair. */
export function openingStraightQuotes(text: string): Set<number> {
  const result = new Set<number>();
  for (const span of findQuoteSpans(text)) if (text[span.open] === '"') result.add(span.open);
  return result;
}
