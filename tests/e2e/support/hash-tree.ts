// Every file of a built site with a hash of its bytes: two sites are the same when these match.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Relative path -> sha256 of every file under `dir`. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex'));
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The files that differ between two hashed trees (missing on either side or other bytes), at most `limit`. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>, limit = 10): string[] {
  const differing: string[] = [];
  for (const [file, hash] of a) if (b.get(file) !== hash) differing.push(b.has(file) ? `${file} differs` : `${file} only in the first`);
  for (const file of b.keys()) if (!a.has(file)) differing.push(`${file} only in the second`);
  return differing.slice(0, limit);
}
