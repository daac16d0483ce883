// `astro build` as a child process: its memory is freed when it ends, and the build script stays
// responsive (it holds the lock) while Astro renders.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_PLAN_ENV } from '../lib/build-plan/select-paths.ts';
import { CODE_FINGERPRINT_ENV } from './code-fingerprint.ts';

/** Node flags for a child: stop when the build script dies (exit-with-parent.ts). */
const CHILD_FLAGS = ['--import', fileURLToPath(new URL('./exit-with-parent.ts', import.meta.url))];

/** Runs `astro build --outDir <outDir>` under a build plan; rejects with one line when it fails. */
export function runAstroBuild(root: string, outDir: string, planFile: string, signal?: AbortSignal): Promise<void> {
  // Vitest sets BASE_URL, which Astro would take as its `base`: a child never inherits it.
  const { BASE_URL: _ignored, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHILD_FLAGS, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      // Astro's telemetry runs git to name the project and posts over the network on every build
      // (~0.3 s): a newsroom's build does not phone home.
      env: { ASTRO_TELEMETRY_DISABLED: '1', ...env, [BUILD_PLAN_ENV]: planFile },
      stdio: 'inherit',
      signal,
    });
    child.on('error', (error) => reject(new Error(error.name === 'AbortError' ? 'astro build stopped' : `astro build could not start: ${error.message}`)));
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`astro build failed (${signal ?? `exit code ${code}`}); see its output above.`))));
  });
}

/** Runs the archive step (`scripts/write-archive-files.ts`) under a build plan, told the build's code fingerprint (its front-matter cache is keyed by it); rejects with one line when it fails. */
export function runArchiveStep(root: string, planFile: string, fingerprint: string, signal?: AbortSignal): Promise<void> {
  const { BASE_URL: _ignored, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHILD_FLAGS, path.join(root, 'scripts/write-archive-files.ts')], {
      cwd: root,
      env: { ...env, [BUILD_PLAN_ENV]: planFile, [CODE_FINGERPRINT_ENV]: fingerprint },
      stdio: 'inherit',
      signal,
    });
    child.on('error', (error) => reject(new Error(error.name === 'AbortError' ? 'the archive step stopped' : `the archive step could not start: ${error.message}`)));
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`the archive step failed (${signal ?? `exit code ${code}`}); see its output above.`))));
  });
}

/** Runs the ingest (`scripts/ingest.ts`, content folders from the environment); rejects when it fails. */
export function runIngestScript(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHILD_FLAGS, path.join(root, 'scripts/ingest.ts')], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => reject(new Error(`the ingest could not start: ${error.message}`)));
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`the ingest failed (${signal ?? `exit code ${code}`}); see its output above.`))));
  });
}
