import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../src/lib/topics/build-topics.ts';
import { NO_TOPIC_EDITS, parseTopicEdits, TopicEditsError } from '../../src/lib/topics/parse-topic-edits.ts';
import { topicId } from '../../src/lib/topics/topic-id.ts';
import type { TopicEdits, TopicEditsInput } from '../../src/schemas/topic-edits.ts';
import { topicEditsSchema } from '../../src/schemas/topic-edits.ts';
import { makeClaim } from '../fixtures/topics/sample-claims.ts';

const article = (id: string, date: string) => ({ id, data: { date, outlet: 'Outlet' } });
const count = (id: string, date: string, unit: string, subject: string, value = 100) =>
  makeClaim(article(`art-${id}`, date), { id, quantity: String(value), value, unit, kind: 'count', qualifier: 'exact', min: value, max: value, subject });

// Two automatic topics (Russian-medium schools; English-medium schools), and look-alikes.
const ru2021 = count('ru-2021', '2021-09-24', 'school', 'schools teaching in Russian', 340);
const ru2024 = count('ru-2024', '2024-08-19', 'school', 'schools in Azerbaijan teaching in Russian', 324);
const ru2025 = count('ru-2025', '2025-02-01', 'school', 'Russian-language schools', 318);
const en2020 = count('en-2020', '2020-01-10', 'school', 'schools teaching in English', 40);
const en2023 = count('en-2023', '2023-05-05', 'school', 'English-medium schools', 55);
const idp = count('idp-2022', '2022-03-01', 'person', 'internally displaced persons in Azerbaijan', 650_000);
const idpShort = count('idp-2024', '2024-03-01', 'person', 'IDPs in Azerbaijan', 600_000);
const dollars = makeClaim(article('art-usd', '2024-01-01'), {
  id: 'usd-2024', quantity: '$5 billion', value: 5e9, unit: 'USD', kind: 'money', qualifier: 'exact', min: 5e9, max: 5e9, subject: 'aid to displaced persons',
});
const claims = [ru2021, ru2024, ru2025, en2020, en2023, idp, idpShort, dollars];
const russianId = topicId('ru-2021', 'school');
const englishId = topicId('en-2020', 'school');

const edits = (input: TopicEditsInput): TopicEdits => topicEditsSchema.parse(input);
const membersOf = (index: ReturnType<typeof buildTopics>, claimId: string) =>
  index.topicByClaimId.get(claimId)?.points.map((point) => point.claim.id) ?? [];

