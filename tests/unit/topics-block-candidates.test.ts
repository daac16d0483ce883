import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/ingest/extract/extract-terms.ts';
import { blockCandidates } from '../../src/lib/topics/block-candidates.ts';
import { profileClaim } from '../../src/lib/topics/profile-claim.ts';
import { MATCH_CONFIDENCE, pairConfidence, RELATED_CONFIDENCE } from '../../src/lib/topics/score-pair.ts';
import { synthesizeClaims } from '../../bench/corpus/synthesize-claims.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';

/** Claims from their own articles, one per subject. */
function claims(specs: Array<[subject: string, unit: string]>): MatchableClaim[] {
  return specs.map(([subject, unit], i) => ({
    id: `c${i}`,
    quantity: '1',
    speaker: null,
    value: 1,
    unit,
    kind: /^[A-Z]{3}$/.test(unit) ? 'money' : 'count',
    qualifier: 'exact',
    min: 1,
    max: 1,
    subject,
    terms: extractTerms(subject, unit),
    period: { when: '2024', basis: 'text', phrase: null, per: null },
    article: { id: `a${i}`, data: { date: '2024-05-01', outlet: null } },
  }));
}

/** The candidate pairs as `a-b` strings. */
function pairsOf(list: MatchableClaim[]): string[] {
  const flat = blockCandidates(list.map((claim, i) => profileClaim(claim, i)));
  const out: string[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push(`${flat[i]}-${flat[i + 1]}`);
  return out;
}

describe('blockCandidates', () => {
  it.each([
    ['the same unit and a shared key term', [['schools teaching in Russian', 'school'], ['Russian-language schools in Azerbaijan', 'school']], ['0-1']],
    ['different units, however alike the words', [['schools teaching in Russian', 'school'], ['students studying in Russian', 'student']], []],
    ['no shared key term', [['exports of oil', 'USD'], ['spending on health', 'USD']], []],
    ['different places', [['oil exports of Georgia', 'USD'], ['oil exports of Armenia', 'USD']], []],
    ['a claim without a place and one with', [['schools teaching in Russian', 'school'], ['schools in Baku teaching in Russian', 'school']], ['0-1']],
    ['a claim that names only a place and one with more words there', [['tourists in Azerbaijan', 'tourist'], ['Russian tourists visiting Azerbaijan', 'tourist']], ['0-1']],
  ] as const)('pairs claims with %s', (_, specs, expected) => {
    expect(pairsOf(claims(specs.map(([s, u]) => [s, u])))).toEqual(expected);
  });

  it('returns each pair once, low index first, in ascending order', () => {
    const list = claims([
      ['oil exports of Georgia to Turkey', 'USD'],
      ['oil exports from Georgia to Turkey', 'USD'],
      ['Georgian oil exports to Turkey', 'USD'],
    ]);
    expect(pairsOf(list)).toEqual(['0-1', '0-2', '1-2']);
  });

  it('finds every pair strong enough to compare, and nearly every related one, while scoring a tiny share of all pairs', () => {
    const archive = synthesizeClaims(2000, extractTerms, 7);
    const profiles = archive.map((claim, i) => profileClaim(claim, i));
    const candidates = new Set(pairsOf(archive));
    let related = 0;
    let missedRelated = 0;
    let missedMatches = 0;
    for (let a = 0; a < profiles.length; a += 1) {
      for (let b = a + 1; b < profiles.length; b += 1) {
        const confidence = pairConfidence(profiles[a]!, profiles[b]!);
        if (confidence < RELATED_CONFIDENCE) continue;
        related += 1;
        if (candidates.has(`${a}-${b}`)) continue;
        missedRelated += 1;
        if (confidence >= MATCH_CONFIDENCE) missedMatches += 1;
      }
    }
    expect(related).toBeGreaterThan(1000);
    expect(missedMatches).toBe(0);
    expect(missedRelated / related).toBeLessThan(0.01);
    expect(candidates.size).toBeLessThan((profiles.length * (profiles.length - 1)) / 2 / 50);
  }, 60_000);

  it('grows about linearly: ten times the claims, well under twenty times the pairs', () => {
    const count = (n: number) => blockCandidates(synthesizeClaims(n, extractTerms, 3).map((claim, i) => profileClaim(claim, i))).length / 2;
    const small = count(1000);
    const large = count(10_000);
    expect(large / small).toBeLessThan(20);
  }, 60_000);
});
