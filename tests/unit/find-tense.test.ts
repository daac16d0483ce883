// Which way a clause points in time, for a month named without its year.
import { describe, expect, it } from 'vitest';
import { findTense } from '../../src/ingest/extract/find-tense.ts';

/** The tense around the first `in <Month>` of the sentence. */
function tenseOf(sentence: string) {
  const match = /\b[Ii]n [A-Z][a-z]+/.exec(sentence)!;
  return findTense(sentence, match.index, match.index + match[0].length);
}

describe('findTense', () => {
  it.each([
    ['The board will meet in May.', 'future'],
    ['The vote is expected in May.', 'future'],
    ['The upcoming election in May decides it.', 'future'],
    ['The board met in May.', 'past'],
    ['Ticket sales rose in May.', 'past'],
    ['The figures released in May surprised many.', 'past'],
    // The verb beside the phrase governs it, not one further on.
    ['She said in May that the board will meet again.', 'past'],
    ['In May, the firm will open a store.', 'future'],
    // Present tense, adjectives in -ed and passives after `be` point nowhere.
    ['The board meets in May.', null],
    ['A poll in May shows that voters will turn out.', null],
    ['The fair will be held in May.', 'future'],
    ['A contested primary in May.', null],
    // `than expected`, `next to` and a participle `coming` do not look ahead.
    ['Turnout was higher than expected in May.', 'past'],
    ['Sales next to the stadium in May.', null],
    ['Migrants coming to the city in May.', null],
  ] as const)('%s -> %s', (sentence, tense) => {
    expect(tenseOf(sentence)).toBe(tense);
  });

  it('falls back on the main verb when no verb stands near the phrase', () => {
    expect(tenseOf('Two committees on Monday asked whether she lied before investigators in October.')).toBe('past');
  });
});