describe("editors' topic edits", () => {
  it('leaves the automatic comparisons alone when there are none', () => {
    const index = buildTopics(claims, NO_TOPIC_EDITS);
    expect(index.topics.map((topic) => topic.id).sort()).toEqual([englishId, russianId].sort());
    expect(index.warnings).toEqual([]);
  });

  it('confirms a topic, with the note shown on it', () => {
    const index = buildTopics(claims, edits({ confirm: [{ topic: russianId, note: 'Checked against ministry data.' }] }));
    const topic = index.topicsById.get(russianId)!;
    expect(topic.confirmed).toBe(true);
    expect(topic.notes).toEqual(['Checked against ministry data.']);
    expect(index.topicsById.get(englishId)!.confirmed).toBe(false);
  });

  it('splits claims out of their topic; two or more split claims form their own', () => {
    const one = buildTopics(claims, edits({ split: [{ claims: ['ru-2025'] }] }));
    expect(membersOf(one, 'ru-2021')).toEqual(['ru-2021', 'ru-2024']);
    expect(one.topicByClaimId.get('ru-2025')).toBeUndefined();
    // Kept apart by an editor, so not shown as related either.
    expect((one.relatedByClaimId.get('ru-2025') ?? []).map((link) => link.other.id)).toEqual([]);

    const two = buildTopics(claims, edits({ split: [{ claims: ['ru-2024', 'ru-2025'], note: 'Different counting method.' }] }));
    expect(membersOf(two, 'ru-2024')).toEqual(['ru-2024', 'ru-2025']);
    expect(two.topicByClaimId.get('ru-2021')).toBeUndefined();
    expect(two.topicByClaimId.get('ru-2024')!.notes).toEqual(['Different counting method.']);
  });

  it('merges topics by id, keeping the id of the older one', () => {
    const index = buildTopics(claims, edits({ merge: [{ topics: [russianId, englishId], note: 'One series.' }] }));
    expect(index.topics).toHaveLength(1);
    expect(index.topics[0]!.id).toBe(englishId);
    expect(index.topics[0]!.points).toHaveLength(5);
    expect(index.topics[0]!.notes).toEqual(['One series.']);
    expect(index.topics[0]!.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps claims apart that the matching would compare', () => {
    const index = buildTopics(claims, edits({ apart: [{ claims: ['ru-2021', 'ru-2024', 'ru-2025'] }] }));
    expect(index.topicByClaimId.get('ru-2021')).toBeUndefined();
    expect(index.topicByClaimId.get('ru-2024')).toBeUndefined();
    expect(index.relatedByClaimId.get('ru-2021') ?? []).toEqual([]);
  });

  it('puts claims together that the matching cannot see are the same (an acronym)', () => {
    expect(buildTopics(claims).topicByClaimId.get('idp-2022')).toBeUndefined();
    const index = buildTopics(claims, edits({ together: [{ claims: ['idp-2022', 'idp-2024'], note: 'IDP = internally displaced person.' }] }));
    const topic = index.topicByClaimId.get('idp-2022')!;
    expect(membersOf(index, 'idp-2022')).toEqual(['idp-2022', 'idp-2024']);
    expect(topic.matches).toEqual([]);
    expect(topic.notes).toEqual(['IDP = internally displaced person.']);
    expect(topic.overall!.change.text).toMatch(/^down by 50,000 /);
  });

  it('refuses to put a count and a sum of money together, naming the file and the entry', () => {
    expect(() => buildTopics(claims, edits({ together: [{ claims: ['idp-2022', 'usd-2024'] }] }), { editsFile: 'content/topics.yaml' })).toThrow(
      new TopicEditsError(
        'content/topics.yaml: together.0: claims idp-2022 (person) and usd-2024 (USD) measure different things and cannot be compared',
      ),
    );
  });

  it('warns, without failing, about entries whose claims or topics are gone', () => {
    const index = buildTopics(
      claims,
      edits({ confirm: [{ topic: 'school-00000000' }], apart: [{ claims: ['gone-claim', 'ru-2021'] }] }),
    );
    expect(index.warnings).toEqual([
      'content/topics.yaml: apart.0: claim gone-claim no longer exists; the entry is ignored for it',
      'content/topics.yaml: confirm.0: topic school-00000000 no longer exists; check the comparisons and update the entry',
    ]);
  });
});

describe('parseTopicEdits', () => {
  it('reads the shipped content/topics.yaml as no decisions yet', () => {
    const text = readFileSync(new URL('../../content/topics.yaml', import.meta.url), 'utf8');
    expect(parseTopicEdits(text, 'content/topics.yaml')).toEqual(NO_TOPIC_EDITS);
  });

  it('treats an empty file and empty sections as no decisions', () => {
    expect(parseTopicEdits('', 'topics.yaml')).toEqual(NO_TOPIC_EDITS);
    expect(parseTopicEdits('confirm:\nsplit:\n', 'topics.yaml')).toEqual(NO_TOPIC_EDITS);
  });

  it.each([
    ['merge:\n  - topics: [school-1f3a9c0d]\n', 'content/topics.yaml: merge.0.topics: Too small: expected array to have >=2 items'],
    ['confirm:\n  - topic: schools\n', 'content/topics.yaml: confirm.0.topic: must be a topic id such as school-1f3a9c0d (see its /compare/ address)'],
    ['apart:\n  - claims: [One Claim, b]\n', 'content/topics.yaml: apart.0.claims.0: must be lowercase letters, digits and single hyphens'],
    ['confrim: []\n', 'content/topics.yaml: (top level): unknown field "confrim"'],
    ['together:\n  - claims: [a, b]\n    reason: x\n', 'content/topics.yaml: together.0: unknown field "reason"'],
    ['split: [\n', 'content/topics.yaml: line 2: not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ])'],
  ])('rejects %j in one line naming the file and where', (text, message) => {
    expect(() => parseTopicEdits(text, 'content/topics.yaml')).toThrow(new TopicEditsError(message));
  });

  it('reports every problem, not only the first', () => {
    expect(() => parseTopicEdits('confirm:\n  - topic: x\n  - topic: y\n', 'topics.yaml')).toThrow(
      /^topics\.yaml: confirm\.0\.topic: must be a topic id .*; confirm\.1\.topic: must be a topic id /,
    );
  });
});
