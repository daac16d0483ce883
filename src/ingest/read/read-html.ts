// An HTML page to the article's text blocks and the metadata the page declares. Mozilla
// Readability (the Firefox Reader View extractor) finds the article among menus, teaser boxes
// and comments, over linkedom (a light DOM: about five times faster than jsdom to build). On
// Readability's own test pages this keeps the article at word F1 0.99; the tag walk it
// replaced (first <article>, else <main>, else <body>) averaged 0.73 and published teasers.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { findIgnoringCase } from '../../util/find-ignoring-case.ts';
import { deferCssParser } from './defer-css-parser.ts';
import { findDate } from './find-date.ts';
import { lightenLinkedom } from './lighten-linkedom.ts';
import { findMetadataElements, readHtmlMetadata, readJsonLd } from './read-html-metadata.ts';
import { REASONS, SourceError } from './source-error.ts';
import { leaveLinksUnresolved, skipLoggedSerialisation, speedUpReadability } from './speed-up-readability.ts';
import type { SourceOverrides } from './parse-front-matter.ts';

// Loaded on the first HTML page, not at import: linkedom takes 0.2–0.5 s to load, which a run of
// text articles (and every worker of one) would pay for nothing.
const require = createRequire(import.meta.url);
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityType } | undefined;
function loadLibraries(): NonNullable<typeof libraries> {
  if (libraries === undefined) {
    deferCssParser(require); // <style> elements are dropped before parsing: no sheet is read
    const linkedom = require('linkedom') as Parameters<typeof lightenLinkedom>[0] & { parseHTML: typeof ParseHtml };
    lightenLinkedom(linkedom);
    libraries = { parseHTML: linkedom.parseHTML, Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityType }).Readability };
  }
  return libraries;
}

/** What the HTML reader returns (the shape every format's reader returns). */
export interface HtmlArticle {
  blocks: string[];
  headline: string | null;
  declared: SourceOverrides;
}

/** Fewer words than this is a caption or a teaser, not an article. */
export const MIN_ARTICLE_WORDS = 25;

/** Elements whose text is never article text (Readability keeps captions; claims do not come from them). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'FIGCAPTION', 'VIDEO', 'AUDIO', 'NAV', 'FORM']);
/** Elements that begin and end a block of text. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'PRE', 'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

/**
 * Reads an HTML page: declared metadata (JSON-LD, Open Graph, meta tags, <time>) and the article
 * found by Readability as text blocks. Throws SourceError when the page holds no article.
 */
export function readHtml(html: string, file: string): HtmlArticle {
  const { parseHTML } = loadLibraries();
  const page = stripInertMarkup(html);
  const { document } = parseHTML(page);
  // Fallback metadata first: Readability prunes the document as it reads it.
  const found = findMetadataElements(document as unknown as Document);
  const jsonLd = readJsonLd(document as unknown as Document, found);
  const fallback = readHtmlMetadata(document as unknown as Document, jsonLd, found);
  const article = readArticle(page, document as unknown as Document);
  const blocks = article?.content ? blocksOf(article.content) : [];
  const words = countWords(blocks.join(' '));
  if (words < MIN_ARTICLE_WORDS) throw new SourceError(file, REASONS.noArticle(words));

  const declared: SourceOverrides = {};
  // The article's JSON-LD first (Readability skips it without a schema.org @context), then
  // Readability's choice (Open Graph, meta tags, the <title> without the site's name), then the rarer tags.
  const title = jsonLd.title ?? clean(article?.title) ?? fallback.title;
  const date = [jsonLd.date, article?.publishedTime, fallback.date].map((value) => (value ? findDate(value)?.iso : undefined)).find(Boolean);
  const outlet = jsonLd.outlet ?? clean(article?.siteName) ?? fallback.outlet;
  if (title) declared.title = title;
  if (date) declared.date = date;
  if (outlet) declared.outlet = outlet;
  if (fallback.url) declared.url = fallback.url;
  return { blocks, headline: title ?? null, declared };
}

/** Thrown by the body's stand-in `innerHTML` when Readability wants its page back for another pass. */
const AGAIN = Symbol('read the page again');

/**
 * Readability over `document` (parsed from `page`, which it may prune). Before its first pass it copies the page as HTML
 * (`body.innerHTML`), only to restore it when a pass finds too little text and it tries again
 * with looser rules; linkedom serialises the whole body for that on every page, though few pages
 * need a second pass. So the body gives Readability a placeholder instead, and on the rare
 * second pass the page is parsed afresh and read the ordinary way: the same article either way.
 */
