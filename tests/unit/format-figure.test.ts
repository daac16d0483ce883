import { describe, expect, it } from 'vitest';
import { describeInterval, formatFigure, formatScaled, type FigureFields } from '../../src/lib/format-figure.ts';

/** A figure with sensible defaults; each row overrides what it is about. */
function figure(overrides: Partial<FigureFields>): FigureFields {
  return {
    quantity: '340',
    value: 340,
    unit: 'school',
    kind: 'count',
    qualifier: 'exact',
    min: 340,
    max: 340,
    period: { per: null },
    ...overrides,
  };
}

describe('formatFigure', () => {
  const rows: Array<[string, Partial<FigureFields>, { words: string; label: string; number: string | null }]> = [
    [
      'says an open lower bound as "more than" and counts in the plural',
      { quantity: 'more than 340', qualifier: 'more-than', min: 340, max: null },
      { words: 'more than 340 schools', label: 'more than 340 schools', number: '340 schools' },
    ],
    [
      'keeps "about" and writes thousands with separators',
      { quantity: 'about 160,000', value: 160000, unit: 'student', qualifier: 'about', min: null, max: null },
      { words: 'about 160,000 students', label: 'about 160,000 students', number: '160,000 students' },
    ],
    [
      'keeps vague words as written and shows the bounds they allow in digits',
      { quantity: 'tens of thousands', value: null, unit: 'student', qualifier: 'vague', min: 10000, max: 99999 },
      {
        words: 'tens of thousands of students',
        label: 'tens of thousands of students (10,000–99,999)',
        number: null,
      },
    ],
    [
      'writes money in scale words with the full amount and an unambiguous currency sign',
      { quantity: '$4 billion', value: 4e9, unit: 'USD', kind: 'money', min: 4e9, max: 4e9 },
      { words: '$4 billion', label: '$4 billion (US$4,000,000,000)', number: 'US$4,000,000,000' },
    ],
    [
      'puts "or more" after a rate for an at-least figure with a unit symbol',
      {
        quantity: '15 million tons per year and more',
        value: 15e6,
        unit: 't',
        kind: 'rate',
        qualifier: 'at-least',
        min: 15e6,
        max: null,
        period: { per: 'year' },
      },
      { words: '15 million t per year or more', label: '15 million t per year or more', number: '15,000,000 t per year' },
    ],
    [
      'uses "approximately" money with a scale word and a currency without a sign by its name',
      { quantity: 'approximately 120 million manats', value: 120e6, unit: 'AZN', kind: 'money', qualifier: 'about', min: null, max: null },
      {
        words: 'about 120 million Azerbaijani manats',
        label: 'about 120 million Azerbaijani manats (AZN 120,000,000)',
        number: 'AZN 120,000,000',
      },
    ],
    [
      'does not round a number that has no exact scale word',
      { quantity: '1,234,567', value: 1234567, unit: 'person', min: 1234567, max: 1234567 },
      { words: '1,234,567 people', label: '1,234,567 people', number: '1,234,567 people' },
    ],
    [
      'writes a single counted thing in the singular',
      { quantity: 'one', value: 1, unit: 'university', min: 1, max: 1 },
      { words: '1 university', label: '1 university', number: '1 university' },
    ],
    [
      'says "fewer than" for counts and "less than" for measures',
      { quantity: 'fewer than 26', value: 26, unit: 'university', qualifier: 'less-than', min: null, max: 26 },
      { words: 'fewer than 26 universities', label: 'fewer than 26 universities', number: '26 universities' },
    ],
    [
      'says "less than" for a measure',
      { quantity: 'under 5 km', value: 5, unit: 'km', kind: 'measure', qualifier: 'less-than', min: null, max: 5 },
      { words: 'less than 5 km', label: 'less than 5 km', number: '5 km' },
    ],
    [
      'writes percentages without a space',
      { quantity: 'up to 45%', value: 45, unit: '%', kind: 'percent', qualifier: 'at-most', min: null, max: 45 },
      { words: '45% or less', label: '45% or less', number: '45%' },
    ],
    [
      'says a range from its bounds and shows them in digits',
      { quantity: 'between 10 and 20', value: null, unit: 'school', qualifier: 'range', min: 10, max: 20 },
      { words: '10 to 20 schools', label: '10 to 20 schools (10–20)', number: null },
    ],
    [
      'says a money range with the currency on both ends',
      { quantity: '$4-5 billion', value: null, unit: 'USD', kind: 'money', qualifier: 'range', min: 4e9, max: 5e9 },
      {
        words: '$4 billion to $5 billion',
        label: '$4 billion to $5 billion (US$4,000,000,000–US$5,000,000,000)',
        number: null,
      },
    ],
    [
      'does not add "of" to vague words that do not take it',
      { quantity: 'several', value: null, unit: 'school', qualifier: 'vague', min: 2, max: null },
      { words: 'several schools', label: 'several schools (2 or more, no upper bound)', number: null },
    ],
    [
      'does not repeat the thing counted when the vague words already name it',
      { quantity: 'thousands of students', value: null, unit: 'student', qualifier: 'vague', min: null, max: null },
      { words: 'thousands of students', label: 'thousands of students', number: null },
    ],
    [
      'says a per-capita rate per person',
      { quantity: '$500 per capita', value: 500, unit: 'USD', kind: 'rate', min: 500, max: 500, period: { per: 'capita' } },
      { words: '$500 per person', label: '$500 per person (US$500 per person)', number: 'US$500 per person' },
    ],
    [
      'writes a rank as an ordinal',
      { quantity: 'third', value: 3, unit: 'trading partner', kind: 'rank', min: 3, max: 3 },
      { words: '3rd trading partner', label: '3rd trading partner', number: '3rd trading partner' },
    ],
  ];

  it.each(rows)('%s', (_name, overrides, expected) => {
    const result = formatFigure(figure(overrides));
    expect({ words: result.words, label: result.label, number: result.number }).toEqual(expected);
  });
});

