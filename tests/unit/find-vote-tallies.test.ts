import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';
import { findVoteTallies } from '../../src/ingest/extract/find-vote-tallies.ts';

/** The tallies of a sentence as [figure, value, subject]. */
function talliesOf(sentence: string): [string, number | null, string][] {
  return findVoteTallies(sentence).map(({ mention, subject }) => [mention.text, mention.value, subject]);
}

describe('findVoteTallies: a vote tally is two counts of votes', () => {
  it.each([
    ['a dash after "voted"', 'The council voted 52-48 to close the depot.', ['52', '48']],
    ['"to" spelled between hyphens before "decision"', 'The judges split in a 5-to-4 decision on the levy.', ['5', '4']],
    ['"to" after "by a vote of"', 'The levy passed by a vote of 90 to 10.', ['90', '10']],
    ['an en dash before "ruling"', 'It was a 7–2 ruling.', ['7', '2']],
    ['a unanimous vote', 'She was confirmed 92 to 0.', ['92', '0']],
  ])('reads %s', (_, sentence, [high, low]) => {
    expect(talliesOf(sentence)).toEqual([
      [high, Number(high), 'votes in the majority'],
      [low, Number(low), 'votes in the minority'],
    ]);
  });

  it('reads a tie as two sides alike', () => {
    expect(talliesOf('The panel is closely divided and could end up 4-4.')).toEqual([
      ['4', 4, 'votes on each side'],
      ['4', 4, 'votes on each side'],
    ]);
  });

  it.each([
    ['a sports score', 'The home side won the game 3-1.'],
    ['a ratio', 'Supporters outspent rivals 5-1 in the county.'],
    ['a poll lead among voters', 'Roe leads 48-42 among likely voters.'],
    ['a range written low to high', 'The vote is expected in 5-10 days.'],
    ['a change "from … to"', 'Their seats fell from 5 to 4 in the vote.'],
    ['a range of percentages', 'Turnout in the vote was 72-75 percent.'],
    ['a vote word in another clause', 'When asked where to vote, they said it was like 3 to 1 for Roe.'],
  ])('leaves out %s', (_, sentence) => {
    expect(talliesOf(sentence)).toEqual([]);
  });
});

describe('vote tallies as claims', () => {
  it('makes each side of a tally in speech a count of votes with the speaker', () => {
    const text = 'Tally test\n\n"So many cases were decided by 5-to-4 votes," said Professor Lena Marsh.\n';
    const entry = ingestArticle({ source: 't.txt', articleId: 't', format: 'text', bytes: Buffer.from(text) });
    expect(entry.data.claims.map((claim) => [claim.quantity, claim.unit, claim.kind, claim.value, claim.subject, claim.speaker])).toEqual([
      ['5', 'vote', 'count', 5, 'votes in the majority', 'Lena Marsh'],
      ['4', 'vote', 'count', 4, 'votes in the minority', 'Lena Marsh'],
    ]);
  });
});
