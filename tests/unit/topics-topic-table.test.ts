// The comparisons as open data (/data/topics.json and /data/topics.csv): ids, periods, members in
// time order with their relations, and CSV cells a spreadsheet cannot run.
import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../src/lib/topics/build-topics.ts';
import { eachTopicCsvRow, eachTopicRecord } from '../../src/lib/topics/topic-table.ts';
import { makeClaim, sampleClaims } from '../fixtures/topics/sample-claims.ts';

const urls = { topic: (id: string) => `https://example.org/compare/${id}/`, claim: (id: string) => `https://example.org/claims/${id}/` };
const article = (id: string, date: string) => ({ id, data: { date, outlet: 'Outlet' } });
const trade = (id: string, date: string, value: number, period: { when: string }, modality?: 'forecast') => ({
  ...makeClaim(article(`art-${id}`, date), {
    id, quantity: `$${value} million`, value: value * 1e6, unit: 'USD', kind: 'money', qualifier: 'exact', min: value * 1e6, max: value * 1e6,
    subject: 'trade turnover between Azerbaijan and Russia', period: { when: period.when, basis: 'text' },
  }),
  ...(modality ? { modality } : {}),
});

describe('the comparisons table', () => {
  it('lists the seed comparison with its period span and members in time order, first then changed', () => {
    const [record] = [...eachTopicRecord(buildTopics(sampleClaims).topics.filter((topic) => topic.unit === 'school'), urls)];
    expect(record).toMatchObject({ unit: 'school', status: 'changed', period_from: '2021-09-01', period_to: '2024-09-01' });
    expect(record!.url).toBe(`https://example.org/compare/${record!.id}/`);
    expect(record!.members.map((member) => [member.claim_id, member.relation])).toEqual([
      ['more-than-340-schools-a1b2c3', 'first'],
      ['324-schools-0a1b2c', 'changed'],
    ]);
  });

  it('marks a retold figure as agreeing, a different one for the same year as conflicting, and a forecast apart', () => {
    const claims = [
      trade('t2023a', '2024-02-01', 4000, { when: '2023' }),
      trade('t2023b', '2024-02-03', 4000, { when: '2023' }),
      trade('t2023c', '2024-03-01', 4500, { when: '2023' }),
      trade('t2024f', '2024-04-01', 5000, { when: '2024' }, 'forecast'),
    ];
    const topics = buildTopics(claims).topics;
    expect(topics).toHaveLength(1);
    const [record] = [...eachTopicRecord(topics, urls)];
    expect(Object.fromEntries(record!.members.map((member) => [member.claim_id, member.relation]))).toEqual({
      t2023a: 'first', t2023b: 'agrees', t2023c: 'conflicts', t2024f: 'forecast',
    });
    expect(record!.status).toBe('contradiction');
    // The forecast's year is not part of the span of actual figures.
    expect(record).toMatchObject({ period_from: '2023-01-01', period_to: '2024-01-01' });
  });

  it('says a single figure with a forecast beside it is not yet a change', () => {
    const topics = buildTopics([trade('a2023', '2024-02-01', 4000, { when: '2023' }), trade('f2025', '2024-03-01', 6000, { when: '2025' }, 'forecast')]).topics;
    expect(topics).toHaveLength(1);
    expect(topics[0]!.status).toBe('forecast');
    expect(topics[0]!.headline).toBe('One figure so far; the forecast, plan or target beside it is not compared with it as a change.');
    expect(topics[0]!.steps).toEqual([]);
  });

  it('writes one CSV row per member after the header, defusing cells a spreadsheet would run', () => {
    const records = [...eachTopicRecord(buildTopics(sampleClaims).topics, urls)];
    records[0]!.title = '=HYPERLINK("x")';
    const rows = [...eachTopicCsvRow(records)];
    expect(rows[0]!.slice(0, 3)).toEqual(['id', 'url', 'title']);
    expect(rows).toHaveLength(1 + records.reduce((sum, record) => sum + record.members.length, 0));
    expect(rows[1]![2]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]![9]).toBe('1');
  });
});
