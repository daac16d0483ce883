// Reads the permalink ledger from the content tree. A site that has published nothing yet has
// none; a ledger that does not validate stops the build with one line, because guessing would
// risk breaking published URLs.
import { existsSync, readFileSync } from 'node:fs';
import { contentPath } from '../content-dir.ts';
import { joinIssues } from '../schemas/describe-issues.ts';
import { EMPTY_LEDGER, permalinkLedgerSchema, type PermalinkLedger } from '../schemas/permalink-ledger.ts';

/** Where the ledger lives: `<content>/permalinks.json`. */
export function ledgerPath(): string {
  return contentPath('permalinks.json');
}

/** The ledger, validated; empty when the file does not exist yet. */
export function readLedger(file: string = ledgerPath()): PermalinkLedger {
  if (!existsSync(file)) return EMPTY_LEDGER;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); restore it from version control`);
  }
  const result = permalinkLedgerSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`${file}: ${joinIssues(result.error)}; restore it from version control`);
  }
  return result.data;
}
