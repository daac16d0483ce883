// The content tree the end-to-end site is built from: the sample sources plus the hostile and
// edge-case fixtures, and the fixture reviews. Everything is copied into a temporary folder so
// the real content/ is never touched and every run starts clean.
import { cp, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Where the parts of the e2e content tree come from, relative to the project root. */
export const E2E_INPUTS = Object.freeze({
  sampleSources: 'content/sources',
  fixtureSources: 'tests/fixtures/e2e-sources',
  fixtureReviews: 'tests/fixtures/e2e-reviews',
});

/** The folders of an assembled content tree. */
export interface ContentTree {
  /** The content root (what RECOUNT_CONTENT_DIR points at). */
  root: string;
  sources: string;
  articles: string;
  reviews: string;
}

/** Plain files of a folder, sorted, skipping dot-files (`.gitkeep`); none when it is missing. */
export async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** Copies sources and reviews into `<root>/sources` and `<root>/reviews`; `articles/` starts empty. */
export async function assembleContent(projectRoot: string, root: string): Promise<ContentTree> {
  const tree: ContentTree = {
    root,
    sources: path.join(root, 'sources'),
    articles: path.join(root, 'articles'),
    reviews: path.join(root, 'reviews'),
  };
  await Promise.all([tree.sources, tree.articles, tree.reviews].map((dir) => mkdir(dir, { recursive: true })));

  const copies: Array<[string, string]> = [];
  const seen = new Map<string, string>();
  for (const from of [E2E_INPUTS.sampleSources, E2E_INPUTS.fixtureSources]) {
    for (const name of await listFiles(path.join(projectRoot, from))) {
      const earlier = seen.get(name);
      if (earlier) throw new Error(`${from}/${name}: same file name as ${earlier}/${name}; rename the fixture`);
      seen.set(name, from);
      copies.push([path.join(projectRoot, from, name), path.join(tree.sources, name)]);
    }
  }
  for (const name of await listFiles(path.join(projectRoot, E2E_INPUTS.fixtureReviews))) {
    copies.push([path.join(projectRoot, E2E_INPUTS.fixtureReviews, name), path.join(tree.reviews, name)]);
  }
  await Promise.all(copies.map(([from, to]) => cp(from, to)));
  return tree;
}
