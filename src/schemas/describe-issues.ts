// Every problem zod found, said the way people read them (`claims.2.unit: expected string`), so a
// bad file is fixed in one pass instead of one error per run (Starlight's parseWithFriendlyErrors).
import type { z } from 'astro/zod';

/** One `path: message` line per issue; unknown keys are named (`unknown field "speeker"`). */
export function describeIssues(error: z.ZodError, root = '(root)'): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : root;
    if (issue.code === 'unrecognized_keys') {
      return `${where}: unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    }
    return `${where}: ${issue.message}`;
  });
}

/** All issues on one line (for messages that must stay one line, such as a source's error). */
export function joinIssues(error: z.ZodError, root?: string): string {
  return describeIssues(error, root).join('; ');
}
