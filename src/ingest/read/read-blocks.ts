// Turns each input format into the same thing: the article as a list of text blocks
// (headline, date line, paragraphs...) in reading order, plus whatever metadata the format
// itself declares. Cleaning and detection then work the same for every format.
import { parseMarkdown } from './parse-markdown.ts';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { RootContent as MdastContent } from 'mdast';
import { parseFrontMatter, type SourceOverrides } from './parse-front-matter.ts';
import { readHtml } from './read-html.ts';
import { readDateLine } from './pick-publication-date.ts';

/** The formats the ingest accepts, by file extension. */
export const SOURCE_FORMATS = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' } as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[keyof typeof SOURCE_FORMATS];

/** An article reduced to text blocks, with the metadata its format declared. */
export interface ArticleBlocks {
  /** Text blocks in reading order; one paragraph, heading or line each. */
  blocks: string[];
  /** The block that the format marks as the headline (`# Title`, `<h1>`), if any. */
  headline: string | null;
  /** Fields declared by Markdown front-matter or HTML meta tags; they override detection. */
  declared: SourceOverrides;
}

/** Reads an article of the given format into blocks. Throws SourceError for bad front-matter or a page with no article. */
export function readBlocks(text: string, format: SourceFormat, file: string): ArticleBlocks {
  if (format === 'markdown') return readMarkdown(text, file);
  if (format === 'html') return readHtml(text, file);
  return { blocks: splitTextBlocks(text), headline: null, declared: {} };
}

/**
 * Splits plain text into blocks at blank lines. A block of several lines is one paragraph only
 * when its lines are hard-wrapped prose; otherwise each line stands alone (scraped pages put
 * headline, caption and credit on lines of their own).
 */
export function splitTextBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    let current = '';
    for (const line of lines) {
      if (current === '') current = line;
      // A date line after a long headline starts a block of its own, however the headline ends.
      else if (isHardWrapped(current) && readDateLine(line) === null) current += ` ${line}`;
      else {
        blocks.push(current);
        current = line;
      }
    }
    if (current !== '') blocks.push(current);
  }
  return blocks;
}

/** A line that was wrapped mid-sentence: long, and not ending a sentence or a heading. */
function isHardWrapped(line: string): boolean {
  return line.length >= 50 && !/[.!?:"”’)»]$/.test(line);
}

function readMarkdown(text: string, file: string): ArticleBlocks {
  const { overrides, body } = parseFrontMatter(text, file);
  const tree = parseMarkdown(body, file);
  const blocks: string[] = [];
  let headline: string | null = null;
  const visit = (nodes: MdastContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const heading = collapse(mdastToString(node));
        if (heading === '') continue;
        if (headline === null && node.depth === 1) headline = heading;
        blocks.push(heading);
      } else if (node.type === 'paragraph') {
        const paragraph = collapse(mdastToString(node, { includeHtml: true }));
        if (paragraph !== '') blocks.push(paragraph);
      } else if (node.type === 'html') {
        // Raw HTML in a Markdown article is shown as the literal text it is, never as markup.
        const literal = collapse(node.value);
        if (literal !== '') blocks.push(literal);
      } else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
        visit(node.children as MdastContent[]);
      } else if (node.type === 'code') {
        const code = collapse(node.value);
        if (code !== '') blocks.push(code);
      }
    }
  };
  visit(tree.children);
  return { blocks, headline, declared: overrides };
}

/** Collapses runs of white space (including line breaks inside a paragraph) to one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
