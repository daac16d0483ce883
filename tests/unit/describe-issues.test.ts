import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../src/schemas/claim.ts';
import { describeIssues, joinIssues } from '../../src/schemas/describe-issues.ts';

describe('describeIssues', () => {
  it('names every invalid field of a claim by its path, not only the first', () => {
    const result = claimSchema.safeParse({ id: 7, text: 'x', quantity: 'y', extra: true });
    expect(result.success).toBe(false);
    const lines = describeIssues(result.error!);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines).toContain('id: Invalid input: expected string, received number');
    expect(lines.some((line) => line.startsWith('unit: '))).toBe(true);
  });

  it('joins them on one line for one-line errors', () => {
    const result = claimSchema.safeParse({});
    expect(joinIssues(result.error!)).not.toContain('\n');
    expect(joinIssues(result.error!).split('; ').length).toBe(result.error!.issues.length);
  });
});
