// The ingest's memory between runs: what each source's bytes hashed to and which entry it
// produced, plus a fingerprint of the pipeline code. A source whose size, time and hash are
// unchanged under the same pipeline is not read again.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { writeFileAtomic } from './write-file-atomic.ts';

const manifestSchema = z.object({
  /** Fingerprint of the pipeline code that produced the entries. */
  pipeline: z.string(),
  /** By source file name. */
  sources: z.record(
    z.string(),
    z.object({ hash: z.string(), articleId: z.string(), size: z.number(), mtimeMs: z.number() }),
  ),
});
export type Manifest = z.output<typeof manifestSchema>;

/** The manifest's file name inside the entries folder (ignored by the content loader). */
export const MANIFEST_NAME = '.ingest-manifest.json';

/** Reads the manifest; a missing or unreadable one means "nothing known", never an error. */
export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(path.join(outDir, MANIFEST_NAME), 'utf8')));
  } catch {
    return null;
  }
}

/** Writes the manifest atomically, sources in name order so the file diffs cleanly. */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const sources = Object.fromEntries(Object.entries(manifest.sources).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFileAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify({ ...manifest, sources }, null, 2)}\n`);
}

let pipelineFingerprint: Promise<string> | undefined;

/** Hash of the code that turns sources into entries: any change to it re-ingests everything. */
export function fingerprintPipeline(): Promise<string> {
  pipelineFingerprint ??= (async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const dirs = ['scripts/lib', 'src/schemas', 'src/lib/topics'];
    const hash = createHash('sha256');
    for (const dir of dirs) {
      const names = (await readdir(path.join(root, dir)).catch(() => [] as string[])).filter((name) => name.endsWith('.ts')).sort();
      for (const name of names) hash.update(name).update(await readFile(path.join(root, dir, name)));
    }
    hash.update(await readFile(path.join(root, 'src/lib/slugify.ts')));
    return hash.digest('hex').slice(0, 16);
  })();
  return pipelineFingerprint;
}
