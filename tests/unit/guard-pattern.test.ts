// guardPattern puts a cheap test before a large pattern: where the hint finds nothing the pattern
// could not have matched, so the result must be exactly the pattern's own.
import { describe, expect, it } from 'vitest';
import { guardPattern } from '../../src/util/guard-pattern.ts';

const CASES: [string, RegExp, RegExp, string][] = [
  ['a match the hint admits', /(\p{Lu}\p{Ll}+) of (\p{Lu}\p{Ll}+)$/u, /\sof\s/, 'said Jane of Ohio'],
  ['no match, though the hint finds one', /(\p{Lu}\p{Ll}+) of (\p{Lu}\p{Ll}+)$/u, /\sof\s/, 'the head of the office'],
  ['no hint, so no match', /(\p{Lu}\p{Ll}+),?\s+who$/u, /who$/, 'Jane Roe said'],
  ['a match at the end', /(\p{Lu}\p{Ll}+),?\s+who$/u, /who$/, 'and Jane Roe, who'],
];

describe('guardPattern', () => {
  it.each(CASES)('finds what the pattern finds: %s', (_name, pattern, hint, text) => {
    expect(guardPattern(pattern, hint).exec(text)).toEqual(pattern.exec(text));
  });

  it('refuses patterns that keep state between calls', () => {
    expect(() => guardPattern(/a/g, /a/)).toThrow();
    expect(() => guardPattern(/a/, /a/y)).toThrow();
  });
});
