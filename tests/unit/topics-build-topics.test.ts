import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../src/lib/topics/build-topics.ts';
import { topicId } from '../../src/lib/topics/topic-id.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';
import { makeClaim } from '../fixtures/topics/sample-claims.ts';

/** An article published on `date` by `outlet`. */
const article = (id: string, date: string | null, outlet = 'Outlet') => ({ id, data: { date, outlet } });

/** A count of schools as the ingest writes it. */
function schools(id: string, art: MatchableClaim['article'], value: number, subject: string, speaker: string | null = 'Ilham Aliyev') {
  return makeClaim(art, { id, quantity: String(value), value, unit: 'school', kind: 'count', qualifier: 'exact', min: value, max: value, subject, speaker });
}

const a2021 = article('a2021', '2021-09-24', 'APA');
const a2024 = article('a2024', '2024-08-19', 'News.Az');
const a2025 = article('a2025', '2025-03-02', 'Report');
const a2019 = article('a2019', '2019-01-10', 'Trend');

describe('buildTopics', () => {
  it('keeps a topic id when newer articles are added and when claims come in another order', () => {
    const first = [schools('s-2021', a2021, 340, 'schools teaching in Russian'), schools('s-2024', a2024, 324, 'schools in Azerbaijan teaching in Russian')];
    const before = buildTopics(first);
    const later = buildTopics([schools('s-2025', a2025, 318, 'Russian-language schools in Azerbaijan'), ...first.reverse()]);
    expect(before.topics).toHaveLength(1);
    expect(later.topics).toHaveLength(1);
    expect(later.topics[0]!.id).toBe(before.topics[0]!.id);
    expect(later.topics[0]!.points.map((point) => point.claim.id)).toEqual(['s-2021', 's-2024', 's-2025']);
  });

  it('derives the id from the earliest-published claim, so an older article gives the topic a new one', () => {
    const claims = [schools('s-2021', a2021, 340, 'schools teaching in Russian'), schools('s-2024', a2024, 324, 'schools in Azerbaijan teaching in Russian')];
    expect(buildTopics(claims).topics[0]!.id).toBe(topicId('s-2021', 'school'));
    const withOlder = buildTopics([...claims, schools('s-2019', a2019, 350, 'schools where teaching is in Russian')]);
    expect(withOlder.topics[0]!.id).toBe(topicId('s-2019', 'school'));
  });

  it('shows a figure someone calls for beside the figure that is, never as agreeing with it', () => {
    const wage = (id: string, art: MatchableClaim['article'], text: string) => ({
      ...makeClaim(art, { id, quantity: '$15', value: 15, unit: 'USD', kind: 'money', qualifier: 'exact', min: 15, max: 15, subject: 'minimum wage in Lakeside', speaker: null }),
      text,
    });
    const law = wage('law', a2021, 'Lakeside became the first city to mandate a $15 minimum wage in Lakeside.');
    const demand = wage('demand', a2024, 'Workers marched on Friday and demanded a $15 minimum wage in Lakeside.');
    const index = buildTopics([law, demand]);
    expect(index.topics).toHaveLength(1);
    const relation = (id: string) => index.topics[0]!.points.find((point) => point.claim.id === id)!.relation;
    expect(relation('law')).toBe('first');
    expect(relation('demand')).toBe('forecast');
  });

  it('never words a possibly related target as a change from the actual figure', () => {
    const wage = (id: string, art: MatchableClaim['article'], value: number, text: string) => ({
      ...makeClaim(art, { id, quantity: `$${value}`, value, unit: 'USD', kind: 'money', qualifier: 'exact', min: value, max: value, subject: 'minimum wage in Lakeside', speaker: null }),
      text,
    });
    const now = wage('now', a2021, 9, 'The minimum wage in Lakeside is $9 an hour.');
    const demand = wage('demand', a2024, 15, 'Workers marched on Friday and demanded a $15 minimum wage in Lakeside.');
    const index = buildTopics([now, demand]);
    expect(index.topics).toHaveLength(0);
    const [link] = index.relatedByClaimId.get('now')!;
    expect(link!.change.text).toMatch(/^not compared as a change/);
  });

  it('does not chain two places together through a claim that names none', () => {
    const baku = schools('baku', a2021, 100, 'schools in Baku teaching in Russian');
    const anywhere = schools('anywhere', a2024, 300, 'schools teaching in Russian');
    const ganja = schools('ganja', a2025, 20, 'schools in Ganja teaching in Russian');
    const index = buildTopics([baku, anywhere, ganja]);
    expect(index.topics).toHaveLength(1);
    const members = index.topics[0]!.points.map((point) => point.claim.id);
    expect(members).toHaveLength(2);
    expect(members).toContain('anywhere');
    const outside = members.includes('baku') ? 'ganja' : 'baku';
    expect(index.topicByClaimId.get(outside)).toBeUndefined();
    // The refused join is still shown, as possibly related.
    expect(index.relatedByClaimId.get(outside)!.map((link) => link.other.id)).toEqual(['anywhere']);
  });

  it('tells a speaker revising a figure from two sources disagreeing', () => {
    const revised = buildTopics([schools('r1', a2021, 340, 'schools teaching in Russian'), schools('r2', a2024, 324, 'schools teaching in Russian')]).topics[0]!;
    expect(revised.sameSpeaker).toBe(true);
    expect(revised.overall!.change.relation).toBe('same-speaker');

    const disagree = buildTopics([
      schools('d1', a2021, 340, 'schools teaching in Russian', 'Ilham Aliyev'),
      schools('d2', a2024, 324, 'schools teaching in Russian', 'Emin Amrullayev'),
    ]).topics[0]!;
    expect(disagree.sameSpeaker).toBe(false);
    expect(disagree.speakers).toEqual(['Ilham Aliyev', 'Emin Amrullayev']);
    expect(disagree.summary).toBe(
      'Ilham Aliyev put the number of schools teaching in Russian at 340 in September 2021; Emin Amrullayev put it at 324 in August 2024.',
    );
    expect(disagree.headline).toBe('Down by 16 (4.71%) in about three years, 5.51 a year. The figures come from different sources.');
  });

  it('flags figures for the same period that cannot both be true', () => {
    const index = buildTopics([
      schools('c1', article('c1', '2024-08-02', 'APA'), 340, 'schools teaching in Russian', 'Ilham Aliyev'),
      schools('c2', article('c2', '2024-08-19', 'News.Az'), 324, 'schools teaching in Russian', 'Emin Amrullayev'),
    ]);
    const topic = index.topics[0]!;
    expect(topic.status).toBe('contradiction');
    expect(topic.contradictions).toHaveLength(1);
    expect(topic.headline).toBe('Lower by 16 (4.71%) for the same period: two sources disagree.');
  });

  it('lists each figure that disagrees for the same period once, against the earliest it disagrees with', () => {
    // Three figures for one period, each disagreeing with the others: two rows, not three pairs
    // (the pairs grow with the square of the figures: thousands on one page of a large archive).
    const index = buildTopics([
      schools('p1', article('p1', '2024-08-02', 'APA'), 340, 'schools teaching in Russian', 'Ilham Aliyev'),
      schools('p2', article('p2', '2024-08-19', 'News.Az'), 324, 'schools teaching in Russian', 'Emin Amrullayev'),
      schools('p3', article('p3', '2024-08-25', 'Report'), 310, 'schools teaching in Russian', 'Jane Roe'),
    ]);
    const topic = index.topics[0]!;
    expect(topic.status).toBe('contradiction');
    expect(topic.contradictions.map((step) => [step.from.claim.id, step.to.claim.id])).toEqual([
      ['p1', 'p2'],
      ['p1', 'p3'],
    ]);
    expect(topic.points.map((point) => point.relation)).toEqual(['first', 'conflicts', 'conflicts']);
    expect(topic.headline).toBe('Lower by 16 (4.71%) for the same period: two sources disagree.');
  });

  it('places a figure on the period it describes, not the article date', () => {
    const money = (id: string, art: MatchableClaim['article'], value: number, when: string, phrase: string | null) =>
      makeClaim(art, {
        id, quantity: `$${value / 1e9} billion`, value, unit: 'USD', kind: 'money', qualifier: 'exact', min: value, max: value,
        subject: 'trade between Azerbaijan and Russia', period: { when, basis: 'text', phrase },
      });
    const topic = buildTopics([money('t2021', a2021, 3e9, '2020', 'last year'), money('t2024', a2024, 4e9, '2023', 'last year')]).topics[0]!;
    expect(topic.points.map((point) => point.span?.label)).toEqual(['2020', '2023']);
    expect(topic.overall!.change.years).toBeCloseTo(3, 2);
    expect(topic.summary).toBe('Ilham Aliyev put the trade between Azerbaijan and Russia at $3 billion in 2020 and at $4 billion in 2023.');
  });

  it('compares claims in one article for different periods, never for the same one', () => {
    const art = article('one', '2024-05-01');
    const money = (id: string, when: string, value: number) =>
      makeClaim(art, { id, quantity: String(value), value, unit: 'USD', kind: 'money', qualifier: 'exact', min: value, max: value, subject: 'exports of Georgia', period: { when, basis: 'text' } });
    expect(buildTopics([money('e2022', '2022', 1e9), money('e2023', '2023', 2e9)]).topics).toHaveLength(1);
    expect(buildTopics([money('x1', '2023', 1e9), money('x2', '2023', 2e9)]).topics).toHaveLength(0);
  });

  it('orders topics newest change first', () => {
    const index = buildTopics([
      schools('old1', a2019, 10, 'schools in Baku teaching in English'),
      schools('old2', a2021, 12, 'schools in Baku teaching in English'),
      schools('new1', a2024, 340, 'schools teaching in Russian'),
      schools('new2', a2025, 324, 'schools teaching in Russian'),
    ]);
    expect(index.topics.map((topic) => topic.points[0]!.claim.id)).toEqual(['new1', 'old1']);
  });

  it('summarises a long run of figures by its first and last', () => {
    const dates = ['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01'];
    const claims = dates.map((date, i) => schools(`run${i}`, article(`run${i}`, date), 300 + i, 'schools teaching in Russian'));
    expect(buildTopics(claims).topics[0]!.summary).toBe(
      'Ilham Aliyev put the number of schools teaching in Russian at 300 in January 2019 and at 305 in January 2024, with 4 other figures in between.',
    );
  });
});
