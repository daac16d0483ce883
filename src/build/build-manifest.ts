// What the last build left in dist/, kept beside it: the code fingerprint it was built with, the
// digest of every page's inputs, and every file with its size. The next build renders again only
// the pages whose digest changed, provided dist/ is still exactly that build's output.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../util/write-file-atomic.ts';

/** The record of one finished build. */
export interface BuildManifest {
  version: 1;
  /** Code, settings and dependencies the site was built with (code-fingerprint.ts). */
  fingerprint: string;
  /** The inode of the site folder when it was swapped in: another folder at dist/ is not this build. */
  siteInode: number;
  /** Digest of each page file's inputs, by file. */
  pages: Record<string, string>;
  /** Every file of the site with its size. */
  files: Record<string, number>;
}

/** Reads a manifest; null when absent or unreadable. */
export function readBuildManifest(file: string): BuildManifest | null {
  if (!existsSync(file)) return null;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
    return manifest.version === 1 ? manifest : null;
  } catch {
    return null;
  }
}

/** Writes a manifest so that a killed build leaves the old one or the new one. */
export async function writeBuildManifest(file: string, manifest: BuildManifest): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(manifest));
}

/** Why dist/ cannot be reused as the previous build's output, or null when it can. */
export async function whyNotReusable(manifest: BuildManifest | null, dist: string, fingerprint: string): Promise<string | null> {
  if (manifest === null) return 'no record of a previous build';
  if (manifest.fingerprint !== fingerprint) return 'code, settings or dependencies changed';
  const info = await stat(dist).catch(() => null);
  if (info === null) return `${path.basename(dist)}/ is missing`;
  if (info.ino !== manifest.siteInode) return `${path.basename(dist)}/ is not the last build's output`;
  // One stat per file, synchronously: 200,000 of them take about a second; promises would cost more.
  let changed: string | null = null;
  for (const [file, size] of Object.entries(manifest.files)) {
    if (statSync(path.join(dist, file), { throwIfNoEntry: false })?.size !== size) {
      changed = file;
      break;
    }
  }
  return changed === null ? null : `${path.basename(dist)}/${changed} was changed or removed since the last build`;
}
