import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';

/** The claims of a one-paragraph text article, as [figure, unit, subject]. */
function claimsOf(text: string): [string, string, string][] {
  const entry = ingestArticle({ source: 'selection.txt', articleId: 'selection', format: 'text', bytes: Buffer.from(`Selection test\n\n${text}\n`) });
  return entry.data.claims.map((claim) => [claim.quantity, claim.unit, claim.subject]);
}

describe('claim selection', () => {
  it.each([
    ['A farmer at the meeting said he earns $38,500 a year from his orchard.', '$38,500'],
    ['The mayor said the ferry service costs $250,000 a month to run.', '$250,000'],
    ['Critics said the subsidy would cost $90 billion a year.', '$90 billion'],
  ])('keeps money per period as a claim even with no measured noun after it: %s', (sentence, figure) => {
    expect(claimsOf(sentence).map(([quantity]) => quantity)).toContain(figure);
  });

  it.each([
    ['Unions want a $17-an-hour minimum wage for warehouse staff.', '$17', 'USD', 'minimum wage for warehouse staff'],
    ['The gym charges a $30-a-month fee for the pool.', '$30', 'USD', 'fee for the pool'],
  ])('reads money with a hyphened period as a rate: %s', (sentence, figure, unit, subject) => {
    expect(claimsOf(sentence)).toContainEqual([figure, unit, subject]);
  });

  it.each([
    ['The auditors flagged 37 of the council’s invoices as duplicates.', '37', 'invoice'],
    ['The bank said it would close 41 of its rural branches next year.', '41', 'branch'],
    ['Inspectors found that 18 of Smith’s permits had expired.', '18', 'permit'],
  ])('counts a part of a named whole written in digits: %s', (sentence, figure, unit) => {
    expect(claimsOf(sentence)).toContainEqual([figure, unit, expect.any(String)]);
  });

  it('leaves a spelled small number that picks out members of a group as context', () => {
    expect(claimsOf('Two of the candidates walked out of the debate early.')).toEqual([]);
  });
});
