import { describe, expect, it } from 'vitest';
import { periodSpan } from '../../src/lib/topics/period-span.ts';
import { describeMeasured, inlineQuantity, summarizePoints } from '../../src/lib/topics/summarize-topic.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';

/** A claim with just what the summary reads. */
function point(quantity: string, when: string, speaker: string | null, outlet: string | null, per: MatchableClaim['period']['per'] = null) {
  const claim: MatchableClaim = {
    id: quantity, quantity, speaker, value: 1, unit: 't', kind: per ? 'rate' : 'count', qualifier: 'exact', min: 1, max: 1,
    subject: 'x', terms: [], period: { when, basis: 'text', phrase: null, per },
    article: { id: 'a', data: { date: when, outlet } },
  };
  return { claim, span: periodSpan(claim.period, when) };
}

describe('describeMeasured', () => {
  it.each([
    ['schools with teaching conducted in Russian', 'count', 'the number of schools with teaching conducted in Russian'],
    ['number of tourists', 'count', 'the number of tourists'],
    ['trade volume between Azerbaijan and Russia', 'money', 'the trade volume between Azerbaijan and Russia'],
    ['the state budget', 'money', 'the state budget'],
    ['share of women in parliament', 'percent', 'the share of women in parliament'],
  ] as const)('puts "%s" (%s) as "%s"', (subject, kind, expected) => {
    expect(describeMeasured(subject, kind)).toBe(expected);
  });
});

describe('summarizePoints', () => {
  it.each([
    [
      'one speaker, two figures',
      [point('more than 340', '2021-09', 'Ilham Aliyev', 'APA'), point('324', '2024-08', 'Ilham Aliyev', 'News.Az')],
      'Ilham Aliyev put the number of schools at more than 340 in September 2021 and at 324 in August 2024.',
    ],
    [
      'two speakers',
      [point('340', '2021', 'Ilham Aliyev', 'APA'), point('324', '2024', 'Emin Amrullayev', 'Report')],
      'Ilham Aliyev put the number of schools at 340 in 2021; Emin Amrullayev put it at 324 in 2024.',
    ],
    [
      'an unattributed figure, credited to its outlet',
      [point('340', '2021-09-24', null, 'APA'), point('324', '2024-08-19', null, null)],
      'APA put the number of schools at 340 on 24 September 2021; an unattributed report put it at 324 on 19 August 2024.',
    ],
    [
      'a rate whose words leave out the period',
      [point('15 million tons', '2024', 'Ilham Aliyev', 'News.Az', 'year')],
      'Ilham Aliyev put the number of schools at 15 million tons a year in 2024.',
    ],
  ])('says who put it at what, when: %s', (_, points, expected) => {
    expect(summarizePoints(points, 'schools', 'count')).toBe(expected);
  });
});

describe('inlineQuantity', () => {
  it.each([
    ['Four', 'four'],
    ['More than 100', 'more than 100'],
    ['four', 'four'],
    ['$7.25', '$7.25'],
    ['ELEVEN', 'ELEVEN'],
    ['Hundreds', 'hundreds'],
  ])('reads the figure "%s" inside a sentence as "%s"', (quantity, inline) => {
    expect(inlineQuantity(quantity)).toBe(inline);
  });
});
