// Article bodies live outside Astro's content store. The store reaches the build as one module
// holding every entry, so bodies kept there made a build's memory and start-up follow the whole
// archive (half of a 148 MB store at 10,000 articles was rendered HTML) even when it renders a
// few pages. The articles loader (src/loaders/load-articles.ts) renders each body once, when its
// file changes, into a file named by the entry's content digest; a page reads only its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where rendered bodies are kept between builds: `<RECOUNT_CACHE_DIR>/article-bodies`, else under node_modules/.cache. */
export const ARTICLE_BODIES_DIR = path.resolve(
  process.env['RECOUNT_CACHE_DIR'] ? path.join(process.env['RECOUNT_CACHE_DIR'], 'article-bodies') : path.join('node_modules', '.cache', 'recount', 'article-bodies'),
);

/** The file holding the rendered body of the entry with this content digest. */
export function articleBodyFile(digest: string): string {
  return path.join(ARTICLE_BODIES_DIR, `${digest}.html`);
}

/** The HTML of an article's body, as the loader rendered it (claims marked); a one-line error when the cache lost it. */
export function readArticleBody(entry: { id: string; digest?: string | number | undefined }): string {
  if (entry.digest === undefined) throw new Error(`article ${entry.id}: the content store has no digest for it; run the build again.`);
  try {
    return readFileSync(articleBodyFile(String(entry.digest)), 'utf8');
  } catch {
    throw new Error(`article ${entry.id}: its rendered body is missing from ${ARTICLE_BODIES_DIR}; run the build again (the content sync renders it).`);
  }
}
