// The headline case, on claims shaped as the ingest writes them for the two sample
// articles (tests/fixtures/topics/sample-claims.ts): nothing here is hand-grouped.
import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../src/lib/topics/build-topics.ts';
import { sampleClaims } from '../fixtures/topics/sample-claims.ts';

const index = buildTopics(sampleClaims);
const topicOf = (claimId: string) => index.topicByClaimId.get(claimId);

describe('comparisons on the sample articles', () => {
  it('compares "more than 340 schools" (2021) with "324 schools" (2024): down by more than 16, more than 4.7%, same speaker', () => {
    const topic = topicOf('more-than-340-schools-a1b2c3');
    expect(topic).toBeDefined();
    expect(topic!.points.map((point) => point.claim.id)).toEqual(['more-than-340-schools-a1b2c3', '324-schools-0a1b2c']);
    expect(topic!.status).toBe('changed');
    const change = topic!.overall!.change;
    expect(change.direction).toBe('down');
    expect(change.delta.hi).toEqual({ value: -16, strict: true });
    expect(change.delta.lo).toBeNull();
    expect(change.relation).toBe('same-speaker');
    expect(change.years).toBeCloseTo(2.9, 1);
    expect(change.text).toBe('down by more than 16 (more than 4.7%) in about three years, more than 5.5 a year');
    expect(topic!.summary).toBe(
      'Ilham Aliyev put the number of schools with teaching conducted in Russian at more than 340 in September 2021 and at 324 in August 2024.',
    );
    expect(topic!.sameSpeaker).toBe(true);
    expect(topic!.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('links "tens of thousands of students" (2021) and "about 160,000 students" (2024) at least as possibly related, up by at least 60,000', () => {
    const tens = 'tens-of-thousands-students-d4e5f6';
    const about = 'about-160000-students-1b2c3d';
    const together = topicOf(tens) !== undefined && topicOf(tens) === topicOf(about);
    const related = (index.relatedByClaimId.get(tens) ?? []).some((link) => link.other.id === about);
    expect(together || related).toBe(true);
    const change = together
      ? topicOf(tens)!.overall!.change
      : index.relatedByClaimId.get(tens)!.find((link) => link.other.id === about)!.change;
    expect(change.direction).toBe('up');
    expect(change.delta.lo?.value).toBeGreaterThanOrEqual(60_000);
    expect(change.text).toMatch(/^up by at least 60,000\b/);
  });

  it.each([
    ['more-than-800000-students-2c3d4e', 'students studying Russian as a second language'],
    ['over-15000-students-4e5f60', 'university students'],
  ])('never compares %s (%s) with the school figures', (claimId) => {
    for (const school of ['more-than-340-schools-a1b2c3', '324-schools-0a1b2c', 'about-160000-students-1b2c3d', 'tens-of-thousands-students-d4e5f6']) {
      const topic = topicOf(school);
      expect(topic?.points.some((point) => point.claim.id === claimId) ?? false).toBe(false);
      expect((index.relatedByClaimId.get(school) ?? []).some((link) => link.other.id === claimId)).toBe(false);
    }
  });

  it('makes no comparison out of figures only one article has (trade, railway, universities)', () => {
    for (const id of ['4-billion-trade-5f6071', '15-million-tons-cargo-607182', 'about-120-million-railway-718293', '26-universities-3d4e5f']) {
      expect(topicOf(id)).toBeUndefined();
    }
  });

  it('lists the newest change first and keeps every topic id derived from content', () => {
    expect(index.topics.length).toBeGreaterThanOrEqual(1);
    for (const topic of index.topics) expect(topic.id).toMatch(/^[a-z0-9-]+-[0-9a-f]{8}$/);
    const reversed = buildTopics([...sampleClaims].reverse());
    expect(reversed.topics.map((topic) => topic.id)).toEqual(index.topics.map((topic) => topic.id));
  });
});
