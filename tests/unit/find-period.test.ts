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

  // An article of 19 August 2024: a month without its year goes the way the clause points.
  it.each([
    ['The council will vote on 12 proposals in June.', '2025-06'],
    ['The party is set to hold its convention in July with 4,000 delegates.', '2025-07'],
    ['A poll in July shows 40 percent say the vote will be close.', '2024-07'],
    ['Officials expect 300 visitors at the fair in March.', '2025-03'],
    ['The upcoming summit in January is scheduled to draw 40 leaders.', '2025-01'],
    ['The council voted on 12 proposals in June.', '2024-06'],
    ['The club raised $5 million in September.', '2023-09'],
    ['He said in October that 20 staff would leave.', '2023-10'],
    // No sign of tense: the nearer occurrence (October 2024 is two months off, October 2023 ten).
    ['A meeting of 30 mayors in October.', '2024-10'],
    ['The tally of 30 mayors in April.', '2024-04'],
    ['Turnout of 30 percent in August.', '2024-08'],
    // A passive after `be` and an adjective in `-ed` are no past tense.
    ['The race will be held with 9 runners in March.', '2025-03'],
    ['Rents rose 4 percent in early June.', '2024-06'],
    ['The firm hired 30 staff in late September.', '2023-09'],
    ['Since last November, 400 people have left.', '2023-11'],
    ['Since last March, 400 people have left.', '2024-03'],
    ['The plant opens next June with 90 workers.', '2025-06'],
    ['About 500 people plan to attend a contested primary in February.', '2025-02'],
  ])('%s -> %s', (sentence, when) => {
    expect(periodOf(sentence)).toMatchObject({ when, basis: 'text' });
  });

  it('reads a part of a year that lies ahead as the coming one', () => {
    expect(periodOf('Output is expected to reach 9 tons in the fourth quarter.')).toMatchObject({ when: '2024-10', until: '2024-12' });
    expect(periodOf('Output reached 9 tons in the fourth quarter.')).toMatchObject({ when: '2023-10', until: '2023-12' });
  });

  // "That year" points back to a year named before it, never to the article's own year.
  it.each([
    ['The mill opened in 2009, and output peaked at 10 tons in October of that year.', '2009-10', 'in October of that year', []],
    ['The plant was built in 2011 and hired 200 workers the following year.', '2012', 'the following year', []],
    ['The plant was built in 2011 and hired 200 workers that same year.', '2011', 'that same year', []],
    ['Sales fell by 12 percent in the second half of that year.', '2015-07', 'second half of that year', ['The firm was sold in 2015.']],
    ['A year later 40 shops had closed.', '2019', 'A year later', ['Rents doubled in 2018.', 'Nobody expected it.']],
  ])('%s -> %s', (sentence, when, phrase, earlier) => {
    const match = /\d[\d.,]*(?= (?:tons|workers|percent|shops))/.exec(sentence)!;
    const period = findPeriod(sentence, match.index, match.index + match[0].length, '2024-08-19', null, earlier);
    expect(period).toMatchObject({ when, basis: 'text', phrase });
  });

  it('leaves the period open when "that year" has no year before it', () => {
    expect(periodOf('Output peaked at 10 tons in October of that year.')).toMatchObject({ when: null, basis: 'text', phrase: 'in October of that year' });
    expect(periodOf('The plant hired 200 workers the following year.')).toMatchObject({ when: null, basis: 'text', phrase: 'the following year' });
  });

  it('reads no month in a modal verb', () => {
    expect(periodOf('This may cost 40 jobs.')).toMatchObject({ basis: 'article-date' });
  });

  it('takes the article date when the sentence names no time, and never reads a masthead as one', () => {
    expect(periodOf('He told USA TODAY that 40 people came.')).toEqual({ when: '2024-08-19', basis: 'article-date', phrase: null, per: null });
    expect(periodOf('There are 324 schools.')).toMatchObject({ basis: 'article-date' });
  });
});
