// The articles loader keeps front-matter in Astro's store and rendered bodies in a cache keyed by
// content: it renders only new or changed entries, forgets removed ones, and the article page
// reads exactly what was rendered.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'recount-load-articles-'));
process.env['RECOUNT_CACHE_DIR'] = path.join(scratch, 'cache');
const { loadArticles } = await import('../../src/loaders/load-articles.ts');
const { ARTICLE_BODIES_DIR, readArticleBody } = await import('../../src/lib/article-bodies.ts');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** A loader context with an in-memory store and a renderer that counts its calls. */
function fakeContext(root: string) {
  const entries = new Map<string, StoredEntry>();
  const renders: string[] = [];
  const context = {
    collection: 'articles',
    store: {
      get: (id: string) => entries.get(id),
      // Like Astro's store: a set with the digest already stored is ignored.
      set: (entry: StoredEntry) => void (entries.get(entry.id)?.digest === entry.digest ? undefined : entries.set(entry.id, entry)),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (content: string) => {
      renders.push(content);
      const body = content.replace(/^---[\s\S]*?---\n/, '').trim();
      return { html: `<p>${body}</p>`, metadata: { frontmatter: { unmarkedClaimIds: body.includes('lost') ? ['c-lost'] : [] } } };
    },
    generateDigest: (value: string) => String([...value].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7)),
    config: { root: pathToFileURL(`${root}/`), base: '/', markdown: { plugins: 'v1' } },
    logger: { info: () => undefined, debug: () => undefined },
  };
  return { context, entries, renders };
}

const article = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}\n`;

describe('loadArticles', () => {
  const root = path.join(scratch, 'project');
  const dir = path.join(root, 'content', 'articles');
  beforeEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(ARTICLE_BODIES_DIR, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  });

  it('stores front-matter only and puts the rendered body in the cache, where the page reads it', async () => {
    writeFileSync(path.join(dir, 'first-article.md'), article('First', 'One claim was lost here.'));
    const { context, entries } = fakeContext(root);
    await loadArticles(dir).load(context as never);
    const entry = entries.get('first-article')!;
    expect(entry.data).toEqual({ title: 'First' });
    expect(entry.rendered?.html).toBe('');
    expect(entry.rendered?.metadata).toEqual({ frontmatter: { unmarkedClaimIds: ['c-lost'] } });
    expect(entry.filePath).toBe('content/articles/first-article.md');
    expect(readArticleBody(entry)).toBe('<p>One claim was lost here.</p>');
  });

  it('renders an unchanged archive only once, and only the entry that changed after that', async () => {
    writeFileSync(path.join(dir, 'a.md'), article('A', 'Alpha.'));
    writeFileSync(path.join(dir, 'b.md'), article('B', 'Beta.'));
    const { context, renders } = fakeContext(root);
    await loadArticles(dir).load(context as never);
    await loadArticles(dir).load(context as never);
    expect(renders).toHaveLength(2);
    writeFileSync(path.join(dir, 'b.md'), article('B', 'Beta, edited.'));
    await loadArticles(dir).load(context as never);
    expect(renders).toHaveLength(3);
    expect(renders.at(-1)).toContain('Beta, edited.');
  });

  it('renders again when the cached body is gone, and never serves another build settings’ body', async () => {
    writeFileSync(path.join(dir, 'a.md'), article('A', 'Alpha.'));
    const { context, renders, entries } = fakeContext(root);
    await loadArticles(dir).load(context as never);
    rmSync(ARTICLE_BODIES_DIR, { recursive: true, force: true });
    await loadArticles(dir).load(context as never);
    expect(renders).toHaveLength(2);
    const before = entries.get('a')!.digest;
    context.config.base = '/fact-check/';
    await loadArticles(dir).load(context as never);
    expect(renders).toHaveLength(3);
    expect(entries.get('a')!.digest).not.toBe(before);
  });

  it('keeps the renders of a content folder that moved, and records its new path', async () => {
    writeFileSync(path.join(dir, 'a.md'), article('A', 'Alpha.'));
    const { context, entries, renders } = fakeContext(root);
    await loadArticles(dir).load(context as never);
    const moved = path.join(root, 'elsewhere', 'articles');
    mkdirSync(path.dirname(moved), { recursive: true });
    renameSync(dir, moved);
    await loadArticles(moved).load(context as never);
    expect(renders).toHaveLength(1);
    expect(entries.get('a')!.filePath).toBe('elsewhere/articles/a.md');
  });

  it('forgets a removed article and drops its cached body', async () => {
    writeFileSync(path.join(dir, 'a.md'), article('A', 'Alpha.'));
    writeFileSync(path.join(dir, 'b.md'), article('B', 'Beta.'));
    const { context, entries } = fakeContext(root);
    await loadArticles(dir).load(context as never);
    expect(readdirSync(ARTICLE_BODIES_DIR)).toHaveLength(2);
    rmSync(path.join(dir, 'b.md'));
    await loadArticles(dir).load(context as never);
    expect([...entries.keys()]).toEqual(['a']);
    expect(readdirSync(ARTICLE_BODIES_DIR)).toHaveLength(1);
  });

  it('names the article in one line when its body is missing from the cache', async () => {
    writeFileSync(path.join(dir, 'a.md'), article('A', 'Alpha.'));
    const { context, entries } = fakeContext(root);
    await loadArticles(dir).load(context as never);
    rmSync(ARTICLE_BODIES_DIR, { recursive: true, force: true });
    expect(existsSync(ARTICLE_BODIES_DIR)).toBe(false);
    expect(() => readArticleBody(entries.get('a')!)).toThrow(/^article a: its rendered body is missing from .*; run the build again/);
  });
});
