import { describe, expect, it } from 'vitest';
import { pickNotableClaims, type NotableCandidate } from '../../src/lib/pick-notable-claims.ts';

function claim(id: string, article: string, overrides: Partial<NotableCandidate> & { date?: string | null } = {}): NotableCandidate {
  const { date = '2024-01-01', ...rest } = overrides;
  return { id, speaker: 'A Person', qualifier: 'exact', review: null, article: { id: article, data: { date } }, ...rest };
}

const ids = (claims: NotableCandidate[]) => claims.map((c) => c.id);

describe('pickNotableClaims', () => {
  it.each([
    [
      'puts reviewed claims before unreviewed ones',
      [claim('plain', 'a'), claim('reviewed', 'b', { review: { data: { date: '2020-01-01' } } })],
      ['reviewed', 'plain'],
    ],
    [
      'puts attributed claims before unattributed ones',
      [claim('anonymous', 'a', { speaker: null }), claim('named', 'b')],
      ['named', 'anonymous'],
    ],
    [
      'puts definite figures before vague ones',
      [claim('vague', 'a', { qualifier: 'vague' }), claim('definite', 'b', { qualifier: 'more-than' })],
      ['definite', 'vague'],
    ],
    [
      'puts newer articles first when nothing else differs',
      [claim('old', 'a', { date: '2021-09-24' }), claim('new', 'b', { date: '2024-08-19' }), claim('undated', 'c', { date: null })],
      ['new', 'old', 'undated'],
    ],
  ])('%s', (_name, claims, expected) => {
    expect(ids(pickNotableClaims(claims, 10))).toEqual(expected);
  });

  it('lets no article fill the list while another has claims to show', () => {
    const claims = [
      claim('a1', 'a', { date: '2024-08-19' }),
      claim('a2', 'a', { date: '2024-08-19' }),
      claim('a3', 'a', { date: '2024-08-19' }),
      claim('b1', 'b', { date: '2021-01-01' }),
    ];
    expect(ids(pickNotableClaims(claims, 3))).toEqual(['a1', 'a2', 'b1']);
  });

  it('fills the list from one article when no other has claims', () => {
    const claims = [claim('a1', 'a'), claim('a2', 'a'), claim('a3', 'a')];
    expect(ids(pickNotableClaims(claims, 3))).toEqual(['a1', 'a2', 'a3']);
  });
});
