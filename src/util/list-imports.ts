// The relative modules a source file loads: static and dynamic imports, re-exports, and worker
// files named with `new URL('./x.ts', import.meta.url)`. A plain scan, not a parser: the code
// base writes imports one way (single-quoted, explicit `.ts`), and the import-rule test checks
// the result against what Node itself loads.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bnew URL\(\s*)'(\.{1,2}\/[^']+\.(?:ts|mjs|js|astro))'/g;

/** Absolute paths of the relative modules `file` imports (package imports are left out). */
export function listImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const match of text.matchAll(SPECIFIER)) found.add(path.resolve(path.dirname(file), match[1]!));
  return [...found];
}

/** Every module reachable from `roots` through relative imports, roots included, sorted. */
export function listImportClosure(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = roots.map((root) => path.resolve(root));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...listImports(file));
  }
  return [...seen].sort();
}
