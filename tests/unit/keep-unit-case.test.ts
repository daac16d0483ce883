// Figure labels keep the text's capitals for names, nationalities and acronyms ("4 Americans",
// not "4 americans"); a headline's capitals, shouted capitals and plain nouns say nothing.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';
import { keepUnitCase } from '../../src/ingest/extract/keep-unit-case.ts';
import { formatFigure } from '../../src/lib/format-figure.ts';

describe('keepUnitCase', () => {
  it.each([
    ['american', 'Americans', 'The crash left 4 Americans injured, officials said.', 'American'],
    ['iowan', 'Iowans', 'A poll of 600 Iowans found the race close.', 'Iowan'],
    ['republican', 'Republicans', 'Only 12 Republicans voted for the bill.', 'Republican'],
    ['nurse', 'nurses', 'The ward has 12 nurses on duty.', 'nurse'],
    ['mp', 'MPs', 'The motion passed with 40 MPs absent.', 'MP'],
    // A headline capitalises every word, and capitals throughout are shouted: neither names.
    ['voter', 'Voters', 'Poll Finds 600 Voters Still Undecided In Key States', 'voter'],
    ['year', 'YEARS', 'STATE SPENT 30 YEARS ON THE ROAD', 'year'],
    // Symbols and codes are not counted nouns.
    ['USD', 'dollars', 'It cost 5 dollars.', 'USD'],
  ])('%s read from "%s" -> %s', (unit, words, sentence, expected) => {
    expect(keepUnitCase(unit, words, sentence)).toBe(expected);
  });
});

describe('figure labels from an article', () => {
  /** The claims of a one-paragraph text article. */
  function claimsOf(text: string) {
    return ingestArticle({ source: 'case.txt', articleId: 'case', format: 'text', bytes: Buffer.from(`Case test\n\n${text}\n`) }).data.claims;
  }

  it('shows a nationality with its capital, and matches it in lower case', () => {
    const [claim] = claimsOf('The embassy said 4 Americans were hurt in the crash on Tuesday.');
    expect(claim).toMatchObject({ quantity: '4', unit: 'American' });
    expect(formatFigure(claim!).label).toBe('4 Americans');
    expect(claim!.terms).toContain('american');
  });

  it.each([
    ['The ministry revised GDP for 2023, adding $40 billion.', 'GDP'],
    // Only the capital a sentence's first word takes from its place is dropped.
    ['Trade data out on Monday showed $40 billion.', 'trade'],
  ])('keeps a measured subject as written: %s', (sentence, subject) => {
    expect(claimsOf(sentence).map((claim) => claim.subject)).toEqual([subject]);
  });
});
