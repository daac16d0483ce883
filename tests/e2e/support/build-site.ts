// The two slow steps of the end-to-end run, each a child process on the project's own Node 24:
// the ingest (sources -> entries) and `astro build` (entries -> dist), both pointed at the
// temporary content tree through RECOUNT_CONTENT_DIR.
import { spawn } from 'node:child_process';
import path from 'node:path';

/** Address settings the e2e site is built for: a sub-path, to prove the site honours `base`. */
export const E2E_ADDRESS = Object.freeze({ basePath: '/recount/', siteUrl: 'http://127.0.0.1' });


/** What a finished child process said. */
export interface RunResult {
  output: string;
  milliseconds: number;
}

/** The last `lines` lines of a command's output, for an error message that fits on a screen. */
export function tailLines(output: string, lines = 40): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs `node <args>` in `cwd` with extra env vars; rejects with the output's tail when it fails. */
export function runNode(args: string[], options: { cwd: string; env: Record<string, string>; label: string }): Promise<RunResult> {
  const started = performance.now();
  // Vitest sets BASE_URL=/ in test workers, and Astro lets that variable override its `base`:
  // a build started from a test would silently lose the sub-path. Children never inherit it.
  const { BASE_URL: _vitestBaseUrl, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...inherited, ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(`${options.label} could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      const milliseconds = performance.now() - started;
      if (code === 0) resolve({ output, milliseconds });
      else reject(new Error(`${options.label} failed (${signal ?? `exit code ${code}`}):\n${tailLines(output)}`));
    });
  });
}

/** `node scripts/ingest.ts --sources <root>/sources --out <root>/articles` against a content tree. */
export function runIngest(projectRoot: string, contentRoot: string): Promise<RunResult> {
  return runNode(
    ['scripts/ingest.ts', '--sources', path.join(contentRoot, 'sources'), '--out', path.join(contentRoot, 'articles')],
    { cwd: projectRoot, env: { RECOUNT_CONTENT_DIR: contentRoot }, label: 'The ingest (scripts/ingest.ts)' },
  );
}

/** `astro build --outDir <outDir>` for the content tree, under the e2e base path and origin. */
export function runAstroBuild(projectRoot: string, contentRoot: string, outDir: string, cacheDir: string): Promise<RunResult> {
  return runNode(
    [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: projectRoot,
      env: {
        RECOUNT_CONTENT_DIR: contentRoot,
        BASE_PATH: E2E_ADDRESS.basePath,
        SITE_URL: E2E_ADDRESS.siteUrl,
        // Its own content store and share cards, apart from a developer's build running meanwhile.
        RECOUNT_CACHE_DIR: cacheDir,
      },
      label: 'astro build',
    },
  );
}

/** `node scripts/build.ts <args>` (what `npm run build` runs) for a content tree, with its own caches. */
export function runBuildScript(projectRoot: string, contentRoot: string, cacheDir: string, args: string[]): Promise<RunResult> {
  return runNode(['scripts/build.ts', ...args], {
    cwd: projectRoot,
    env: { RECOUNT_CONTENT_DIR: contentRoot, BASE_PATH: E2E_ADDRESS.basePath, SITE_URL: E2E_ADDRESS.siteUrl, RECOUNT_CACHE_DIR: cacheDir },
    label: `npm run build -- ${args.join(' ')}`,
  });
}
