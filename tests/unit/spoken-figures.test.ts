import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';
import { makeClaimId } from '../../src/ingest/extract/make-claim-id.ts';

/** The claims of a text article of the given paragraphs, as [figure, unit, speaker]. */
function claimsOf(...paragraphs: string[]): [string, string, string | null][] {
  const text = `Speech rule test\n\n${paragraphs.join('\n\n')}\n`;
  const entry = ingestArticle({ source: 'speech.txt', articleId: 'speech', format: 'text', bytes: Buffer.from(text) });
  return entry.data.claims.map((claim) => [claim.quantity, claim.unit, claim.speaker]);
}

describe('the speech rule: a figure in digits inside attributed speech is a claim', () => {
  it.each([
    ['a duration in a quotation', '"I have fished this bay for 20 years," said harbour pilot Tomas Berg.', '20', 'year'],
    ['a duration in reported speech', 'Mayor Ana Lopez said the crews had trained for 18 months before the opening.', '18', 'month'],
    ['a duration before a closing cue', 'The ferry crossing takes 45 minutes in calm weather, captain Lena Hart said.', '45', 'min'],
    ['an age in a quotation', '"I am 51, and I have never seen a winter like this," said farmer Piet Vos.', '51', 'year'],
    ['an age in reported speech', 'Olga Marsh said she was hired in 1998 by a manager who was then 35.', '35', 'year'],
    ['a bare count in a quotation', '"We need to get to 1,237 before the summer," said campaign manager Rosa Diaz.', '1,237', 'count'],
    ['a multiplier in reported speech', 'Engineer Kai Lund said the new pumps work 10 times faster.', '10', 'times'],
    ['a count with a hyphened noun', 'Senator Maya Holt said her 50-state plan would start in March.', '50', 'state'],
  ])('keeps %s: %s', (_, sentence, figure, unit) => {
    expect(claimsOf(sentence)).toContainEqual([figure, unit, expect.any(String)]);
  });

  it.each([
    ['a duration', 'The crews trained for 18 months before the opening.'],
    ['an age', 'The manager was then 35 and new to the town.'],
    ['a bare count', 'The delegates needed to get to 1,237 before the summer.'],
  ])('leaves %s outside attributed speech to the claim rule, which passes over it: %s', (_, sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it.each([
    ['an abbreviated year', '"That is what he did in ’08 and ’12," said strategist Ida Rask.'],
    ['a height', '"He is like 6’2” and still plays," said coach Ole Brun.'],
    ['list markers', '"She 1) reads the file, 2) signs it and 3) files it," said clerk Eva Moen.'],
    ['a number that names a thing', 'Pilot Jon Dahl said his 757 was a great aircraft and that a 911 call came in.'],
    ['a numbered name', '"We need Chapter 9," said treasurer Lise Krog.'],
    ['a spelled-out number', '"It took two years," said builder Arne Falk.'],
    ['the age of the speaker beside the cue', '"The hall is too small," said Maria Lind, 56, who has lived here since 1990.'],
  ])('still leaves out %s in speech: %s', (_, sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it('gives a spoken figure the speaker of the quotation', () => {
    expect(claimsOf('"I have fished this bay for 20 years," said harbour pilot Tomas Berg.')).toEqual([['20', 'year', 'Tomas Berg']]);
  });

  it('keeps the ids of the claims the claim rule made when the speech rule adds a figure before them', () => {
    const sentence = 'Mayor Ana Lopez said that 40 had waited for years, and 40 schools got new buses.';
    const entry = ingestArticle({ source: 'a.txt', articleId: 'a', format: 'text', bytes: Buffer.from(`Ids\n\n${sentence}\n`) });
    expect(entry.data.claims.map((claim) => [claim.quantity, claim.unit])).toEqual([['40', 'count'], ['40', 'school']]);
    // The claim rule's `40 schools` is the first 40 it claims in the sentence, as before the speech rule.
    expect(entry.data.claims[1]!.id).toBe(makeClaimId('a', sentence, '40', 'schools', 0));
  });
});

describe('the speech rule: ages given as decades', () => {
  it('keeps "in my 40s" in a quotation as an age from 40 to 49', () => {
    const entry = ingestArticle({ source: 'd.txt', articleId: 'd', format: 'text', bytes: Buffer.from('Decades\n\n"I found myself, in my 40s, starting again," said painter Lena Sorn.\n') });
    expect(entry.data.claims.map((claim) => [claim.quantity, claim.unit, claim.min, claim.max, claim.qualifier])).toEqual([['40s', 'year', 40, 49, 'range']]);
  });

  it('leaves a decade of age outside speech alone', () => {
    const entry = ingestArticle({ source: 'd.txt', articleId: 'd', format: 'text', bytes: Buffer.from('Decades\n\nThe painter started again in her 40s.\n') });
    expect(entry.data.claims).toEqual([]);
  });
});
