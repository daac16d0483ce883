// Structure limits checked before a source is parsed. The Markdown and HTML parsers upstream
// slow down or overflow the stack on shapes no article has: 40 KB of interleaved emphasis took
// 9–22 s, a list indented one step deeper per line took minutes at 4 MB, and 10,000 levels of
// blockquotes or HTML elements overflowed the stack, and the HTML article reader takes time
// that grows with the elements of the page (times their depth). One linear scan per format measures those
// shapes, so such a file becomes a one-line error naming it while the other files go on.
import { findIgnoringCase } from '../../util/find-ignoring-case.ts';
import type { SourceFormat } from './read-blocks.ts';
import { REASONS, SourceError } from './source-error.ts';

/** The structure limits, far above any real article (which nests a few levels and emphasises a few dozen words). */
export const STRUCTURE_LIMITS = {
  /** Blockquotes and list items nested inside each other, in Markdown. */
  maxMarkdownDepth: 32,
  /** Emphasis marks (runs of `*` or `_`) in one Markdown paragraph: parsing them costs their square. */
  maxEmphasisPerBlock: 200,
  /** Emphasis marks in a whole Markdown file, so many paragraphs at the limit stay fast too. */
  maxEmphasisPerFile: 10_000,
  /** Elements nested inside each other, in HTML. */
  maxHtmlDepth: 64,
  /**
   * Elements in an HTML page: the article reader (Readability) takes up to 0.3 ms per element on
   * deep pages, so this keeps any page under ~8 s; real article pages have 1,000–10,000.
   */
  maxHtmlElements: 25_000,
  /**
   * Characters of text times the depth they sit at, summed over an HTML page: the reader
   * re-reads an element's text for each ancestor it scores (a 5 MB page 60 deep spent 9 s in one
   * regular expression). A real 1 MB page 15 deep weighs 15 million.
   */
  maxHtmlTextWeight: 60_000_000,
} as const;

/** Throws SourceError when the text is shaped so that parsing it would take too long or overflow. */
export function checkStructure(text: string, format: SourceFormat, file: string, limits: typeof STRUCTURE_LIMITS = STRUCTURE_LIMITS): void {
  if (format === 'markdown') checkMarkdown(text, file, limits);
  else if (format === 'html') checkHtml(text, file, limits);
}

/** A list item's marker after indentation: `-`, `*`, `+`, `1.` or `1)`, then a space or the line's end. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

function checkMarkdown(text: string, file: string, limits: typeof STRUCTURE_LIMITS): void {
  const lines = text.split('\n');
  // Content columns of the list items open above this line: a line indented to an item's
  // content column continues (or nests inside) that item; one indented less closes it.
  const items: number[] = [];
  let emphasisInBlock = 0;
  let emphasisInFile = 0;
  for (let number = 0; number < lines.length; number++) {
    const line = lines[number]!;
    let at = 0;
    let column = 0;
    const skipSpace = () => {
      while (at < line.length && (line[at] === ' ' || line[at] === '\t')) column += line[at++] === '\t' ? 4 - (column % 4) : 1;
    };
    skipSpace();
    if (at === line.length) {
      emphasisInBlock = 0; // a blank line ends the paragraph
      continue;
    }
    while (items.length > 0 && column < items.at(-1)!) items.pop();
    // Containers this line opens: blockquote marks and list markers, one after the other.
    let quotes = 0;
    for (;;) {
      if (line[at] === '>') {
        at++;
        column++;
        quotes++;
      } else {
        const marker = LIST_MARKER.exec(line.slice(at, at + 12));
        if (!marker) break;
        at += marker[0].length;
        column += marker[0].length;
        items.push(column + 1);
      }
      skipSpace();
      const depth = quotes + items.length;
      if (depth > limits.maxMarkdownDepth) throw new SourceError(file, REASONS.tooDeep(depth, limits.maxMarkdownDepth, number + 1, 'blockquotes and lists'));
    }
    // Runs of emphasis marks in the rest of the line.
    for (let index = at; index < line.length; index++) {
      const char = line[index];
      if ((char === '*' || char === '_') && line[index - 1] !== char) {
        emphasisInBlock++;
        emphasisInFile++;
      }
    }
    if (emphasisInBlock > limits.maxEmphasisPerBlock || emphasisInFile > limits.maxEmphasisPerFile) {
      const [count, limit, where] =
        emphasisInBlock > limits.maxEmphasisPerBlock
          ? [emphasisInBlock, limits.maxEmphasisPerBlock, `in the paragraph ending on line ${number + 1}`]
          : [emphasisInFile, limits.maxEmphasisPerFile, 'in the file'];
      throw new SourceError(file, REASONS.tooMuchEmphasis(count, limit, where));
    }
  }
}

/** Elements that never have content, so never nest. */
const VOID_ELEMENTS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements whose end tag may be left out (the parser closes them): not counted, as a page of unclosed `<p>` is not deep. */
const OPTIONAL_END = new Set('p li dt dd tr td th thead tbody tfoot option optgroup rt rp colgroup caption'.split(' '));
/** Elements whose content is raw text, where `<` starts no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

function checkHtml(text: string, file: string, limits: typeof STRUCTURE_LIMITS): void {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|<!--[\s\S]*?(?:-->|$)/g;
  let depth = 0;
  let elements = 0;
  let weight = 0;
  let textFrom = 0; // where the text since the last tag starts
  // Inside <svg> and <math>, `<path/>` closes itself (in HTML proper the slash is ignored): news
  // pages carry icon sprites of hundreds of such elements, which must not count as nesting.
  let foreign = 0;
  for (let match = tag.exec(text); match !== null; match = tag.exec(text)) {
    weight += (match.index - textFrom) * depth;
    textFrom = match.index + match[0].length;
    if (weight > limits.maxHtmlTextWeight) throw new SourceError(file, REASONS.tooHeavy(weight, limits.maxHtmlTextWeight));
    if (match[2] === undefined) continue; // a comment
    const name = match[2].toLowerCase();
    if (match[1] !== '/' && ++elements > limits.maxHtmlElements) throw new SourceError(file, REASONS.tooManyElements(limits.maxHtmlElements));
    if (VOID_ELEMENTS.has(name) || OPTIONAL_END.has(name)) continue;
    const isForeignRoot = name === 'svg' || name === 'math';
    if (match[1] === '/') {
      if (depth > 0) depth--;
      if (isForeignRoot && foreign > 0) foreign--;
      continue;
    }
    if ((foreign > 0 || isForeignRoot) && match[0].endsWith('/>')) continue;
    if (isForeignRoot) foreign++;
    if (RAW_TEXT.has(name)) {
      const close = findIgnoringCase(text, `</${name}`, tag.lastIndex);
      tag.lastIndex = close === -1 ? text.length : close;
      continue;
    }
    if (++depth > limits.maxHtmlDepth) {
      const line = text.slice(0, match.index).split('\n').length;
      throw new SourceError(file, REASONS.tooDeep(depth, limits.maxHtmlDepth, line, 'HTML elements'));
    }
  }
}