function readArticle(page: string, document: Document): ReturnType<ReadabilityType<Element>['parse']> {
  const { parseHTML, Readability } = loadLibraries();
  const placeholder = `<!-- ${String(AGAIN)} -->`;
  const body = document.body as (HTMLElement & { innerHTML: string }) | null;
  if (body) {
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => placeholder,
      set: (value: string) => {
        if (value === placeholder) throw AGAIN;
        delete (body as Partial<HTMLElement>).innerHTML; // any other HTML is set as usual
        body.innerHTML = value;
      },
    });
  }
  // The article element itself, not its HTML; its classes kept, as nothing reads them after
  // (stripping them is one more walk of the article).
  const options = { serializer: (node: Node) => node as Element, keepClasses: true };
  const read = (doc: Document) => {
    const reader = new Readability<Element>(doc, options);
    speedUpReadability(reader);
    leaveLinksUnresolved(reader);
    skipLoggedSerialisation(reader);
    return reader.parse();
  };
  try {
    return read(document);
  } catch (error) {
    if (error !== AGAIN) throw error;
    return read(parseHTML(page).document as unknown as Document);
  }
}

/**
 * Drops what never holds article text before the DOM is built: scripts other than JSON-LD,
 * styles, inline SVG, comments, and the page's navigation, asides, footers, embedded frames and
 * menus. That is a third or more of a news page's bytes, and Readability's time grows with the
 * DOM: on its test pages this makes reading 1.5 times faster with the same text kept. Only
 * elements go; markup written as text (`&lt;script&gt;`) stays text.
 */
export function stripInertMarkup(html: string): string {
  // One pass, each closer found with indexOf from where its opener ends, so the time stays linear
  // however many openers are left unclosed (a regex with a lazy `[\s\S]*?` rescans the rest of
  // the file for each one: 160 KB of unclosed `<script` took 5 s).
  const opener = new RegExp(`<!--|<(${INERT_ELEMENTS.join('|')})\\b([^<>]{0,4000})>`, 'gi');
  let out = '';
  let at = 0;
  const neverClosed = new Set<string>(); // names with no closer after some point: none after any later one either
  for (let match = opener.exec(html); match !== null; match = opener.exec(html)) {
    const name = match[1]?.toLowerCase();
    if (name !== undefined && neverClosed.has(name)) continue;
    const closer = name === undefined ? '-->' : `</${name}`;
    const close = name === undefined ? html.indexOf(closer, opener.lastIndex) : findIgnoringCase(html, closer, opener.lastIndex);
    if (close === -1) {
      // An unclosed comment or raw-text element runs to the end of the page for the parser too.
      if (name === undefined || RAW_TEXT.has(name)) {
        out += html.slice(at, match.index);
        at = html.length;
        break;
      }
      neverClosed.add(name);
      continue;
    }
    const end = name === undefined ? close + 3 : (() => {
      const gt = html.indexOf('>', close);
      return gt === -1 ? html.length : gt + 1;
    })();
    if (name === 'script' && /ld\+json/i.test(match[2] ?? '')) {
      opener.lastIndex = end;
      continue;
    }
    out += html.slice(at, match.index);
    at = end;
    opener.lastIndex = end;
  }
  return out + html.slice(at);
}

/** Elements dropped before the DOM is built, and those whose content the parser reads as raw text. */
const INERT_ELEMENTS = ['script', 'style', 'svg', 'noscript', 'template', 'select', 'iframe', 'nav', 'aside', 'footer'];
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe']);

/**
 * The text blocks of an element: one per paragraph, heading, list item or cell. A block that is
 * all link (`Read also: <a>Another story</a>`, a related-stories list) is a teaser for another
 * page and is left out.
 */
export function blocksOf(root: Element): string[] {
  const blocks: string[] = [];
  let buffer = '';
  let linked = '';
  let linkDepth = 0;
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text !== '' && !isTeaser(text, linked.replace(/\s+/g, ' ').trim())) blocks.push(text);
    buffer = '';
    linked = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      if (linkDepth > 0) linked += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      buffer += ' ';
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    // A link within the page (a heading's `¶`, a table of contents) leads to no other story.
    const isLink = tag === 'A' && !(node as Element).getAttribute('href')?.includes('#');
    if (isLink) linkDepth++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (isLink) linkDepth--;
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}

// `Read also:`, `Related:`: the label a teaser link carries.
const TEASER_LABEL = /^(?:read (?:also|more)|see also|also read|related(?: stories| articles| news)?|more on this|recommended|watch|listen)\s*[:|–—-]?\s*/i;

/** A block whose words are all (or all but a label) inside a link. */
function isTeaser(text: string, linkedText: string): boolean {
  if (linkedText === '') return false;
  const unlinked = text.replace(linkedText, '').replace(TEASER_LABEL, '').replace(/[\s\p{P}]+/gu, '');
  return unlinked.length === 0;
}

/** A character of a script written without spaces; made once, as it is tested per word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Words in a text; in scripts written without spaces (Chinese, Japanese), two characters make a word. */
export function countWords(text: string): number {
  const spaced = text.match(/[\p{L}\p{N}]+/gu)?.filter((word) => !UNSPACED_SCRIPT.test(word)).length ?? 0;
  const unspaced = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return spaced + Math.floor(unspaced / 2);
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
