// An entry as the file Astro reads: YAML front-matter and the article body as Markdown.
import type { Article } from '../../schemas/article.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { toYaml } from './to-yaml.ts';

/**
 * Renders an entry's file text. Anything in the article that looks like Markdown or HTML
 * (`<script>`, `[x](javascript:…)`, `# `) is escaped, so the body renders as the text it is.
 */
export function renderEntry(data: Article, paragraphs: string[]): string {
  return `---\n${toYaml(data)}---\n${paragraphs.map(escapeMarkdown).join('\n\n')}\n`;
}
