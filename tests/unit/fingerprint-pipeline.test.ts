import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PIPELINE_ROOTS } from '../../src/ingest/run/ingest-manifest.ts';
import { listImportClosure } from '../../src/util/list-imports.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The project files Node itself loads when it imports the pipeline roots (node_modules left out). */
function modulesNodeLoads(): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = new Set();
    registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.add(r.url); return r; } });
    for (const root of JSON.parse(process.argv[1])) await import(root);
    console.log(JSON.stringify([...seen]));`;
  const urls = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(PIPELINE_ROOTS.map((file) => `file://${file}`))], { cwd: root, encoding: 'utf8' }),
  ) as string[];
  return urls
    .filter((url) => url.startsWith('file://') && !url.includes('/node_modules/'))
    .map((url) => fileURLToPath(url))
    .sort();
}

describe('pipeline fingerprint', () => {
  it('hashes every project module the per-article pipeline loads, found by following imports', () => {
    expect(listImportClosure(PIPELINE_ROOTS)).toEqual(modulesNodeLoads());
  });

  it('hashes the stages of the pipeline and leaves benchmarks and site code out', () => {
    const hashed = listImportClosure(PIPELINE_ROOTS).map((file) => path.relative(root, file));
    expect(hashed).toEqual(expect.arrayContaining(['src/ingest/quantities/tokens/quantity-tokens.ts', 'src/ingest/write/to-yaml.ts', 'src/schemas/claim.ts']));
    expect(hashed.filter((file) => /^(bench|scripts|tests)\/|^src\/(pages|components)\//.test(file))).toEqual([]);
  });
});
