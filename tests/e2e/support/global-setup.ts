// Vitest global setup of the "e2e" project: builds the test site ONCE per run and serves it.
//   1. assemble a temporary content tree (sample sources + e2e fixture sources and reviews)
//   2. run the ingest into it
//   3. astro build it to <tmp>/dist under the base path /recount/
//   4. serve <tmp>/dist on 127.0.0.1 at a free port
//   5. hand the address and folders to the tests (inject('recountE2e'))
// RECOUNT_E2E_KEEP=1 keeps the temporary folder and prints it; RECOUNT_E2E_REUSE=<that folder>
// skips steps 1-3 and serves the kept build again (for iterating on tests, not for CI).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { parse as parseYaml } from 'yaml';
import { assembleContent, E2E_INPUTS, listFiles } from './assemble-content.ts';
import { E2E_ADDRESS, runAstroBuild, runIngest, tailLines } from './build-site.ts';
import { serveStatic } from './serve-static.ts';
import type { E2eSite } from './site.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

async function produceEntries(contentRoot: string): Promise<void> {
  const { milliseconds, output } = await runIngest(projectRoot, contentRoot);
  const entries = await listFiles(path.join(contentRoot, 'articles'));
  if (entries.length === 0) throw new Error(`The ingest wrote no entries into the e2e content tree. Its output:\n${tailLines(output)}`);
  log(`ingest: ${entries.length} entries in ${seconds(milliseconds)}`);
}

/** Claim ids in the ingested entries (the `- id:` items of each front-matter's `claims`). */
async function readClaimIds(contentRoot: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const dir = path.join(contentRoot, 'articles');
  for (const name of await listFiles(dir)) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const data = parseYaml(front) as { claims?: Array<{ id?: unknown }> } | null;
    for (const claim of data?.claims ?? []) if (typeof claim.id === 'string') ids.add(claim.id);
  }
  return ids;
}

/** Fails early, naming the file, when a fixture review is for a claim the ingest no longer produces. */
async function checkFixtureReviews(contentRoot: string): Promise<void> {
  const ids = await readClaimIds(contentRoot);
  const orphans = (await listFiles(path.join(contentRoot, 'reviews')))
    .map((name) => name.replace(/\.md$/, ''))
    .filter((id) => !ids.has(id));
  if (orphans.length > 0) {
    // Ids end in a short hash (`more-than-340-schools-bzcs7n7`); the words before it suggest the match.
    const stem = (id: string): string => id.replace(/-[a-z0-9]+$/, '');
    const known = [...ids].filter((id) => orphans.some((orphan) => stem(orphan) === stem(id)));
    throw new Error(
      orphans.map((id) => `${E2E_INPUTS.fixtureReviews}/${id}.md: the ingest produced no claim with id ${id}`).join('\n') +
        `\nRename the review to the claim's current id${known.length > 0 ? ` (similar ids: ${known.join(', ')})` : ''}.`,
    );
  }
}

/** Builds and serves the e2e site; returns the teardown Vitest calls after the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    throw new Error(`The e2e tests need Node 24 (found ${process.version}); run them with \`npm test\` or \`npx vitest\`, not the system node`);
  }
  const reuse = process.env.RECOUNT_E2E_REUSE;
  const tmp = reuse ? path.resolve(reuse) : await mkdtemp(path.join(os.tmpdir(), 'recount-e2e-'));
  const contentDir = path.join(tmp, 'content');
  const distDir = path.join(tmp, 'dist');

  if (reuse) {
    if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`RECOUNT_E2E_REUSE=${reuse}: no built site in ${distDir}`);
    log(`reusing the build in ${tmp}`);
  } else {
    await assembleContent(projectRoot, contentDir);
    await produceEntries(contentDir);
    await checkFixtureReviews(contentDir);
    const cacheDir = path.join(tmp, 'astro-cache');
    await mkdir(cacheDir, { recursive: true });
    const { milliseconds } = await runAstroBuild(projectRoot, contentDir, distDir, cacheDir);
    log(`astro build: ${seconds(milliseconds)}`);
  }

  const server = await serveStatic(distDir, E2E_ADDRESS.basePath);
  log(`serving ${distDir} at ${server.url}`);
  const site: E2eSite = {
    baseUrl: server.url,
    basePath: E2E_ADDRESS.basePath,
    siteUrl: E2E_ADDRESS.siteUrl,
    distDir,
    contentDir,
  };
  project.provide('recountE2e', site);

  return async () => {
    await server.close();
    if (reuse) return;
    if (process.env.RECOUNT_E2E_KEEP) log(`kept ${tmp} (serve it again with RECOUNT_E2E_REUSE=${tmp})`);
    else await rm(tmp, { recursive: true, force: true });
  };
}
