import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '../../util/slugify.ts';
import { SOURCE_FORMATS, type SourceFormat } from '../read/read-blocks.ts';
import { REASONS, SourceError } from '../read/source-error.ts';

/** A raw article file found in the sources folder. */
export interface SourceFile {
  /** Absolute path. */
  absolute: string;
  /** Path for messages: relative to the working directory when inside it. */
  display: string;
  /** Path stored in the entry's `source` field (published): never absolute (see `storedPath`). */
  stored: string;
  /** File name within the sources folder. */
  name: string;
  articleId: string;
  format: SourceFormat;
}

/**
 * The article id of a source file: its name without extension, as a URL slug (`000_d77.txt` ->
 * `000-d77`). A name with no Latin letter or digit (`доклад.txt`, `报告.md`) has no slug, so it
 * gets `article-` and a short hash of the name: two such files never share an id.
 */
export function articleIdFor(fileName: string): string {
  const stem = path.basename(fileName, path.extname(fileName));
  const slug = slugify(stem);
  if (slug !== '') return slug;
  return `article-${createHash('sha256').update(stem.normalize('NFC')).digest('hex').slice(0, 8)}`;
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

/** A name in the sources folder that is not read, and why. */
export interface SkippedEntry {
  file: string;
  reason: string;
}

/**
 * The path of a source as published in its entry (`source`, and so `dist/data/permalinks.json`
 * and the ledger): relative to the working directory when inside it (`content/sources/a.txt`);
 * for a content folder elsewhere (RECOUNT_CONTENT_DIR), the same shape relative to that folder,
 * so where a checkout lives never changes what is published; else the folder and file name.
 */
export function storedPath(absolute: string, contentRoot: string | undefined = process.env['RECOUNT_CONTENT_DIR']): string {
  const relative = path.relative(process.cwd(), absolute);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
  if (contentRoot !== undefined) {
    const inContent = path.relative(path.resolve(contentRoot), absolute);
    if (!inContent.startsWith('..') && !path.isAbsolute(inContent)) return ['content', ...inContent.split(path.sep)].join('/');
  }
  return [path.basename(path.dirname(absolute)), path.basename(absolute)].join('/');
}

/**
 * Lists the sources folder in name order. Hidden files are skipped; files of other types and
 * clashing article ids come back as errors, and folders, symbolic links and other non-files as
 * skipped with the reason, so nothing is dropped without a word.
 */
export async function listSources(dir: string): Promise<{ sources: SourceFile[]; errors: SourceError[]; skipped: SkippedEntry[] }> {
  const entries = await readdir(dir, { withFileTypes: true });
  const sources: SourceFile[] = [];
  const errors: SourceError[] = [];
  const skipped: SkippedEntry[] = [];
  const byId = new Map<string, SourceFile>();
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    if (!entry.isFile()) {
      skipped.push({ file: displayPath(path.join(dir, entry.name)), reason: await whyNotRead(path.join(dir, entry.name), entry) });
      continue;
    }
    const absolute = path.join(dir, entry.name);
    const display = displayPath(absolute);
    const format = formatFor(entry.name);
    if (format === null) {
      errors.push(new SourceError(display, REASONS.unsupportedType(path.extname(entry.name))));
      continue;
    }
    const source: SourceFile = { absolute, display, stored: storedPath(absolute), name: entry.name, articleId: articleIdFor(entry.name), format };
    const clash = byId.get(source.articleId);
    if (clash) {
      errors.push(new SourceError(display, REASONS.duplicateId(source.articleId, clash.display)));
      continue;
    }
    byId.set(source.articleId, source);
    sources.push(source);
  }
  return { sources, errors, skipped };
}

/** Why a name in the sources folder that is not a plain file is not read. */
async function whyNotRead(absolute: string, entry: { isDirectory(): boolean; isSymbolicLink(): boolean }): Promise<string> {
  if (entry.isDirectory()) return 'is a folder; only the files directly in the sources folder are read, so move its articles up';
  if (entry.isSymbolicLink()) {
    const target = await stat(absolute).catch(() => null);
    // Not followed: a link could publish any file on the machine.
    return target === null
      ? 'is a symbolic link to nothing (its target is gone); remove it'
      : 'is a symbolic link, which is not followed; copy the article itself in';
  }
  return 'is not a regular file (a device, socket or pipe); remove it';
}
