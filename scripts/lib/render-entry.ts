// An entry as the file Astro reads: YAML front-matter and the article body as Markdown.
import { stringify } from 'yaml';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root } from 'mdast';
import type { Article } from '../../src/schemas/article.ts';

/**
 * Renders an entry's file text. The body is built as a Markdown syntax tree of plain text
 * paragraphs and serialised, so anything in the article that looks like Markdown or HTML
 * (`<script>`, `[x](javascript:…)`, `# `) is escaped and renders as the text it is.
 */
export function renderEntry(data: Article, paragraphs: string[]): string {
  // YAML 1.1 output quotes strings that 1.1 parsers (Astro's) would read as dates or booleans,
  // so `2021-09-24T15:11:00+04:00` keeps its offset instead of becoming a UTC Date.
  const frontMatter = stringify(data, { version: '1.1', lineWidth: 0 });
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((paragraph) => ({ type: 'paragraph', children: [{ type: 'text', value: paragraph }] })),
  };
  return `---\n${frontMatter}---\n${toMarkdown(tree)}`;
}
