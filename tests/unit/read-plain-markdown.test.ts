import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ingest/read/parse-markdown.ts';
import { readPlainMarkdown } from '../../src/ingest/read/read-plain-markdown.ts';
import { createRandom } from '../../src/util/create-random.ts';

const parser = unified().use(remarkParse);
/** The parser's top-level nodes without positions: what the plain reader must reproduce. */
const parsed = (text: string) => JSON.parse(JSON.stringify(parser.parse(text).children, (key, value) => (key === 'position' ? undefined : value)));

describe('readPlainMarkdown', () => {
  it.each([
    ['paragraphs split at blank lines', 'One line.\nIts next line.\n\n\n  Another paragraph.  '],
    ['spaces around lines', '   Three spaces in. \n  wrapped line \n \nNext.  '],
    ['characters that need a line start or a bracket to mean anything', 'Up 5% to $4.6 billion! Q&A with AT&T: #1 in 2024 - or 1. Or 2) e-mail x@y.z http://a.b'],
    ['non-breaking spaces and curly quotes', '“Quoted,” he said.\u00a0\nMore\u00a0text.'],
    ['an empty text', ''],
  ])('gives the parser’s paragraphs for plain text: %s', (_name, text) => {
    expect(readPlainMarkdown(text)).toEqual(parsed(text));
  });

  it.each([
    ['emphasis', 'a *b* c'],
    ['strong with underscores', 'a __b__ c'],
    ['a link', 'see [this](http://a.b)'],
    ['code', 'run `x`'],
    ['raw HTML', 'a <b>c</b>'],
    ['an autolink', '<http://a.b>'],
    ['a character reference', 'AT&amp;T'],
    ['an escape', 'a \\* b'],
    ['an ATX heading', '# Title\n\nText'],
    ['a block quote', '> quoted'],
    ['a bullet list', '- one\n- two'],
    ['an ordered list', 'Text\n\n1. one'],
    ['a setext underline', 'Title\n=====\n\nText'],
    ['a thematic break', 'a\n\n---\n\nb'],
    ['a fence', '~~~\ncode\n~~~'],
    ['indented code', '    code'],
    ['a hard break', 'line one  \nline two'],
    ['a tab', 'a\tb'],
    ['a carriage return', 'a\r\nb'],
  ])('leaves text with Markdown syntax to the parser: %s', (_name, text) => {
    expect(readPlainMarkdown(text)).toBeNull();
  });

  it('agrees with the parser on every random text it accepts', () => {
    const random = createRandom(16);
    const alphabet = ['a', 'b', 'Z', ' ', ' ', ' ', '\n', '\n', '\n\n', '1', '9', '.', ')', '-', '+', '=', '#', '>', '<', '*', '_', '`', '~', '[', ']', '!', '&', ';', '\\', '\t', '\u00a0', '“', ':'];
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)]!;
      const plain = readPlainMarkdown(text);
      if (plain === null) continue;
      accepted++;
      expect(plain, JSON.stringify(text)).toEqual(parsed(text));
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('gives parseMarkdown the same tree for a long plain article cut into pieces', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says 4.5% of 1,200 people agreed.\nA wrapped line follows.`).join('\n\n');
    expect(JSON.parse(JSON.stringify(parseMarkdown(text, 'x.md').children, (key, value) => (key === 'position' ? undefined : value)))).toEqual(parsed(text));
  });
});
