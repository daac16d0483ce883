// Where the content lives. RECOUNT_CONTENT_DIR lets tests and benchmarks build a site from
// another tree (a generated corpus, hostile fixtures) without touching the sample content.
import path from 'node:path';

/** Absolute path of the content root (`content/` unless RECOUNT_CONTENT_DIR says otherwise). */
export const contentDir = path.resolve(process.env.RECOUNT_CONTENT_DIR ?? 'content');

/** Absolute path of a folder or file inside the content root. */
export function contentPath(...parts: string[]): string {
  return path.join(contentDir, ...parts);
}
