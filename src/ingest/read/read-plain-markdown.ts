// Most Markdown articles are plain paragraphs: no emphasis, links, lists or headings in a stretch
// of text. For such a stretch the Markdown parser (micromark) only finds the blank lines, yet it
// is the slowest step of reading one (about 1.4 ms an article once warm, several times that while
// it is still being compiled). Text that holds nothing any CommonMark construct starts with is
// read here directly, into the same paragraphs; anything else goes to the parser.
import type { Paragraph } from 'mdast';

/**
 * Anything that may begin inline syntax, raw HTML, an escape or a character reference, and
 * characters the parser treats specially (tab stops, carriage returns, NUL, a byte-order mark).
 * `!` and `#` need `[` or a line start to mean anything, and are let through.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>\t\r\0\ufeff]|&#?[\dA-Za-z]+;/;
/**
 * A line that could open a block other than a paragraph, or interrupt one: an ATX heading, a
 * block quote, a list item, a setext underline or rule, a fence, or indented code.
 */
const BLOCK_START = /^(?: {4}| {0,3}(?:[#>+=~-]|\d+[.)]))/m;
/** Two or more spaces before a line break: a hard break, which the parser turns into a node. */
const HARD_BREAK = / {2,}\n/;

/**
 * The paragraphs of `text` as the Markdown parser would give them, when `text` uses no Markdown
 * syntax at all; null when it might (the caller then parses it). A paragraph's text is its lines
 * with the spaces around each line removed, joined by line breaks, as the parser writes it.
 */
export function readPlainMarkdown(text: string): Paragraph[] | null {
  if (INLINE_SYNTAX.test(text) || BLOCK_START.test(text) || HARD_BREAK.test(text)) return null;
  const paragraphs: Paragraph[] = [];
  let lines: string[] = [];
  const close = () => {
    if (lines.length > 0) paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value: lines.join('\n') }] });
    lines = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.replace(/^ +| +$/g, '');
    if (trimmed === '') close(); // a blank line (spaces only: tabs never reach here)
    else lines.push(trimmed);
  }
  close();
  return paragraphs;
}
