import { describe, expect, it } from 'vitest';
import { pickPublicationDate, readDateLine } from '../../src/ingest/read/pick-publication-date.ts';

const body = [
  'The ferry operator will run 6 night crossings a week from April, its chief executive said on Sunday in the harbour office.',
  'Demand after 10 pm has doubled since last summer, the operator said, adding that tickets would cost 12 euros each way.',
];

describe('pickPublicationDate', () => {
  it.each<[string, string[], string | null]>([
    ['an ISO date line', ['Ferry adds night crossings', '2023-03-19', ...body], '2023-03-19'],
    ['a date line with time and offset', ['Ferry adds night crossings', '19 March 2023 14:05 (UTC+04:00)', ...body], '2023-03-19T14:05:00+04:00'],
    ['a leading date line with a byline', ['date 2023-03-19 By Jane Roe', 'Ferry adds night crossings', ...body], '2023-03-19'],
    ['the article line, not the site header’s today', ['Tuesday, 21 March 2023', 'Ferry adds night crossings', '19 March 2023 14:05 (UTC+04:00)', ...body], '2023-03-19T14:05:00+04:00'],
    ['a header date when the page shows no other', ['Tuesday, 21 March 2023', 'Ferry adds night crossings', ...body], '2023-03-21'],
    ['a year-less line dated by the header', ['Tuesday, 21 March 2023', 'Ferry adds night crossings', '14 Mar. 09:30 (UTC+3 MSK)', ...body], '2023-03-14T09:30:00+03:00'],
    ['a year-less line in the year before a January crawl', ['30 Dec. 18:00', 'Ferry adds night crossings', ...body, 'Retrieved 3 January 2024'], '2023-12-30'],
    ['a dateline with the year in the copyright line', ['Ferry adds night crossings', `OSLO, March 14 (Reuters) - ${body[0]}`, '© 2023 Example Wire'], '2023-03-14'],
    ['the date in the page’s address', ['Source: https://news.example/2022/11/04/ferry-night-crossings', 'Ferry adds night crossings', ...body], '2022-11-04'],
    ['the publication line before the updated one', ['Updated 20 March 2023', 'Published 19 March 2023', ...body], '2023-03-19'],
    ['the article’s line, not a site header’s clock above it', ['20 March 2023, 10:42', 'Ferry adds night crossings', '19 March 2023 14:05 (UTC+04:00)', ...body], '2023-03-19T14:05:00+04:00'],
    ['a line above the story before one below it', ['Ferry adds night crossings', '19 March 2023', ...body, '2 January 2021'], '2023-03-19'],
    ['no date from a correction’s weekday date below the story', ['Ferry adds night crossings', ...body, 'An earlier version of this article misstated the fare.', 'Friday, 24 March 2023.'], null],
    ['no date from a crawl stamp alone', ['Ferry adds night crossings', ...body, 'Retrieved 3 January 2024'], null],
    ['no date from a sentence that holds one', ['Ferry adds night crossings', 'The deal was signed on 5 March 2023 in the harbour office.', ...body], null],
  ])('reads %s', (_, blocks, iso) => {
    expect(pickPublicationDate(blocks)).toBe(iso);
  });
});

describe('readDateLine', () => {
  it.each([
    ['19 March 2023 14:05 (UTC+04:00)', false],
    ['14 Mar. 09:30 (UTC+3 MSK)', true],
    ['date 2024-08-19 + ↺ − 16 px', false],
    ['Harbour Post | Published on 5 March 2024, 14:00', false],
  ])('reads %j as a date line', (line, yearless) => {
    expect(readDateLine(line)?.yearless).toBe(yearless);
  });

  it.each([['The deal was signed on 5 March 2023 in Oslo.'], ['Prices rose 5% in March 14 of the cities surveyed.'], ['No date here']])('does not read %j as one', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});
