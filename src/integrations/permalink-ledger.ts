// After every build: check that every URL the site ever published still has a page in dist/
// (failing the build if one would 404), then add what this build published to the ledger,
// content/permalinks.json. The pages for retired ids are made by the routes themselves, from
// the same ledger (src/lib/retire-permalinks.ts).
import { existsSync, readFileSync } from 'node:fs';
import { removeLeftoverTemporaries, writeFileAtomic } from '../util/write-file-atomic.ts';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { extendLedger, type CurrentIds } from '../lib/retire-permalinks.ts';
import { ledgerPath, readLedger } from '../lib/read-ledger.ts';
import type { PermalinkLedger } from '../schemas/permalink-ledger.ts';
import { BUILD_PLAN_ENV } from '../lib/build-plan/select-paths.ts';

/** Where each kind of id is published, relative to the site's base. */
const ROUTES = { articles: 'articles', claims: 'claims', topics: 'compare', speakers: 'speakers' } as const;

/** The ledger URLs that have no page, as `/claims/<id>/` paths; `hasFile` answers for a site-relative file (`claims/<id>/index.html`). */
export function missingPages(ledger: PermalinkLedger, hasFile: (file: string) => boolean): string[] {
  const missing: string[] = [];
  for (const [kind, route] of Object.entries(ROUTES) as [keyof typeof ROUTES, string][]) {
    for (const id of Object.keys(ledger[kind])) {
      if (!hasFile(`${route}/${id}/index.html`)) missing.push(`/${route}/${id}/`);
    }
  }
  return missing;
}

/**
 * Fails when a URL the ledger lists has no page in `dist`; otherwise adds what `dist` publishes
 * to the ledger. Returns the line to print when the ledger changed, else null. `files`, the
 * site's files when the caller knows them, spares a look at the disk for each of ~100,000 ids.
 */
export async function checkAndExtendLedger(dist: string, files?: ReadonlySet<string>): Promise<string | null> {
  const file = ledgerPath();
  const ledger = readLedger(file);
  const missing = missingPages(ledger, files ? (page) => files.has(page) : (page) => existsSync(path.join(dist, page)));
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} published URL(s) from ${path.relative(process.cwd(), file)} would 404: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}. Published URLs must keep working; restore the content or report this as a bug.`,
    );
  }
  const current = JSON.parse(readFileSync(path.join(dist, 'data', 'permalinks.json'), 'utf8')) as CurrentIds;
  const next = `${JSON.stringify(extendLedger(ledger, current), null, 1)}\n`;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  await removeLeftoverTemporaries(path.dirname(file)); // a killed build's half-written ledger
  if (next === before) return null;
  await writeFileAtomic(file, next);
  return `${path.relative(process.cwd(), file)} updated with this build's ids; commit it with the content.`;
}

/** An Astro integration that keeps content/permalinks.json and refuses builds that would break it. */
export function permalinkLedger(): AstroIntegration {
  return {
    name: 'recount:permalink-ledger',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Under `npm run build` the build script checks the assembled site instead: this run may
        // have rendered only the changed pages or one shard.
        if (process.env[BUILD_PLAN_ENV]) return;
        const line = await checkAndExtendLedger(fileURLToPath(dir));
        if (line !== null) logger.info(line);
      },
    },
  };
}
