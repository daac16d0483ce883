import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { stripInertMarkup } from '../../src/ingest/read/read-html.ts';
import { hasText, speedUpReadability } from '../../src/ingest/read/speed-up-readability.ts';

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
});
