// Markdown parsed in pieces. The parser upstream (micromark) takes time that grows with the
// square of the blocks in one document: 40 KB of one-line blockquotes took 1 s, 80 KB 3 s, and a
// 5 MB file would take hours. Blocks never reach across a blank line followed by an unindented
// line (outside fenced code and raw HTML), so the text is cut there into pieces of a few KB,
// each parsed alone, and their trees joined: the same blocks, in time that grows with the size.
// Even so the parser reads lists at only ~200 KB/s, so a time limit is checked between pieces.
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type remarkParseType from 'remark-parse';
import type { unified as unifiedType } from 'unified';
import { readPlainMarkdown } from './read-plain-markdown.ts';
import { REASONS, SourceError } from './source-error.ts';

// The parser is loaded for the first piece that needs it, not at import: unified and remark-parse
// take ~0.1 s of CPU to load, which a run of plain-text or plain Markdown articles (and every
// worker of one) would pay for nothing.
const require = createRequire(import.meta.url);
let markdownParser: { parse(text: string): unknown } | undefined;
function loadParser(): { parse(text: string): unknown } {
  if (markdownParser === undefined) {
    const { unified } = require('unified') as { unified: typeof unifiedType };
    const remarkParse = (require('remark-parse') as { default: typeof remarkParseType }).default;
    markdownParser = unified().use(remarkParse);
  }
  return markdownParser;
}

/** Size a piece grows to before it is cut at the next safe place. */
const PIECE_CHARS = 2_048;

/** A link reference definition (`[id]: https://…`): it applies to the whole document. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S/;
/** Raw HTML blocks that may hold blank lines, with what ends each (CommonMark's types 1 and 2). */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
];

/** Longest a Markdown source may take to parse; real articles take a few milliseconds. */
export const MAX_PARSE_MS = 5_000;

/** Parses Markdown into one mdast tree, piece by piece (see the file comment). Throws SourceError past the time limit. */
export function parseMarkdown(text: string, file: string, maxMs: number = MAX_PARSE_MS): Root {
  const pieces = splitMarkdown(text);
  // A piece with no Markdown syntax in it is read without the parser (read-plain-markdown.ts).
  const parse = (piece: string): Root => {
    const paragraphs = readPlainMarkdown(piece);
    return paragraphs === null ? (loadParser().parse(piece) as Root) : { type: 'root', children: paragraphs };
  };
  if (pieces.length === 1) return parse(text);
  // Reference definitions anywhere apply everywhere: give each piece all of them (they are few).
  const definitions = text.split('\n').filter((line) => DEFINITION.test(line)).join('\n');
  const root: Root = { type: 'root', children: [] };
  const started = performance.now();
  for (const piece of pieces) {
    if (performance.now() - started > maxMs) throw new SourceError(file, REASONS.tooSlow(maxMs / 1000, 'Markdown'));
    const tree = definitions === '' ? parse(piece) : (loadParser().parse(`${piece}\n\n${definitions}\n`) as Root);
    root.children.push(...tree.children.filter((node) => definitions === '' || node.type !== 'definition'));
  }
  return root;
}

/** Cuts Markdown into pieces of about PIECE_CHARS at places no block reaches across. */
export function splitMarkdown(text: string, pieceChars: number = PIECE_CHARS): string[] {
  const lines = text.split('\n');
  const pieces: string[] = [];
  let start = 0; // first line of the current piece
  let size = 0;
  let fence: RegExp | null = null; // what closes the open fenced code block
  let html: RegExp | null = null; // what closes the open raw HTML block
  let afterBlank = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const blank = line.trim() === '';
    if (fence === null && html === null && afterBlank && !blank && size >= pieceChars && !/^\s/.test(line)) {
      pieces.push(lines.slice(start, index).join('\n'));
      start = index;
      size = 0;
    }
    size += line.length + 1;
    afterBlank = blank;
    if (fence !== null) {
      if (fence.test(line)) fence = null;
      continue;
    }
    if (html !== null) {
      if (html.test(line)) html = null;
      continue;
    }
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opening) {
      const mark = opening[1]!;
      fence = new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}\\s*$`);
      continue;
    }
    for (const [open, close] of HTML_BLOCKS) {
      // The block ends on its first line when the closing mark is there too.
      if (open.test(line) && !close.test(line.replace(open, ''))) html = close;
    }
  }
  pieces.push(lines.slice(start).join('\n'));
  return pieces;
}
