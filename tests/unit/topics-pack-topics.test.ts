import { describe, expect, it } from 'vitest';
import { buildTopics, groupTopics } from '../../src/lib/topics/build-topics.ts';
import { packTopics, unpackTopics } from '../../src/lib/topics/pack-topics.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';
import type { TopicIndex } from '../../src/lib/topics/topic-types.ts';
import { topicEditsSchema } from '../../src/schemas/topic-edits.ts';
import { makeClaim, sampleClaims } from '../fixtures/topics/sample-claims.ts';

/** A series of counts of the same thing, one article a year: a topic whose points, steps and matches all show. */
function series(name: string, subject: string, from: number, values: number[]) {
  return values.map((value, i) =>
    makeClaim(
      { id: `${name}-${from + i}`, data: { date: `${from + i}-06-01`, outlet: 'APA' } },
      { id: `${name}-${from + i}`, quantity: String(value), value, unit: 'school', kind: 'count', qualifier: 'exact', min: value, max: value, subject, speaker: i % 2 ? 'Ilham Aliyev' : null },
    ),
  );
}

/** A minimum wage in a year's article, in its sentence. */
const wage = (id: string, year: number, value: number, text: string) => ({
  ...makeClaim({ id: `wage-${year}`, data: { date: `${year}-03-01`, outlet: 'Reuters' } }, { id, quantity: `$${value}`, value, unit: 'USD', kind: 'money', qualifier: 'exact', min: value, max: value, subject: 'minimum wage in Lakeside', speaker: null }),
  text,
});

const claims = [
  ...sampleClaims,
  // An actual figure and a demand: possibly related, never a change.
  wage('wage-now', 2021, 9, 'The minimum wage in Lakeside is $9 an hour.'),
  wage('wage-demand', 2024, 15, 'Workers marched on Friday and demanded a $15 minimum wage in Lakeside.'),
  ...series('ru', 'schools teaching in Russian', 2001, [360, 358, 350, 350, 349]),
  // Another language of teaching: never the same topic.
  ...series('en', 'schools teaching in English', 2003, [40, 44, 51]),
];

/** Everything a page can read of an index, getters (lazy reasons and comparisons) included, with claims by id. */
function readAll(index: TopicIndex<MatchableClaim>): unknown {
  const seen = new Set<object>();
  const read = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if ('quantity' in value && 'article' in value) return `claim ${(value as MatchableClaim).id}`;
    if (seen.has(value)) return '(again)';
    seen.add(value);
    if (Array.isArray(value)) return value.map(read);
    if (value instanceof Map) return [...value].map(([key, item]) => [key, read(item)]);
    const out: Record<string, unknown> = {};
    for (const key of ['reasons', 'change', ...Object.keys(value)]) if (key in value) out[key] = read((value as Record<string, unknown>)[key]);
    return out;
  };
  return read({ topics: index.topics, topicsById: index.topicsById, topicByClaimId: index.topicByClaimId, relatedByClaimId: index.relatedByClaimId, warnings: index.warnings });
}

describe('packed topic groupings', () => {
  const russian = buildTopics(claims).topicByClaimId.get('ru-2001')!.id;
  const edits = topicEditsSchema.parse({ confirm: [{ topic: russian, note: 'Checked against the ministry.' }, { topic: 'school-0badc0de', note: 'old' }] });

  it('unpack, in another process, to the very topics, matches, related links and reasons grouping gives there', () => {
    const built = buildTopics(claims, edits);
    expect(built.topics.length).toBeGreaterThan(1);
    expect(built.relatedByClaimId.size).toBeGreaterThan(0);
    expect(built.topicsById.get(russian)!.notes).toEqual(['Checked against the ministry.']);
    expect(built.warnings).toHaveLength(1);

    const text = packTopics(groupTopics(claims, edits).grouping, claims);
    // A copy of the claims, as another process holds them: nothing is shared but the text.
    const copies = structuredClone(claims);
    const unpacked = unpackTopics(text, copies);
    expect(unpacked.topics[0]!.points[0]!.claim).toBe(copies.find((claim) => claim.id === unpacked.topics[0]!.points[0]!.claim.id));
    expect(JSON.stringify(readAll(unpacked))).toBe(JSON.stringify(readAll(built)));
  });

  it('refuse a claim list other than the one they were grouped over', () => {
    const text = packTopics(groupTopics(claims).grouping, claims);
    expect(() => unpackTopics(text, claims.slice(1))).toThrow('the content changed while the site was being built; run npm run build again');
    expect(() => unpackTopics(text, [...claims].reverse())).toThrow('the content changed while the site was being built');
  });
});
