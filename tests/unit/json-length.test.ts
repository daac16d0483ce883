// jsonLength stands in for JSON.stringify(value).length in the claim budget: it must count exactly
// what JSON.stringify writes, escapes and omissions included.
import { describe, expect, it } from 'vitest';
import { jsonLength } from '../../src/util/json-length.ts';

const CASES: [string, unknown][] = [
  ['a claim-like object', { id: 'a-1', value: 1.5, min: null, terms: ['fund', 'railway'], period: { when: '2025-12-27', per: null }, ok: true }],
  ['escapes', 'quote " backslash \\ newline \n tab \t control \u0001 \u001f del \u007f'],
  ['surrogate pairs and lone surrogates', 'pair 😀 lone \ud83d and \ude00 end'],
  ['numbers JSON writes as null or in exponent form', [NaN, Infinity, -0, 1e21, 5e-324, 0.1 + 0.2]],
  ['undefined, functions and symbols', { a: undefined, b: () => 1, c: Symbol('c'), d: [undefined, () => 1, Symbol('d')] }],
  ['a sparse array', [1, , 3]],
  ['toJSON and a Date', { when: new Date(0), custom: { toJSON: () => 'x' } }],
  ['empty containers', { a: {}, b: [] }],
];

describe('jsonLength', () => {
  it.each(CASES)('counts what JSON.stringify writes: %s', (_name, value) => {
    expect(jsonLength(value)).toBe(JSON.stringify(value).length);
  });
});
