// Where a build keeps its state and works, beside the site folder it writes (same disk, so
// finished trees move into place by rename).
import { createHash } from 'node:crypto';
import path from 'node:path';

/** The folders and files of a build writing the site folder `dist`. */
export interface BuildPaths {
  /** The published site: always a complete one. */
  dist: string;
  /** Lock file: one build at a time per site folder. */
  lock: string;
  /** The last finished build's manifest (build-manifest.ts). */
  manifest: string;
  /** Scratch space of the running build, emptied when a build starts. */
  work: string;
  /** Where Astro writes the pages it renders. */
  astroOut: string;
  /** The new site, assembled here in full before it replaces `dist`. */
  staging: string;
  /** The previous site, moved here for the moment of the swap. */
  old: string;
  /** The plan handed to Astro (select-paths.ts) and the folder its routes record their pages in. */
  plan: string;
  records: string;
  /** Where the archive step writes its files (write-archive-files.ts), the summary the search page reads, and the grouping of the claims the pages take (pack-topics.ts). */
  archive: string;
  archiveSummary: string;
  archiveTopics: string;
}

/**
 * The build paths for a site folder: its state lives in `.<name>-build/` beside it. Astro's own
 * output must be inside the project: for an output folder outside it, Astro puts its
 * intermediate modules in the project's shared `.astro/.prerender/`, where two builds at once
 * delete each other's (ERR_MODULE_NOT_FOUND).
 */
export function buildPaths(dist: string, root = process.cwd()): BuildPaths {
  const state = path.join(path.dirname(dist), `.${path.basename(dist)}-build`);
  const work = path.join(state, 'work');
  const inProject = !path.relative(root, work).startsWith('..') && !path.isAbsolute(path.relative(root, work));
  const astroOut = inProject ? path.join(work, 'astro') : path.join(root, '.astro', `recount-build-${createHash('sha1').update(dist).digest('hex').slice(0, 12)}`);
  return {
    dist,
    lock: path.join(state, 'lock'),
    manifest: path.join(state, 'manifest.json'),
    work,
    astroOut,
    staging: path.join(work, 'site'),
    old: path.join(work, 'old'),
    plan: path.join(work, 'plan.json'),
    records: path.join(work, 'records'),
    archive: path.join(work, 'archive'),
    archiveSummary: path.join(work, 'archive-summary.json'),
    archiveTopics: path.join(work, 'archive-topics.json'),
  };
}
