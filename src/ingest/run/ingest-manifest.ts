// The ingest's memory between runs: what each source's bytes hashed to and which entry it
// produced, plus a fingerprint of the pipeline code. A source whose size, time and hash are
// unchanged under the same pipeline is not read again.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { listImportClosure } from '../../util/list-imports.ts';
import { writeFileAtomic } from '../../util/write-file-atomic.ts';

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

/** The modules that decide what an entry contains: the per-article pipeline and the entry writer. */
export const PIPELINE_ROOTS = ['../pipeline/ingest-article.ts', '../write/render-entry.ts'].map((relative) =>
  fileURLToPath(new URL(relative, import.meta.url)),
);

/**
 * Hash of the code that turns a source into an entry: every module the pipeline imports,
 * found by following its imports, so a moved or new module is hashed without a list to keep
 * up to date, and a benchmark or a page component is not. Any change re-ingests everything.
 */
export function fingerprintPipeline(): Promise<string> {
  pipelineFingerprint ??= (async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const hash = createHash('sha256');
    for (const file of listImportClosure(PIPELINE_ROOTS)) {
      hash.update(path.relative(root, file)).update('\0').update(await readFile(file));
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return pipelineFingerprint;
}
