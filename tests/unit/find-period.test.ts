// The period a figure refers to, read from the words around it: years, months, parts of a year
// as runs of months, and the article's date when the sentence says nothing.
import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../src/ingest/extract/find-period.ts';

/** The period of the first figure (a run of digits, `$` included) in a sentence of an article of 19 August 2024. */
function periodOf(sentence: string) {
  const match = /\$?\d[\d.,]*(?: (?:billion|million))?/.exec(sentence)!;
  return findPeriod(sentence, match.index, match.index + match[0].length, '2024-08-19', null);
}

describe('findPeriod', () => {
  it.each([
    ['Trade reached $4 billion last year.', '2023', undefined, 'last year'],
    ['Trade reached $2 billion in January-May this year.', '2024-01', '2024-05', 'January-May this year'],
    ['Trade was $3 billion in the first half of last year.', '2023-01', '2023-06', 'first half of last year'],
    ['It came to $4 billion for the whole of 2023.', '2023', undefined, 'for the whole of 2023'],
    ['Output was 5 tons in the first quarter.', '2024-01', '2024-03', 'first quarter'],
    ['Sales rose to 9 cars in the third quarter of 2023.', '2023-07', '2023-09', 'third quarter of 2023'],
    ['Sales were 7 cars in the first five months of 2024.', '2024-01', '2024-05', 'first five months of 2024'],
    ['So far this year 5 ships have called.', '2024-01', '2024-08', 'So far this year'],
    ['Capacity will reach 10 GW by 2030.', '2030', undefined, 'by 2030'],
    ['Sales hit 9 cars in May.', '2024-05', undefined, 'in May'],
    // A part named without its year is the latest one begun by the article's date.
    ['Exports were $2 billion from September to November.', '2023-09', '2023-11', 'September to November'],
  ])('%s -> %s..%s', (sentence, when, until, phrase) => {
    const period = periodOf(sentence);
    expect(period).toMatchObject({ when, basis: 'text', phrase });
    expect(period.until).toBe(until);
  });

  it('takes the article date when the sentence names no time, and never reads a masthead as one', () => {
    expect(periodOf('He told USA TODAY that 40 people came.')).toEqual({ when: '2024-08-19', basis: 'article-date', phrase: null, per: null });
    expect(periodOf('There are 324 schools.')).toMatchObject({ basis: 'article-date' });
  });
});
