import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, eachClaimCsvRow, eachClaimRecord, toCsvCell, type TableClaim } from '../../src/lib/claim-table.ts';

const claim: TableClaim = {
  id: 'more-than-340-schools-a1b2c3',
  text: 'There are more than 340 schools here.',
  quantity: 'more than 340',
  speaker: 'Ilham Aliyev',
  value: 340,
  unit: 'school',
  kind: 'count',
  qualifier: 'more-than',
  min: 340,
  max: null,
  subject: 'schools with teaching conducted in Russian',
  terms: ['school', 'russian-medium'],
  period: { when: '2021-09-24', basis: 'article-date', phrase: null, per: null },
  context: { before: null, after: null },
  article: { id: '000-abc', data: { title: 'Interview', date: '2021-09-24T15:11:00+04:00', outlet: 'APA', url: null } },
  review: { data: { verdict: 'needs-context', reviewer: 'A. Editor', date: '2024-09-01' } },
};
const urls = { claim: (id: string) => `https://x.org/claims/${id}/`, article: (id: string) => `https://x.org/articles/${id}/` };

describe('eachClaimRecord', () => {
  it('gives every column a value, keeping numbers, nulls and lists typed', () => {
    const [record] = [...eachClaimRecord([claim], urls)];
    expect(Object.keys(record ?? {})).toEqual(CLAIM_COLUMNS.map((column) => column.name));
    expect(record).toMatchObject({
      url: 'https://x.org/claims/more-than-340-schools-a1b2c3/',
      figure: 'more than 340 schools',
      value: 340,
      max: null,
      terms: ['school', 'russian-medium'],
      article_url: 'https://x.org/articles/000-abc/',
      verdict: 'Needs context',
      reviewer: 'A. Editor',
    });
  });

  it('describes every column for the data page', () => {
    for (const column of CLAIM_COLUMNS) expect(column.description.length).toBeGreaterThan(5);
  });
});

describe('eachClaimCsvRow', () => {
  it('starts with the header row and writes one row per claim', () => {
    const rows = [...eachClaimCsvRow([claim, { ...claim, id: 'second-1', review: null }], urls)];
    expect(rows[0]).toEqual(CLAIM_COLUMNS.map((column) => column.name));
    expect(rows).toHaveLength(3);
    expect(rows[2]?.[CLAIM_COLUMNS.findIndex((column) => column.name === 'verdict')]).toBe('');
  });
});

describe('toCsvCell', () => {
  it.each([
    ['writes null as an empty cell', null, ''],
    ['writes numbers as digits', 4000000000, '4000000000'],
    ['writes a negative number unchanged', -5, '-5'],
    ['joins lists with semicolons', ['a', 'b'], 'a; b'],
    ['defuses a spreadsheet formula', '=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['defuses a leading plus', '+1 555', `'+1 555`],
    ['defuses a leading at-sign', '@SUM(A1)', `'@SUM(A1)`],
    ['leaves ordinary text alone', 'There are 340 schools.', 'There are 340 schools.'],
  ])('%s', (_name, cell, expected) => {
    expect(toCsvCell(cell)).toBe(expected);
  });
});
