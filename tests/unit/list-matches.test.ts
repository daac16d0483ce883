// listMatches stands in for String.prototype.matchAll on hot paths: it must find exactly what
// matchAll finds (indexes, groups, empty matches, surrogate pairs) and leave the regex reusable.
import { describe, expect, it } from 'vitest';
import { listMatches } from '../../src/util/list-matches.ts';

const CASES: [string, RegExp, string][] = [
  ['words', /\p{Lu}\p{Ll}+/gu, 'Jane Roe met John Doe in Baku.'],
  ['groups and indexes', /(\d+)\s*(%|percent)?/g, '5% of 40 and 12 percent'],
  ['a look-behind', /(?<![\p{L}\d])\d+/gu, 'a1 22 b33 44'],
  ['empty matches', /x*/g, 'axxbx'],
  ['empty matches over surrogate pairs (u flag)', /(?:)/gu, 'a🎉b'],
  ['empty matches over surrogate pairs (no u flag)', /(?:)/g, 'a🎉b'],
  ['no match', /zzz/g, 'nothing here'],
  ['a sticky global regex', /\d/gy, '12a3'],
];

const plain = (matches: RegExpMatchArray[]) => matches.map((match) => ({ groups: [...match], index: match.index }));

describe('listMatches', () => {
  it.each(CASES)('finds what matchAll finds: %s', (_name, regex, text) => {
    expect(plain(listMatches(regex, text))).toEqual(plain([...text.matchAll(new RegExp(regex))]));
  });

  it('starts from the beginning and leaves lastIndex at 0, so the regex can be reused', () => {
    const regex = /\d+/g;
    regex.lastIndex = 3;
    expect(listMatches(regex, '12 345').map((match) => match[0])).toEqual(['12', '345']);
    expect(regex.lastIndex).toBe(0);
    expect(listMatches(regex, '7 8').map((match) => match[0])).toEqual(['7', '8']);
  });
});
