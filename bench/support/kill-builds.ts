// Kills `npm run build` (scripts/build.ts) with SIGKILL at random moments and checks after each
// kill that the site folder holds a complete site: byte for byte one of the two sites the
// content alternates between (the one before the interrupted build, or the one it was making).
// Half the kills take the whole process group (a cancelled CI job), half only the build script
// (its children must then stop by themselves).
import { spawn } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateArticle } from '../corpus/generate-corpus.ts';
import { createRandom } from '../../src/util/create-random.ts';
import { diffTrees, hashTree } from '../../tests/e2e/support/hash-tree.ts';

/** What one kill found. */
export interface KillTrial {
  /** Milliseconds after the start when SIGKILL was sent (or the build had finished by then). */
  at: number;
  /** `group` or `script`: what was killed. */
  target: 'group' | 'script';
  /** True when the build was still running at the kill. */
  interrupted: boolean;
  /** Which known site dist/ held afterwards ('A' or 'B'), or what was wrong with it. */
  found: string;
  ok: boolean;
}

/** Options of a kill run. */
export interface KillOptions {
  /** The project folder (scripts/build.ts is run from it). */
  project: string;
  /** A scratch folder: content, caches and the site live here. */
  root: string;
  trials: number;
  /** Generated articles beside the sample ones. */
  articles: number;
  seed?: number;
  log?: (line: string) => void;
}

/** Runs scripts/build.ts to completion or until killed; resolves with its exit code (null when killed). */
function startBuild(options: KillOptions, env: NodeJS.ProcessEnv): { done: Promise<number | null>; pid: number; output: () => string } {
  const { BASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', path.join(options.root, 'dist')], {
    cwd: options.project,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that the group can be killed as a CI runner would.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { done, pid: child.pid!, output: () => output };
}

/** The environment of the builds of a kill run (its content tree and caches). */
function buildEnv(options: KillOptions): NodeJS.ProcessEnv {
  return { RECOUNT_CONTENT_DIR: path.join(options.root, 'content'), RECOUNT_CACHE_DIR: path.join(options.root, 'cache'), CI: '1' };
}

/**
 * Starts a build over the kill run's site and, while it runs, a second one in the same folder:
 * returns the second one's exit code and output, and the first one's exit code.
 */
export async function runTwoBuildsAtOnce(options: KillOptions): Promise<{ first: number | null; second: number | null; secondOutput: string }> {
  const first = startBuild(options, buildEnv(options));
  await sleep(1_500);
  const second = startBuild(options, buildEnv(options));
  const secondCode = await second.done;
  return { first: await first.done, second: secondCode, secondOutput: second.output().trim() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the kill trials; every trial's `ok` must be true. */
export async function killBuilds(options: KillOptions): Promise<KillTrial[]> {
  const log = options.log ?? (() => undefined);
  const content = path.join(options.root, 'content');
  const sources = path.join(content, 'sources');
  await rm(options.root, { recursive: true, force: true });
  await cp(path.join(options.project, 'content', 'sources'), sources, { recursive: true });
  for (let index = 0; index < options.articles; index++) {
    const article = generateArticle(options.seed ?? 5, index);
    await writeFile(path.join(sources, article.name), article.text);
  }
  await mkdir(path.join(content, 'articles'), { recursive: true });
  const extra = generateArticle(options.seed ?? 5, options.articles);
  const env = buildEnv(options);
  const useVariant = async (variant: 'A' | 'B') => {
    if (variant === 'B') await writeFile(path.join(sources, extra.name), extra.text);
    else await rm(path.join(sources, extra.name), { force: true });
  };
  const buildFully = async () => {
    const started = performance.now();
    const code = await startBuild(options, env).done;
    if (code !== 0) throw new Error(`a build to completion failed (exit code ${code}); run scripts/build.ts by hand on ${content}`);
    return performance.now() - started;
  };

  // 1. The two sites dist/ may hold: content A and content B (one more article). Built A, B, A, B
  //    so that the permalink ledger knows every id and stops changing what a build makes.
  const sites = new Map<'A' | 'B', Map<string, string>>();
  let longest = 0;
  for (const variant of ['A', 'B', 'A', 'B'] as const) {
    await useVariant(variant);
    longest = Math.max(longest, await buildFully());
    sites.set(variant, await hashTree(path.join(options.root, 'dist')));
  }
  log(`reference sites built; a build takes up to ${(longest / 1000).toFixed(1)} s`);

  // 2. Alternate the content and kill each build at a random moment of its run.
  const random = createRandom(options.seed ?? 5);
  const trials: KillTrial[] = [];
  for (let trial = 0; trial < options.trials; trial++) {
    await useVariant(trial % 2 === 0 ? 'A' : 'B');
    const at = Math.round(random() * longest * 1.1);
    const target = trial % 2 === 0 ? 'group' : 'script';
    const build = startBuild(options, env);
    const finished = await Promise.race([build.done.then(() => true), sleep(at).then(() => false)]);
    if (!finished) {
      try {
        process.kill(target === 'group' ? -build.pid : build.pid, 'SIGKILL');
      } catch {
        // It ended between the check and the kill.
      }
      await build.done;
      // Children of a killed script notice within half a second (exit-with-parent.ts).
      await sleep(1_000);
    }
    const tree = await hashTree(path.join(options.root, 'dist')).catch(() => null);
    const found =
      tree === null ? 'no dist/' : [...sites].find(([, site]) => diffTrees(site, tree, 1).length === 0)?.[0] ?? `neither site: ${diffTrees(sites.get('A')!, tree, 3).join(', ')}`;
    const ok = found === 'A' || found === 'B';
    trials.push({ at, target, interrupted: !finished, found, ok });
    log(`trial ${trial + 1}/${options.trials}: SIGKILL to the ${target} at ${(at / 1000).toFixed(1)} s${finished ? ' (build had finished)' : ''}: dist/ is ${ok ? `site ${found}` : found}`);
  }

  // 3. After all that, a build runs to completion and makes the site of the content it sees.
  //    The content left in place is that of the last trial.
  await buildFully();
  const expected = (options.trials - 1) % 2 === 0 ? 'A' : 'B';
  const finalDiff = diffTrees(sites.get(expected)!, await hashTree(path.join(options.root, 'dist')), 3);
  const found = finalDiff.length === 0 ? expected : `the final build's site differs from site ${expected}: ${finalDiff.join(', ')}`;
  trials.push({ at: 0, target: 'group', interrupted: false, found, ok: finalDiff.length === 0 });
  log(`final build: dist/ is ${found.length === 1 ? `site ${found}` : found}`);
  return trials;
}
