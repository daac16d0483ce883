import { describe, expect, it } from 'vitest';
import { calendarDate, formatDate, formatPeriod } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it.each([
    ['reads the calendar date of a time with an offset without shifting it', '2021-09-24T23:30:00-04:00', '24 September 2021'],
    ['writes a plain date with the month in words', '2024-08-19', '19 August 2024'],
    ['writes a month and year', '2024-08', 'August 2024'],
    ['writes a bare year as it is', '2023', '2023'],
    ['hands back text it cannot read', 'yesterday', 'yesterday'],
  ])('%s', (_name, input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('calendarDate', () => {
  it('keeps only the date part of a date-time', () => {
    expect(calendarDate('2021-09-24T15:11:00+04:00')).toBe('2021-09-24');
  });
});

describe('formatPeriod', () => {
  it.each([
    ['says when the period was assumed from the article date', { when: '2021-09-24', basis: 'article-date', phrase: null }, '24 September 2021 (not stated; taken from the article’s date)'],
    ['quotes the words that set the period', { when: '2023', basis: 'text', phrase: 'last year' }, '2023 (“last year”)'],
    ['admits an unknown period', { when: null, basis: 'article-date', phrase: null }, 'not stated, and the article has no date'],
    ['says when the words point to a year the article does not name', { when: null, basis: 'text', phrase: 'that year' }, 'not known: “that year” refers to a year the article does not name'],
  ] as const)('%s', (_name, period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });
});
