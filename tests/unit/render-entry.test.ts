// The entry file must read back exactly as written: front-matter through js-yaml (the parser
// Astro uses), the body through CommonMark (the parser the site uses). Pinned with tricky cases
// and with random text, since one wrong escape would publish markup or corrupt a quotation.
import { load } from 'js-yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/ingest/write/escape-markdown.ts';
import { createRandom } from '../../src/util/create-random.ts';
import { toYaml } from '../../src/ingest/write/to-yaml.ts';

const TRICKY = [
  'yes', 'No', 'ON', 'null', '~', 'true', '2024-08-19', '2021-09-24T15:11:00+04:00', '2023', '0x1F', '1e5', '.inf', '-5', '+5',
  'a: b', 'a #b', 'a#b', '#x', ' leading', 'trailing ', 'two  spaces', '"quoted"', "it's", '‘curly’ “quotes”', '- item', '? q', '| pipe',
  '> folded', '@at', '`tick`', '*star', '&anchor', '!tag', '%percent', '{x}', '[x]', 'line\nbreak', 'tab\tchar', 'back\\slash',
  '\u2028sep', 'nel\u0085', 'del\u007f', 'bom\ufeff', 'emoji 🎉', 'Ilham Aliyev', 'News.Az', '$4 billion', 'more than 340', '',
  '<script>alert(1)</script>', 'javascript:alert(1)', '__proto__', 'key: value # comment',
];

/** A random string over characters that matter to YAML and Markdown, plus ordinary letters. */
function randomText(random: () => number, length: number): string {
  const alphabet = [...'abcXYZ019 .,;:!?-+*_#>&<[]()`\'"’“”\\|~={}@%$^\t', 'é', 'я', '🎉', '\u00a0'];
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

describe('toYaml', () => {
  it.each(TRICKY)('writes %j so that js-yaml reads it back unchanged', (value) => {
    const data = { value, list: [value, { nested: value }], key: { [value || 'empty']: value } };
    expect(load(toYaml(data))).toEqual(data);
  });

  it('writes numbers, booleans, null and empty containers', () => {
    const data = { int: 340, float: 66.67, big: 4e9, negative: -0.5, yes: true, no: false, nothing: null, none: [], empty: {} };
    expect(load(toYaml(data))).toEqual(data);
  });

  it('round-trips 2,000 random strings', () => {
    const random = createRandom(7);
    for (let i = 0; i < 2_000; i++) {
      const data = { text: randomText(random, 1 + Math.floor(random() * 30)), items: [{ a: randomText(random, 5) }] };
      expect(load(toYaml(data))).toEqual(data);
    }
  });

  it('keeps simple text readable, without quotes', () => {
    expect(toYaml({ title: 'Azerbaijani President Ilham Aliyev', outlet: 'News.Az' })).toBe('title: Azerbaijani President Ilham Aliyev\noutlet: News.Az\n');
  });
});

/** What CommonMark reads from the escaped paragraph, as plain text. */
const readBack = (paragraph: string) => {
  const tree = fromMarkdown(escapeMarkdown(paragraph));
  expect(tree.children.length).toBeLessThanOrEqual(1);
  expect(tree.children.every((node) => node.type === 'paragraph')).toBe(true);
  return toString(tree, { includeHtml: true });
};

describe('escapeMarkdown', () => {
  it.each([
    ...TRICKY.filter((value) => value !== '' && !/^\s|\s$|\n|\t/.test(value)),
    '# not a heading', '1. not a list', '10) not a list', '- not a list', '+ not a list', '= setext', '=== x', '*** rule',
    '--- rule', '___ rule', '~~~ fence', '``` fence', '> not a quote', '<div>block</div>', '[x]: https://example.com',
    '![img](x.png)', '[link](javascript:alert(1))', '<https://example.com>', 'a &amp; b &#x41; &copy;', 'AT&T', '**bold** _em_',
    'trailing backslash \\', 'He said <img src=x onerror=alert(1)> 5 schools',
  ])('escapes %j so it reads back as the same text', (paragraph) => {
    expect(readBack(paragraph)).toBe(paragraph);
  });

  it('round-trips 2,000 random paragraphs', () => {
    const random = createRandom(11);
    for (let i = 0; i < 2_000; i++) {
      const paragraph = randomText(random, 1 + Math.floor(random() * 40)).replace(/\s+/g, ' ').trim();
      if (paragraph === '') continue;
      expect(readBack(paragraph), JSON.stringify(paragraph)).toBe(paragraph);
    }
  });

  it('leaves ordinary prose alone', () => {
    const prose = 'The head of state noted that there are 324 schools in Azerbaijan, News.Az reports.';
    expect(escapeMarkdown(prose)).toBe(prose);
  });
});
