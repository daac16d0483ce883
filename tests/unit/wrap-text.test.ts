import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/lib/share-card/wrap-text.ts';

/** Every character 10 px wide, so a width of 100 holds 10 characters. */
const measure = (word: string): number => [...word].length * 10;

describe('wrapText', () => {
  it.each([
    ['keeps text that fits on one line', 'one two', 100, 3, ['one two']],
    ['breaks at the last space that fits', 'one two three four', 100, 3, ['one two', 'three four']],
    ['fills a line to exactly its width', 'abcd efghi jk', 100, 3, ['abcd efghi', 'jk']],
    ['ends the last line in an ellipsis when the text goes on', 'one two three four five six', 100, 2, ['one two', 'three…']],
    ['drops punctuation before the ellipsis', 'alpha, beta gamma delta', 100, 1, ['alpha…']],
    ['cuts a lone long word to fit beside the ellipsis', 'Donaudampfschifffahrt and more', 100, 1, ['Donaudamp…']],
    ['splits a word longer than a line between characters', 'Donaudampfschifffahrt', 100, 3, ['Donaudampf', 'schifffahr', 't']],
    ['ignores repeated spaces', 'one  two', 100, 3, ['one two']],
    ['draws nothing with no lines allowed', 'one', 100, 0, []],
    ['counts characters, not UTF-16 units', '😀😀😀😀😀 😀😀😀😀😀', 100, 2, ['😀😀😀😀😀', '😀😀😀😀😀']],
  ])('%s', (_name, text, width, maxLines, expected) => {
    expect(wrapText(text, width, maxLines, measure)).toEqual(expected);
  });

  it('keeps every line within the width', () => {
    const text = 'There are more than 340 schools here with teaching conducted in Russian, the president said on Friday.';
    for (const line of wrapText(text, 150, 4, measure)) expect(measure(line)).toBeLessThanOrEqual(150);
  });
});
