// The content entries as Astro's collections hold them (src/content.config.ts), read straight
// from the files for the archive step, which runs outside Astro: each `content/articles/*.md` and
// `content/reviews/*.md` file's front-matter, parsed by the same Markdown front-matter parser and
// validated by the same schemas, under the id Astro gives it (the file name, slugged).
// Not read: the rendered bodies, so a claim's `marked` (whether the article page could mark its
// sentence) is not known here; no archive file shows it. With a cache (front-matter-cache.ts), a
// file parsed by a build of the same code is not parsed again.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { CollectionEntry } from 'astro:content';
import { slug as githubSlug } from 'github-slugger';
import type { z } from 'astro/zod';
import { contentPath, entryFileNames } from '../content-dir.ts';
import { articleSchema } from '../schemas/article.ts';
import { joinIssues } from '../schemas/describe-issues.ts';
import { reviewSchema } from '../schemas/review.ts';
import type { SiteEntries } from '../lib/site-index.ts';
import type { FrontMatterCache } from './front-matter-cache.ts';

/** Every entry of the articles and reviews collections. Throws one line naming the first invalid file. */
export function readContentEntries(cache?: FrontMatterCache): SiteEntries {
  return {
    articles: readCollection('articles', articleSchema, cache) as CollectionEntry<'articles'>[],
    reviews: readCollection('reviews', reviewSchema, cache) as CollectionEntry<'reviews'>[],
  };
}

/** The `*.md` files of one collection's folder, in name order, as entries. */
function readCollection(collection: 'articles' | 'reviews', schema: z.ZodType, cache?: FrontMatterCache): object[] {
  const dir = contentPath(collection);
  return entryFileNames(dir).map((name) => {
    const file = path.join(dir, name);
    const contents = readFileSync(file, 'utf8');
    // The digest stands for the file within this process (records keyed by it, see site-index.ts) and in the cache.
    const digest = createHash('sha256').update(contents).digest('base64url');
    const key = `${collection}:${digest}`;
    let data = cache?.take(key);
    if (data === undefined) {
      const parsed = schema.safeParse(parseFrontmatter(contents).frontmatter);
      if (!parsed.success) throw new Error(`${path.relative(process.cwd(), file)}: invalid front-matter: ${joinIssues(parsed.error)}`);
      data = parsed.data;
      cache?.put(key, data);
    }
    return { id: githubSlug(name.slice(0, -'.md'.length)), collection, data, digest, filePath: path.relative(process.cwd(), file) };
  });
}
