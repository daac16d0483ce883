import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What one measured run of a Node script took. */
export interface ChildRun {
  ms: number;
  /** Peak resident set size of the process, in bytes. */
  peakRss: number;
  /** CPU time (user + system) of every Node process the run started, summed, in milliseconds. */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

const reporter = fileURLToPath(new URL('./report-rss.ts', import.meta.url));
/** The preload every npm script of ours runs with (package.json), so a measured run starts as the user's does. */
const compileCache = fileURLToPath(new URL('../../scripts/cache-compiled-code.mjs', import.meta.url));

/**
 * Runs a Node script in a child process (the project's pinned Node) and measures wall time and
 * peak memory. Throws with the child's output when it fails: a benchmark of a failing run means
 * nothing.
 */
export function measureNode(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildRun> {
  return measureNodeTree(script, args, env, false);
}

/**
 * Like measureNode, but every Node process the script starts (its children too: the build
 * script starts the ingest and Astro) reports its peak memory; `peakRss` is the largest.
 */
export function measureNodeTree(script: string, args: string[], env: NodeJS.ProcessEnv = {}, children = true): Promise<ChildRun> {
  const childEnv = children ? { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${reporter}`.trim() } : {};
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', compileCache, '--import', reporter, script, ...args], {
      env: { ...process.env, CI: '1', ...childEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      // Every process that loaded the reporter prints a line; the peak is the largest of them.
      const rss = [...`${stdout}\n${stderr}`.matchAll(/RECOUNT_MAX_RSS_KB=(\d+)/g)].map((match) => Number(match[1]));
      const cpuUs = [...`${stdout}\n${stderr}`.matchAll(/RECOUNT_CPU_US=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited with ${code}\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`));
      resolve({ ms, cpuMs: cpuUs / 1000, peakRss: rss.length > 0 ? Math.max(...rss) * 1024 : Number.NaN, stdout, stderr });
    });
  });
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
