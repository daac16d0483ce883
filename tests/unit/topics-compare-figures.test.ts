import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import { compareFigures, speakerRelation } from '../../src/lib/topics/compare-figures.ts';
import { figureInterval, intervalsOverlap } from '../../src/lib/topics/figure-interval.ts';
import { periodSpan } from '../../src/lib/topics/period-span.ts';

type Words = Pick<Claim, 'value' | 'qualifier' | 'min' | 'max'>;
const exact = (value: number): Words => ({ value, qualifier: 'exact', min: value, max: value });
const about = (value: number): Words => ({ value, qualifier: 'about', min: null, max: null });
const moreThan = (value: number): Words => ({ value, qualifier: 'more-than', min: value, max: null });
const atLeast = (value: number): Words => ({ value, qualifier: 'at-least', min: value, max: null });
const lessThan = (value: number): Words => ({ value, qualifier: 'less-than', min: null, max: value });
const vague = (min: number, max: number): Words => ({ value: null, qualifier: 'vague', min, max });

/** A figure for the comparison: words, the period it describes, who said it. */
function figure(words: Words, when: string | null, speaker: string | null = 'Ilham Aliyev', kind: Claim['kind'] = 'count') {
  return {
    figure: figureInterval({ ...words, kind }),
    span: periodSpan({ when, basis: when !== null && when.length < 10 ? 'text' : 'article-date' }, null),
    speaker,
  };
}

describe('compareFigures', () => {
  it.each([
    // from, to, status, text
    [moreThan(340), exact(324), 'changed', 'down by more than 16 (more than 4.7%) in about three years, more than 5.5 a year'],
    [vague(10_000, 99_999), about(160_000), 'changed', 'up by at least 60,000 and at most 150,000 (at least 60% and at most 1,500%) in about three years'],
    [exact(100), exact(150), 'changed', 'up by 50 (50%) in about three years, 17.2 a year'],
    [exact(340), exact(340), 'consistent', 'consistent'],
    [about(160_000), exact(158_000), 'consistent', 'consistent within the rounding the words allow'],
    [moreThan(300), exact(324), 'consistent', 'consistent'],
    // A count is never below zero, so "fewer than 100" bounds the rise above too; no % from a base that may be 0.
    [lessThan(100), exact(150), 'changed', 'up by more than 50 and at most 150 in about three years'],
    [atLeast(15e6), exact(12e6), 'changed', 'down by at least 3 million (at least 20%) in about three years, at least 1.03 million a year'],
  ] as const)('%o then %o is %s: %s', (from, to, status, text) => {
    const change = compareFigures(figure(from, '2021-09-24'), figure(to, '2024-08-19'), { kind: 'count', unit: 'school' });
    expect(change.status).toBe(status);
    expect(change.text).toBe(text);
  });

  it.each([
    ['2023', '2023', true],
    ['2023', '2023-05', true],
    ['2024-08-19', '2024-08-02', true],
    ['2023', '2024-08-19', false],
    ['2021-09-24', '2024-08-19', false],
  ])('treats %s and %s as the same period: %s', (a, b, same) => {
    const change = compareFigures(figure(exact(1), a), figure(exact(2), b), { kind: 'count', unit: 'school' });
    expect(change.samePeriod).toBe(same);
    expect(change.status).toBe(same ? 'contradiction' : 'changed');
  });

  it('calls different figures for the same period a contradiction, with the gap and who disagrees', () => {
    const change = compareFigures(figure(exact(4e9), '2023', 'Ilham Aliyev', 'money'), figure(exact(3.2e9), '2023', 'Vladimir Putin', 'money'), { kind: 'money', unit: 'USD' });
    expect(change.status).toBe('contradiction');
    expect(change.text).toBe('lower by $800 million (20%) for the same period');
    expect(change.relation).toBe('different-speakers');
    expect(change.relationText).toBe('Two sources disagree.');
  });

  it('says so when the same speaker revises a figure, and when a figure is unattributed', () => {
    const same = compareFigures(figure(exact(1), '2021'), figure(exact(2), '2023'), { kind: 'count', unit: 'x' });
    expect(same.relationText).toBe('The same speaker gave both figures.');
    const unattributed = compareFigures(figure(exact(1), '2021', null), figure(exact(2), '2023'), { kind: 'count', unit: 'x' });
    expect(unattributed.relation).toBe('unattributed');
  });

  it('compares undated figures without inventing a direction in time', () => {
    const change = compareFigures(figure(exact(100), null), figure(exact(50), '2024'), { kind: 'count', unit: 'x' });
    expect(change.status).toBe('undated');
    expect(change.text).toBe('lower by 50 (50%); at least one figure has no date');
  });

  it('gives percentage points, not per cent of per cent, for shares', () => {
    const change = compareFigures(figure(exact(12), '2020', null, 'percent'), figure(exact(15), '2024', null, 'percent'), { kind: 'percent', unit: '%' });
    expect(change.percent).toBeNull();
    expect(change.text).toMatch(/^up by 3 percentage points in about four years/);
  });

  it.each([
    ['Ilham Aliyev', 'ilham aliyev ', 'same-speaker'],
    ['Ilham Aliyev', 'Vladimir Putin', 'different-speakers'],
    [null, 'Vladimir Putin', 'unattributed'],
  ] as const)('relates speakers %s and %s as %s', (a, b, relation) => {
    expect(speakerRelation(a, b)).toBe(relation);
  });
});

describe('figureInterval', () => {
  it.each([
    [moreThan(340), { lo: { value: 340, strict: true }, hi: null }],
    [atLeast(340), { lo: { value: 340, strict: false }, hi: null }],
    [lessThan(100), { lo: { value: 0, strict: false }, hi: { value: 100, strict: true } }],
    [vague(10_000, 99_999), { lo: { value: 10_000, strict: false }, hi: { value: 99_999, strict: false } }],
    [about(160_000), { lo: { value: 160_000, strict: false }, hi: { value: 160_000, strict: false } }],
  ] as const)('states %o as %o', (words, stated) => {
    expect(figureInterval({ ...words, kind: 'count' }).stated).toEqual(stated);
  });

  it.each([
    [160_000, 155_000, 165_000],
    [4e9, 3.5e9, 4.5e9],
    [324, 317.52, 330.48],
  ])('lets "about %d" stand for %d to %d', (value, lo, hi) => {
    const { tolerant } = figureInterval({ ...about(value), kind: 'count' });
    expect(tolerant.lo?.value).toBeCloseTo(lo, 5);
    expect(tolerant.hi?.value).toBeCloseTo(hi, 5);
  });

  it('converts to the family scale: 1.5 t is 1,500 kg', () => {
    expect(figureInterval({ ...exact(1.5), kind: 'measure' }, 1000).stated.lo?.value).toBe(1500);
  });

  it('treats touching strict ends as not overlapping', () => {
    const above = figureInterval({ ...moreThan(340), kind: 'count' }).stated;
    expect(intervalsOverlap(above, figureInterval({ ...exact(340), kind: 'count' }).stated)).toBe(false);
    expect(intervalsOverlap(above, figureInterval({ ...exact(341), kind: 'count' }).stated)).toBe(true);
  });
});
