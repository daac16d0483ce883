// Where the content lives. RECOUNT_CONTENT_DIR lets tests and benchmarks build a site from
// another tree (a generated corpus, hostile fixtures) without touching the sample content.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Absolute path of the content root (`content/` unless RECOUNT_CONTENT_DIR says otherwise). */
export const contentDir = path.resolve(process.env.RECOUNT_CONTENT_DIR ?? 'content');

/** Absolute path of a folder or file inside the content root. */
export function contentPath(...parts: string[]): string {
  return path.join(contentDir, ...parts);
}

/** The entry files (`*.md`, not hidden) of a collection's folder, in name order; none when it does not exist. */
export function entryFileNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md') && !name.startsWith('.')).sort() : [];
}
