// The content loader of the `articles` collection: Astro's glob loader, minus the rendered bodies
// in the content store (see src/lib/article-bodies.ts for why). Each `content/articles/*.md`
// entry is validated into the store as front-matter only; its body is rendered by Astro's own
// Markdown pipeline (our remark plugins included) into a file named by the entry's digest, and
// only when that digest is new: an unchanged archive is not rendered again, and a shard or a CI
// job that restores the cache folder renders nothing.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug as githubSlug } from 'github-slugger';
import { entryFileNames } from '../content-dir.ts';
import { ARTICLE_BODIES_DIR, articleBodyFile } from '../lib/article-bodies.ts';
import { UNMARKED_KEY } from '../remark/mark-claims.ts';
import { writeFileAtomic } from '../util/write-file-atomic.ts';

/** The loader's name (`refreshContent({ loaders: [...] })` in `astro dev` names it). */
export const ARTICLES_LOADER = 'recount-articles';

/** Drops functions and other values JSON cannot hold, so the Markdown settings can be hashed. */
function settingsKey(config: LoaderContext['config']): string {
  return JSON.stringify([config.base, config.markdown], (_key, value: unknown) => (typeof value === 'function' ? undefined : value));
}

/** Loads `<dir>/*.md` into the store, rendering the bodies of new and changed entries into the body cache. */
export function loadArticles(dir: string): Loader {
  // One sync at a time: a watcher event and a refresh from the ingest can arrive together.
  let syncing = Promise.resolve();
  const sync = (context: LoaderContext) => (syncing = syncing.catch(() => undefined).then(() => syncArticles(dir, context)));
  let watching = false;
  return {
    name: ARTICLES_LOADER,
    load: async (context) => {
      await sync(context);
      // `astro dev`: an entry edited by hand (or rewritten by the ingest) is picked up without a restart.
      if (context.watcher && !watching) {
        watching = true;
        context.watcher.add(dir);
        context.watcher.on('all', (_event, file) => {
          if (path.dirname(path.resolve(file)) === dir && file.endsWith('.md')) sync(context).catch((error: Error) => context.logger.error(error.message));
        });
      }
    },
  };
}

async function syncArticles(dir: string, { store, parseData, renderMarkdown, generateDigest, config, logger }: LoaderContext): Promise<void> {
  await mkdir(ARTICLE_BODIES_DIR, { recursive: true });
  const root = fileURLToPath(config.root);
  // The digest covers the settings the HTML depends on (base path, plugins and their code's hash),
  // so a body rendered under other settings is never reused.
  const settings = settingsKey(config);
  const files = entryFileNames(dir);
  const kept = new Set<string>();
  const ids = new Set<string>();
  let rendered = 0;
  for (const name of files) {
    const filePath = path.join(dir, name);
    const relativePath = path.relative(root, filePath).split(path.sep).join('/');
    const contents = readFileSync(filePath, 'utf8');
    // The id is the file's name, as the glob loader made it (the ingest never writes a `slug`).
    const id = githubSlug(name.slice(0, -'.md'.length));
    const digest = generateDigest(`${settings}\0${contents}`);
    kept.add(digest);
    ids.add(id);
    const existing = store.get(id);
    // Unchanged entries are not even parsed: at 10,000 articles that is most of a rebuild's sync.
    if (existing?.digest === digest && existsSync(articleBodyFile(digest))) {
      // A content folder that moved keeps its renders; only the recorded path changes.
      // (The store ignores a set with an unchanged digest, hence the delete.)
      if (existing.filePath !== relativePath) {
        store.delete(id);
        store.set({ ...existing, filePath: relativePath });
      }
      continue;
    }
    const data = await parseData({ id, data: parseFrontmatter(contents).frontmatter, filePath });
    rendered++;
    const render = await renderMarkdown(contents, { fileURL: pathToFileURL(filePath) });
    await writeFileAtomic(articleBodyFile(digest), render.html);
    const unmarked = (render.metadata?.frontmatter as Record<string, unknown> | undefined)?.[UNMARKED_KEY];
    // What the store keeps of the render is what site-data.ts reads: the claims the marking could
    // not place. `html` stays empty: the body is in the cache file, read by the article page alone.
    const metadata = { frontmatter: { [UNMARKED_KEY]: Array.isArray(unmarked) ? unmarked.map(String) : [] } };
    store.set({ id, data, digest, filePath: relativePath, rendered: { html: '', metadata } });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  // Bodies of removed or edited entries are dropped, so the cache follows the archive.
  for (const file of readdirSync(ARTICLE_BODIES_DIR)) {
    if (file.endsWith('.html') && !kept.has(file.slice(0, -'.html'.length))) rmSync(path.join(ARTICLE_BODIES_DIR, file), { force: true });
  }
  logger.info(`${files.length} articles, ${rendered} bodies rendered`);
}
