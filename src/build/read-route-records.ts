// The pages every route of an Astro run recorded (select-paths.ts): file -> digest of its inputs.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RouteRecord } from '../lib/build-plan/select-paths.ts';

/** Every page file the routes listed, with its digest; throws when two routes claim one file. */
export async function readRouteRecords(dir: string): Promise<Record<string, string>> {
  const pages: Record<string, string> = {};
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  for (const name of names) {
    const record = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as RouteRecord;
    for (const [file, digest] of Object.entries(record.pages)) {
      if (pages[file] !== undefined) throw new Error(`Two routes write ${file} (one of them ${record.pattern}); every page must come from one route.`);
      pages[file] = digest;
    }
  }
  return Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
