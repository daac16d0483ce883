// Golden fixtures: tests/fixtures/mark-claims/<edge-case>/input.md (front-matter + body) is run
// through the article pipeline and compared with output.html and messages.json beside it.
// `UPDATE=1 npx vitest run tests/unit/mark-claims.test.ts` rewrites them; review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import remarkMarkClaims from '../../src/remark/mark-claims.ts';
import remarkNeutraliseMarkup, { isSafeUrl } from '../../src/remark/neutralise-markup.ts';

const fixtures = path.resolve('tests/fixtures/mark-claims');

/** Runs a fixture's Markdown through the same plugins, in the same order, as astro.config.mjs. */
async function render(source: string, base: string): Promise<{ html: string; messages: string[] }> {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('fixture has no front-matter');
  const file = new VFile({ value: match[2], path: 'input.md', data: { astro: { frontmatter: parseYaml(match[1] ?? '') } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkNeutraliseMarkup)
    .use(remarkMarkClaims, { base })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return { html: `${String(result.value).trim()}\n`, messages: result.messages.map((message) => message.reason) };
}

describe('remarkMarkClaims on golden fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`renders ${name} as expected`, async () => {
      const folder = path.join(fixtures, name);
      const optionsFile = path.join(folder, 'options.json');
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
      const { html, messages } = await render(readFileSync(path.join(folder, 'input.md'), 'utf8'), options.base ?? '/');
      const outputFile = path.join(folder, 'output.html');
      const messagesFile = path.join(folder, 'messages.json');
      if (process.env.UPDATE) {
        writeFileSync(outputFile, html);
        writeFileSync(messagesFile, `${JSON.stringify(messages, null, 2)}\n`);
      }
      expect(html).toBe(readFileSync(outputFile, 'utf8'));
      expect(messages).toEqual(JSON.parse(readFileSync(messagesFile, 'utf8')));
    });
  }
});

describe('remarkMarkClaims', () => {
  it('reports an unmatched claim through the log option as well as on the file', async () => {
    const lines: string[] = [];
    const file = new VFile({
      value: 'Nothing here.',
      path: 'content/articles/x.md',
      data: { astro: { frontmatter: { claims: [{ id: 'gone-1', text: 'Gone.', quantity: '1' }] } } },
    });
    await unified()
      .use(remarkParse)
      .use(remarkMarkClaims, { base: '/', log: (line) => lines.push(line) })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file);
    expect(lines).toEqual(['content/articles/x.md: claim gone-1: its sentence is not in the article body, so it is not marked']);
  });

  it.each([
    ['no front-matter claims', {}],
    ['claims that are not a list', { claims: 'oops' }],
    ['claims missing their text', { claims: [{ id: 'a-1' }] }],
  ])('leaves the body alone when there are %s', async (_name, frontmatter) => {
    const file = new VFile({ value: 'Plain 5 words.', data: { astro: { frontmatter } } });
    const result = await unified().use(remarkParse).use(remarkMarkClaims, { base: '/' }).use(remarkRehype).use(rehypeStringify).process(file);
    expect(String(result.value)).toBe('<p>Plain 5 words.</p>');
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://example.org/', true],
    ['HTTP://example.org/', true],
    ['mailto:desk@example.org', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['/relative/path', false],
  ])('judges %s safe: %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
