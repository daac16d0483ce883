// The evaluation sets `npm run eval` knows, in the order they print, and where to find them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { comparisons } from './eval-comparisons.ts';
import { newsquant } from './eval-newsquant.ts';
import { polnear } from './eval-polnear.ts';
import { readability } from './eval-readability.ts';
import type { EvalSet } from './eval-types.ts';

/** The eval folder: --dir, RECOUNT_EVAL_DIR, or ../shared/eval beside the project; null when none exists. */
export function findEvalDir(explicit?: string): string | null {
  const candidates = [explicit, process.env.RECOUNT_EVAL_DIR, path.resolve(import.meta.dirname, '../../../shared/eval')];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return path.resolve(candidate);
  return null;
}

export const EVAL_SETS: readonly EvalSet[] = [newsquant, readability, polnear, comparisons];
