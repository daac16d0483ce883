// The yardstick for build cost: a bare Astro project rendering N trivial pages, built by the same
// Astro in the same run, so "Recount's build takes X times bare Astro" compares like with like.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { measureNode, type ChildRun } from './measure-child.ts';

/** Creates (or re-creates) a bare Astro project with `pages` trivial pages under `dir`. */
export async function createBareAstro(dir: string, pages: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await writeFile(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  await writeFile(
    path.join(dir, 'src/pages/[id].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i) } }));\n}\nconst { id } = Astro.params;\n---\n<html lang="en"><head><title>Page {id}</title></head><body><h1>Page {id}</h1></body></html>\n`,
  );
}

/** Builds the bare project with the project's Astro and measures it. */
export function buildBareAstro(dir: string, astroBin: string): Promise<ChildRun> {
  return measureNode(astroBin, ['build', '--root', dir, '--silent']);
}
