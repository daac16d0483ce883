import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '../../util/slugify.ts';
import { SOURCE_FORMATS, type SourceFormat } from '../read/read-blocks.ts';
import { REASONS, SourceError } from '../read/source-error.ts';

/** A raw article file found in the sources folder. */
export interface SourceFile {
  /** Absolute path. */
  absolute: string;
  /** Path for messages and the entry's `source` field: relative to the working directory when inside it. */
  display: string;
  /** File name within the sources folder. */
  name: string;
  articleId: string;
  format: SourceFormat;
}

/** The article id of a source file: its name without extension, as a URL slug (`000_d77.txt` -> `000-d77`). */
export function articleIdFor(fileName: string): string {
  return slugify(path.basename(fileName, path.extname(fileName))) || 'article';
}

/** The format a file name's extension declares, or null when it is not one the ingest reads. */
export function formatFor(fileName: string): SourceFormat | null {
  const ext = path.extname(fileName).toLowerCase();
  return Object.hasOwn(SOURCE_FORMATS, ext) ? SOURCE_FORMATS[ext as keyof typeof SOURCE_FORMATS] : null;
}

/** Path as shown to people: relative to the working directory when inside it, with `/` separators. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/**
 * Lists the sources folder in name order. Hidden files are skipped; files of other types and
 * clashing article ids come back as errors, so nothing is dropped without a word.
 */
export async function listSources(dir: string): Promise<{ sources: SourceFile[]; errors: SourceError[] }> {
  const entries = await readdir(dir, { withFileTypes: true });
  const sources: SourceFile[] = [];
  const errors: SourceError[] = [];
  const byId = new Map<string, SourceFile>();
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || !entry.isFile()) continue;
    const absolute = path.join(dir, entry.name);
    const display = displayPath(absolute);
    const format = formatFor(entry.name);
    if (format === null) {
      errors.push(new SourceError(display, REASONS.unsupportedType(path.extname(entry.name))));
      continue;
    }
    const source: SourceFile = { absolute, display, name: entry.name, articleId: articleIdFor(entry.name), format };
    const clash = byId.get(source.articleId);
    if (clash) {
      errors.push(new SourceError(display, REASONS.duplicateId(source.articleId, clash.display)));
      continue;
    }
    byId.set(source.articleId, source);
    sources.push(source);
  }
  return { sources, errors };
}
