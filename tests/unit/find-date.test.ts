import { describe, expect, it } from 'vitest';
import { findDate, findYearlessDate } from '../../src/ingest/read/find-date.ts';

describe('findDate', () => {
  it.each([
    ['# 24 September 2021 15:11 (UTC +04:00)', '2021-09-24T15:11:00+04:00'],
    ['date 2024-08-19 + ↺ − 16 px', '2024-08-19'],
    ['September 24, 2021 at 3:11 pm GMT', '2021-09-24T15:11:00+00:00'],
    ['Sept. 24, 2021', '2021-09-24'],
    ['24th of September 2021', '2021-09-24'],
    ['Posted 24.09.2021 15:11', '2021-09-24'],
    ['2021-09-24T15:11:00+0400', '2021-09-24T15:11:00+04:00'],
    ['2024-08-19T10:00Z', '2024-08-19T10:00:00Z'],
    ['Published 3 March 2023 09:05 GMT+3', '2023-03-03T09:05:00+03:00'],
    ['1 Feb 2020, 10:30 (UTC−05:00)', '2020-02-01T10:30:00-05:00'],
    ['12 May 2022 18:40', '2022-05-12'],
  ])('reads %j as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([['31 February 2021'], ['2021-13-01'], ['no date here'], ['15:11'], ['in 2023'], ['16 px']])(
    'finds no date in %j',
    (text) => {
      expect(findDate(text)).toBeNull();
    },
  );

  it('drops a time that has no zone rather than guess one', () => {
    expect(findDate('24 September 2021 15:11')?.iso).toBe('2021-09-24');
  });
});

describe('findYearlessDate', () => {
  it.each([
    ['14 Mar. 09:30 (UTC+3 MSK)', '2023-03-21', '2023-03-14T09:30:00+03:00'],
    ['March 14', '2023-03-21', '2023-03-14'],
    ['30 Dec. 18:00', '2024-01-03', '2023-12-30'],
    ['19 March 2023', '2023-03-21', null],
    ['they may 5 times', '2023-03-21', null],
  ])('reads %j before %s as %s', (text, reference, iso) => {
    expect(findYearlessDate(text, reference)?.iso ?? null).toBe(iso);
  });
});