describe('formatFigure digits', () => {
  it.each([
    ['keeps the qualifier with the digits of money', { quantity: 'more than $4 billion', value: 4e9, unit: 'USD', kind: 'money', qualifier: 'more-than', min: 4e9, max: null }, 'more than US$4,000,000,000'],
    ['keeps "or more" after a rate in digits', { quantity: '15 million tons per year and more', value: 15e6, unit: 't', kind: 'rate', qualifier: 'at-least', min: 15e6, max: null, period: { per: 'year' } }, '15,000,000 t per year or more'],
    ['gives the bounds of a vague amount with the thing counted', { quantity: 'tens of thousands', value: null, unit: 'student', qualifier: 'vague', min: 10000, max: 99999 }, '10,000–99,999 students'],
    ['gives the bounds of a money range with the currency', { quantity: '$4-5 billion', value: null, unit: 'USD', kind: 'money', qualifier: 'range', min: 4e9, max: 5e9 }, 'US$4,000,000,000–US$5,000,000,000'],
    ['admits a vague amount without bounds', { quantity: 'thousands', value: null, unit: 'student', qualifier: 'vague', min: null, max: null }, 'the wording sets no bounds'],
  ] as Array<[string, Partial<FigureFields>, string]>)('%s', (_name, overrides, expected) => {
    expect(formatFigure(figure(overrides)).digits).toBe(expected);
  });
});

describe('describeInterval', () => {
  const rows: Array<[string, Partial<FigureFields>, string]> = [
    ['says which end is open for "more than"', { qualifier: 'more-than', min: 340, max: null }, 'more than 340, no upper bound'],
    ['says "or more" for "at least"', { qualifier: 'at-least', min: 340, max: null }, '340 or more, no upper bound'],
    ['says "less than" with no lower bound', { qualifier: 'less-than', min: null, max: 26 }, 'less than 26, no lower bound'],
    ['gives both bounds of a vague amount', { qualifier: 'vague', value: null, min: 10000, max: 99999 }, '10,000 to 99,999'],
    ['gives one number when the bounds meet', {}, '340'],
    [
      'admits that "about" sets no exact bounds',
      { qualifier: 'about', value: 160000, min: null, max: null },
      'about 160,000; the wording sets no exact bounds',
    ],
    [
      'does not turn "about" into an exact figure when both bounds sit on the value',
      { qualifier: 'about', value: 160000, min: 160000, max: 160000 },
      'about 160,000; the wording sets no exact bounds',
    ],
    ['admits a vague amount with no bounds', { qualifier: 'vague', value: null, min: null, max: null }, 'the wording sets no bounds'],
    ['writes money bounds with the currency', { kind: 'money', unit: 'USD', min: 4e9, max: null, qualifier: 'more-than' }, 'more than US$4,000,000,000, no upper bound'],
  ];

  it.each(rows)('%s', (_name, overrides, expected) => {
    expect(describeInterval(figure(overrides))).toBe(expected);
  });
});

describe('formatScaled', () => {
  it.each([
    [4e9, '4 billion'],
    [1.5e6, '1.5 million'],
    [2.25e12, '2.25 trillion'],
    [1234567, '1,234,567'],
    [999999, '999,999'],
    [160000, '160,000'],
  ])('writes %d as %s', (value, expected) => {
    expect(formatScaled(value)).toBe(expected);
  });
});

describe('formatFigure: figures kept because they were said', () => {
  it.each([
    ['writes a duration in a spelled unit in the plural', { quantity: '20', value: 20, unit: 'year', kind: 'measure' as const, min: 20, max: 20 }, '20 years'],
    ['writes a bare count with nothing counted as the number alone', { quantity: '1,237', value: 1237, unit: 'count', min: 1237, max: 1237 }, '1,237'],
    ['keeps a measure symbol as it is', { quantity: '45', value: 45, unit: 'min', kind: 'measure' as const, min: 45, max: 45 }, '45 min'],
  ])('%s', (_, overrides, words) => {
    expect(formatFigure(figure(overrides)).words).toBe(words);
  });
});
