// Copies new raw articles into the sources folder. A file is refused when its name would land
// outside the folder, is hidden, or is of a type the ingest does not read; a file whose text is
// already there (under any name) is reported as a duplicate instead of being copied again.
import { copyFile, lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashSource } from '../pipeline/ingest-article.ts';
import { displayPath, formatFor } from './list-sources.ts';

/** What happened to one file given to `add`. */
export type AddOutcome =
  | { type: 'added'; file: string; as: string }
  | { type: 'duplicate'; file: string; of: string }
  | { type: 'refused'; file: string; reason: string };

/** Expands folders (one level, supported types only) and copies each file into `sourcesDir`. */
export async function addSources(inputs: string[], sourcesDir: string): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  const existing = new Map<string, string>(); // hash -> display path
  for (const name of await readdir(sourcesDir)) {
    if (name.startsWith('.')) continue;
    const file = path.join(sourcesDir, name);
    // A dangling link or a folder there is no article to compare with (the ingest names it).
    if ((await lstat(file).catch(() => null))?.isFile()) existing.set(hashSource(await readFile(file)), displayPath(file));
  }
  for (const file of await expandInputs(inputs, outcomes)) {
    const display = displayPath(path.resolve(file));
    const name = path.basename(file);
    const target = path.resolve(sourcesDir, name);
    if (path.dirname(target) !== path.resolve(sourcesDir) || name.startsWith('.') || name === '..') {
      outcomes.push({ type: 'refused', file: display, reason: `the name "${name}" would not stay inside ${displayPath(sourcesDir)}` });
      continue;
    }
    if (formatFor(name) === null) {
      outcomes.push({ type: 'refused', file: display, reason: `unsupported file type "${path.extname(name) || '(none)'}"; accepted types are .txt, .md and .html` });
      continue;
    }
    const hash = hashSource(await readFile(file));
    const duplicateOf = existing.get(hash);
    if (duplicateOf) {
      outcomes.push({ type: 'duplicate', file: display, of: duplicateOf });
      continue;
    }
    if (await exists(target)) {
      outcomes.push({ type: 'refused', file: display, reason: `a different article is already called ${displayPath(target)}; rename the new file` });
      continue;
    }
    await copyFile(file, target);
    existing.set(hash, displayPath(target));
    outcomes.push({ type: 'added', file: display, as: displayPath(target) });
  }
  return outcomes;
}

async function expandInputs(inputs: string[], outcomes: AddOutcome[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null) outcomes.push({ type: 'refused', file: input, reason: 'no such file or folder' });
    else if (info.isDirectory()) {
      const names = (await readdir(input)).filter((name) => !name.startsWith('.') && formatFor(name) !== null).sort();
      files.push(...names.map((name) => path.join(input, name)));
    } else files.push(input);
  }
  return files;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
