import { describe, expect, it } from 'vitest';
import { findIgnoringCase } from '../../src/util/find-ignoring-case.ts';

describe('findIgnoringCase', () => {
  it.each([
    ['finds a closer in another case', '<script>x</SCRIPT>', '</script', 0, 9],
    ['starts at the index given', '</p> and </P>', '</p', 1, 9],
    ['says -1 when there is none', '<style>never closed', '</style', 0, -1],
    ['counts indices in the text as it is, after a letter that lower-cases to two', 'İ<script></Script>', '</script', 0, 9],
    ['takes the needle literally', 'a.b aXb', 'a.b', 1, -1],
  ])('%s', (_, text, needle, from, expected) => {
    expect(findIgnoringCase(text, needle, from)).toBe(expected);
  });
});
