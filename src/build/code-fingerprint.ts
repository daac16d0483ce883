// What makes every page's bytes, apart from content: the code, the settings and the installed
// dependencies. When any of it differs from the last build's, the next build is a full one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The environment variable in which the build script hands this build's fingerprint to the processes it starts. */
export const CODE_FINGERPRINT_ENV = 'RECOUNT_CODE_FINGERPRINT';

/** Files and folders (relative to the project) whose content is the site's code and settings. */
const CODE_PATHS = ['src', 'public', 'astro.config.mjs', 'recount.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];

/** Environment variables that change what a page says (the site's address). */
const SETTING_ENV = ['SITE_URL', 'BASE_PATH'];

/** Code the site never runs: the ingest's output is content, which each page's digest covers. */
const NOT_SITE_CODE = `src${path.sep}ingest${path.sep}`;

/** Every file under a path, sorted, relative to `root`. */
function listFiles(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(NOT_SITE_CODE))
    .sort();
}

/** A hash of the project's code, settings, dependencies and Node version. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const name of SETTING_ENV) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  for (const relative of CODE_PATHS.flatMap((item) => listFiles(root, item))) {
    hash.update(`${relative}\n`).update(readFileSync(path.join(root, relative))).update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}
