import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listImports } from '../../src/util/list-imports.ts';
import { checkImportRules, type ImportGraph } from '../support/check-import-rules.ts';

const root = path.resolve(import.meta.dirname, '../..');

function listSourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function projectGraph(): ImportGraph {
  const files = ['src', 'scripts', 'bench', 'tests'].flatMap(listSourceFiles);
  return new Map(files.map((file) => [file, listImports(path.join(root, file)).map((target) => path.relative(root, target).split(path.sep).join('/'))]));
}

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('import rules', () => {
  it('hold for the whole project', () => {
    expect(checkImportRules(projectGraph())).toEqual([]);
  });

  it('see the real imports (the ingest index reaches the pipeline)', () => {
    const imports = projectGraph().get('src/ingest/index.ts') ?? [];
    expect(imports).toContain('src/ingest/pipeline/ingest-article.ts');
  });

  it.each([
    ['src importing a script', { 'src/lib/a.ts': ['scripts/ingest.ts'] }, 'src/ never imports'],
    ['site code importing the ingest', { 'src/pages/x.astro': ['src/ingest/index.ts'] }, 'site code never imports the ingest'],
    ['a script reaching past the ingest index', { 'scripts/x.ts': ['src/ingest/run/run-ingest.ts'] }, 'import src/ingest/index.ts only'],
    ['a stage importing an outer stage', { 'src/ingest/read/a.ts': ['src/ingest/run/b.ts'] }, 'inside the ingest'],
    ['two sibling stages', { 'src/ingest/read/a.ts': ['src/ingest/extract/b.ts'] }, 'inside the ingest'],
    ['tokens importing a reader', { 'src/ingest/quantities/tokens/a.ts': ['src/ingest/quantities/readers/b.ts'] }, 'inside quantities'],
    ['a cycle', { 'src/lib/a.ts': ['src/lib/b.ts'], 'src/lib/b.ts': ['src/lib/a.ts'] }, 'import cycle: src/lib/a.ts → src/lib/b.ts → src/lib/a.ts'],
  ])('fail on %s', (_name, edges, message) => {
    expect(checkImportRules(graph(edges)).join('\n')).toContain(message);
  });

  it('allow the dev re-ingest integration to run the ingest', () => {
    expect(checkImportRules(graph({ 'src/integrations/ingest-on-change.ts': ['src/ingest/index.ts'] }))).toEqual([]);
  });
});
