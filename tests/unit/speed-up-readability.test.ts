import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { stripInertMarkup } from '../../src/ingest/read/read-html.ts';
import { elementsWithTag, hasText, leaveLinksUnresolved, skipLoggedSerialisation, speedUpReadability } from '../../src/ingest/read/speed-up-readability.ts';

const story =
  '<p>The water board will spend 40 million euros on new pipes over the next five years, its chair Lena Brandt said on Monday, and the oldest mains go first.</p>'.repeat(4);

/** Readability's article (HTML, byline, title) for a page, stock or sped up. */
function read(html: string, fast: boolean): { content: string; byline: string | null | undefined; title: string | null | undefined } | null {
  const { document } = parseHTML(stripInertMarkup(html));
  const reader = new Readability(document as unknown as Document);
  if (fast) speedUpReadability(reader);
  const article = reader.parse();
  return article && { content: article.content ?? '', byline: article.byline, title: article.title };
}

describe('speedUpReadability', () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}/input.html`, import.meta.url), 'utf8');
  it.each([
    ['a byline in a classed element', `<html><body><div class="byline">By Lena Brandt</div><article>${story}</article></body></html>`],
    ['a byline by rel=author, too long to be one', `<html><body><a rel="author">${'Lena Brandt '.repeat(12)}</a><article>${story}</article></body></html>`],
    ['a byline by itemprop with a name inside', `<html><body><div itemprop="author"><span itemprop="name">Lena Brandt</span> reports</div><article>${story}</article></body></html>`],
    ['empty and whitespace-only boxes, with line breaks and rules', `<html><body><div> \u00a0 </div><div><br><hr></div><section><span> </span></section><div>${story}</div></body></html>`],
    [
      'boxes hidden by style, by attribute and from screen readers, and a fallback image',
      `<html><body><div style="display: none">${story}</div><div style="color: red; visibility:hidden">${story}</div><div hidden>${story}</div><div aria-hidden="true">${story}</div><div aria-hidden="true" class="mwe-math-fallback-image">${story}</div><div style="color: red">${story}</div></body></html>`,
    ],
    ['the teaser-box fixture', fixture('html-teaser-box')],
    ['the script fixture', fixture('html-with-script')],
    ['the JSON-LD fixture', fixture('json-ld-metadata')],
  ])('reads %s as Readability alone does', (_, html) => {
    expect(read(html, true)).toEqual(read(html, false));
  });
});

describe('elementsWithTag', () => {
  it.each([
    ['p', 'div'],
    ['H1', 'h2'],
    ['a'],
    ['br', 'hr', 'img'],
    ['template', 'span'],
  ])('finds %s… as querySelectorAll does, in document order', (...tags) => {
    const { document } = parseHTML(
      `<html><body><div><h2>A</h2><p>one <a href="/x">link</a><br></p><template><p>inside</p><span>no</span></template><div><div><P>deep <span>s</span></P><img src="x.png"></div></div><hr><H1>B</H1><p>last</p></div></body></html>`,
    );
    for (const root of [document, document.body]) {
      const expected = Array.from(root.querySelectorAll(tags.join(',')));
      expect(elementsWithTag(root as unknown as Element, tags)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('walks a page nested thousands deep', () => {
    const { document } = parseHTML(`<html><body>${'<div>'.repeat(5_000)}<p>x</p>${'</div>'.repeat(5_000)}</body></html>`);
    expect(elementsWithTag(document.body as unknown as Element, ['p'])).toHaveLength(1);
  });
});

describe('hasText', () => {
  it.each([
    ['<div>text</div>', true],
    ['<div> \n\t\u00a0</div>', false],
    ['<div><span> </span><b><i>x</i></b></div>', true],
    ['<div><br><!-- a comment --></div>', false],
    ['<div></div>', false],
  ])('%s → %s', (html, expected) => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const div = document.querySelector('div')!;
    expect(hasText(div as unknown as Node)).toBe(expected);
    expect(hasText(div as unknown as Node)).toBe((div.textContent ?? '').trim() !== '');
  });

  it('walks an element nested thousands deep', () => {
    const { document } = parseHTML(`<html><body>${'<div>'.repeat(5_000)} ${'</div>'.repeat(5_000)}<p>after</p></body></html>`);
    expect(hasText(document.querySelector('div')! as unknown as Node)).toBe(false);
  });
});

describe('leaveLinksUnresolved', () => {
  /** The article element Readability picks, stock or with links left as written. */
  function article(html: string, unresolved: boolean): Element {
    const { document } = parseHTML(html);
    const reader = new Readability<Element>(document as unknown as Document, { serializer: (node) => node as Element });
    if (unresolved) leaveLinksUnresolved(reader);
    return reader.parse()!.content!;
  }
  const links = [
    '<a href="/local/page">a page on the site</a>',
    '<a href="#notes">a note on this page</a>',
    '<a href="other.html#part">a part of another page</a>',
    '<a href="https://example.org/x">another site</a>',
    '<a href="javascript:void(0)">a script link</a>',
    '<a href="javascript:open()"><b>a script</b> link with markup</a>',
    '<img src="pictures/pipe.jpg" alt="A pipe">',
  ];
  const html = `<html><body><article>${story}<p>See ${links.join(', and ')}.</p>${story}</article></body></html>`;

  it('keeps the same article text and elements, and the same links with a # in their address', () => {
    const [stock, unresolved] = [article(html, false), article(html, true)];
    expect(unresolved.textContent).toBe(stock.textContent);
    const tags = (root: Element) => elementsWithTag(root, ['a', 'span', 'b', 'img', 'p']).map((element) => element.localName);
    expect(tags(unresolved)).toEqual(tags(stock));
    const hashes = (root: Element) => elementsWithTag(root, ['a']).map((link) => link.getAttribute('href')?.includes('#'));
    expect(hashes(unresolved)).toEqual(hashes(stock));
    expect(hashes(stock)).toEqual([false, true, true, false]); // the script links are unwrapped
  });

  it('leaves the addresses as the page wrote them', () => {
    const hrefs = elementsWithTag(article(html, true), ['a', 'img']).map((element) => element.getAttribute('href') ?? element.getAttribute('src'));
    expect(hrefs).toEqual(['/local/page', '#notes', 'other.html#part', 'https://example.org/x', 'pictures/pipe.jpg']);
  });
});

describe('skipLoggedSerialisation', () => {
  const page = `<html><head><title>Pipes</title></head><body><nav><a href="/">Home</a></nav><article><h1>Pipes</h1>${story}<p>See <a href="/more">more</a>.</p></article></body></html>`;
  /** Readability's answer for the page, and how many times it serialised an element (`innerHTML`). */
  function parse(skip: boolean, debug = false) {
    const { document } = parseHTML(page);
    const reader = new Readability(document as unknown as Document, { debug });
    if (skip) skipLoggedSerialisation(reader);
    let owner: object | null = document.body;
    while (owner !== null && !Object.getOwnPropertyDescriptor(owner, 'innerHTML')) owner = Object.getPrototypeOf(owner);
    const stock = Object.getOwnPropertyDescriptor(owner!, 'innerHTML')!;
    let serialised = 0;
    Object.defineProperty(owner!, 'innerHTML', { ...stock, get(this: Element) { serialised++; return stock.get!.call(this); } });
    const log = console.log;
    console.log = () => undefined; // debug mode logs every step
    try {
      return { article: reader.parse(), serialised };
    } finally {
      console.log = log;
      Object.defineProperty(owner!, 'innerHTML', stock);
    }
  }

  it('gives the same article, serialising it once fewer', () => {
    const stock = parse(false);
    const fast = parse(true);
    expect(fast.article).toEqual(stock.article);
    expect(fast.serialised).toBe(stock.serialised - 1);
  });

  it('leaves a reader in debug mode as it is', () => {
    expect(parse(true, true)).toEqual(parse(false, true));
  });

  it('leaves a reader whose parse() has no such log line as it is', () => {
    const reader = { _debug: false, _grabArticle: () => null, parse: () => null };
    const grab = reader._grabArticle;
    skipLoggedSerialisation(reader);
    expect(reader._grabArticle).toBe(grab);
  });
});
