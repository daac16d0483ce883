// Article text as Markdown that renders as exactly that text. Each paragraph is one line (the
// cleaner collapses white space), so only two things matter: characters that start inline
// syntax anywhere (emphasis, code, links, HTML, entities, escapes) and characters that start a
// block at the beginning of a line (headings, quotes, lists, fences). Checked against the
// CommonMark parser (mdast-util-from-markdown) by the tests, including random text.

const INLINE = /[\\`*_[\]<>]|&(?=#?[A-Za-z0-9]+;)/g;
const BLOCK_START = /^(?:[#>+=~-]|\d+(?=[.)]))/;

/** Escapes one paragraph of plain text so CommonMark reads it back unchanged. */
export function escapeMarkdown(paragraph: string): string {
  const inline = paragraph.replace(INLINE, (char) => `\\${char}`);
  const start = BLOCK_START.exec(inline);
  if (!start) return inline;
  // `1. text` and `1) text` would start a list: escape the punctuation after the digits.
  if (/^\d/.test(start[0])) return `${start[0]}\\${inline.slice(start[0].length)}`;
  return `\\${inline}`;
}
