// Turns each input format into the same thing: the article as a list of text blocks
// (headline, date line, paragraphs...) in reading order, plus whatever metadata the format
// itself declares. Cleaning and detection then work the same for every format.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import rehypeParse from 'rehype-parse';
import { toString as mdastToString } from 'mdast-util-to-string';
import { toText } from 'hast-util-to-text';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { parseFrontMatter, type SourceOverrides } from './parse-front-matter.ts';

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

/** Reads an article of the given format into blocks. Throws SourceError for bad front-matter. */
export function readBlocks(text: string, format: SourceFormat, file: string): ArticleBlocks {
  if (format === 'markdown') return readMarkdown(text, file);
  if (format === 'html') return readHtml(text);
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
      else if (isHardWrapped(current)) current += ` ${line}`;
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
  const tree = unified().use(remarkParse).parse(body) as MdastRoot;
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

/** Elements that are never article text. */
const HTML_SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'nav',
  'footer', 'aside', 'form', 'button', 'select', 'figcaption', 'video', 'audio', 'head',
]);
/** Elements whose text is one block of the article. */
const HTML_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'pre', 'td', 'th']);

function readHtml(text: string): ArticleBlocks {
  const tree = unified().use(rehypeParse).parse(text) as HastRoot;
  const declared: SourceOverrides = {};
  const meta = (name: string): string | undefined => {
    const element = findElement(tree, (el) => el.tagName === 'meta' && (el.properties['property'] === name || el.properties['name'] === name));
    const content = element?.properties['content'];
    return typeof content === 'string' && content.trim() !== '' ? content.trim() : undefined;
  };
  const title = meta('og:title') ?? textOf(findElement(tree, (el) => el.tagName === 'title'));
  const date = meta('article:published_time') ?? meta('date') ?? attribute(findElement(tree, (el) => el.tagName === 'time' && typeof el.properties['dateTime'] === 'string'), 'dateTime');
  const outlet = meta('og:site_name');
  const canonical = attribute(findElement(tree, (el) => el.tagName === 'link' && Array.isArray(el.properties['rel']) && el.properties['rel'].includes('canonical')), 'href') ?? meta('og:url');
  if (date) declared.date = date;
  if (outlet) declared.outlet = outlet;
  if (canonical && /^https?:\/\//.test(canonical)) declared.url = canonical;

  // The article is the <article> (or <main>) element when the page has one; else the body.
  const root =
    findElement(tree, (el) => el.tagName === 'article') ??
    findElement(tree, (el) => el.tagName === 'main' || el.properties['role'] === 'main') ??
    findElement(tree, (el) => el.tagName === 'body') ??
    tree;
  const blocks: string[] = [];
  let headline: string | null = null;
  const walk = (node: HastContent | HastRoot | Element): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (HTML_SKIP.has(node.tagName)) return;
      // A <header> inside the article holds the headline; elsewhere it is site furniture.
      if (node.tagName === 'header' && root.type === 'element' && root.tagName !== 'article') return;
      if (HTML_BLOCKS.has(node.tagName)) {
        const block = collapse(toText(node, { whitespace: 'normal' }));
        if (block === '') return;
        if (headline === null && node.tagName === 'h1') headline = block;
        blocks.push(block);
        return;
      }
    }
    for (const child of node.children) walk(child as HastContent);
  };
  walk(root);
  const pageTitle = headline ?? title;
  return { blocks, headline: pageTitle ?? null, declared: { ...declared, ...(pageTitle ? { title: pageTitle } : {}) } };
}

function findElement(node: HastRoot | HastContent, test: (element: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = findElement(child as HastContent, test);
    if (found) return found;
  }
  return undefined;
}

function attribute(element: Element | undefined, name: string): string | undefined {
  const value = element?.properties[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function textOf(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const text = collapse(toText(element));
  return text === '' ? undefined : text;
}

/** Collapses runs of white space (including line breaks inside a paragraph) to one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
