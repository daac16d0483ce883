import { describe, expect, it } from 'vitest';
import { extendLedger, retirePermalinks, type CurrentIds } from '../../src/lib/retire-permalinks.ts';
import { EMPTY_LEDGER, type PermalinkLedger } from '../../src/schemas/permalink-ledger.ts';

const published: CurrentIds = {
  articles: [
    { id: 'a', title: 'Schools report', source: 'content/sources/a.txt' },
    { id: 'b', title: 'Trade report', source: 'content/sources/b.txt' },
  ],
  claims: [
    { id: 'more-than-340-schools-aaaaaaa', article: 'a', figure: 'more than 340 school' },
    { id: '4-billion-bbbbbbb', article: 'b', figure: '$4 billion USD' },
    { id: '5-ports-ccccccc', article: 'b', figure: '5 port' },
  ],
  topics: [{ id: 'schools-russian', title: 'Russian schools', claims: ['more-than-340-schools-aaaaaaa'] }],
  speakers: [{ slug: 'ilham-aliyev', name: 'Ilham Aliyev' }],
};
const ledger: PermalinkLedger = extendLedger(EMPTY_LEDGER, published);

describe('retirePermalinks', () => {
  it('retires nothing while every published id is still there', () => {
    expect(retirePermalinks(ledger, published)).toEqual({ articles: [], claims: [], topics: [], speakers: [] });
  });

  it('points a claim whose sentence changed to the claim with the same figure in the same article', () => {
    const now = { ...published, claims: [{ id: 'more-than-340-schools-zzzzzzz', article: 'a', figure: 'more than 340 school' }, ...published.claims.slice(1)] };
    expect(retirePermalinks(ledger, now).claims).toEqual([
      { id: 'more-than-340-schools-aaaaaaa', label: 'more than 340 school', successor: { kind: 'claim', id: 'more-than-340-schools-zzzzzzz' } },
    ]);
  });

  it('points a claim that is no longer extracted to its article', () => {
    const now = { ...published, claims: published.claims.filter((claim) => claim.id !== '5-ports-ccccccc') };
    expect(retirePermalinks(ledger, now).claims).toEqual([{ id: '5-ports-ccccccc', label: '5 port', successor: { kind: 'article', id: 'b' } }]);
  });

  it('points nowhere when the article itself is gone, and retires the article too', () => {
    const now: CurrentIds = { ...published, articles: [published.articles[0]!], claims: [published.claims[0]!] };
    const retired = retirePermalinks(ledger, now);
    expect(retired.articles).toEqual([{ id: 'b', label: 'Trade report', successor: { kind: 'none' } }]);
    expect(retired.claims.map((page) => page.successor)).toEqual([{ kind: 'none' }, { kind: 'none' }]);
  });

  it('follows an article renamed to a new id when its source file is the same', () => {
    const now: CurrentIds = { ...published, articles: [published.articles[0]!, { id: 'b-new', title: 'Trade report', source: 'content/sources/b.txt' }], claims: [published.claims[0]!, { id: '4-billion-bbbbbbb', article: 'b-new', figure: '$4 billion USD' }] };
    const retired = retirePermalinks(ledger, now);
    expect(retired.articles).toEqual([{ id: 'b', label: 'Trade report', successor: { kind: 'article', id: 'b-new' } }]);
    expect(retired.claims).toEqual([{ id: '5-ports-ccccccc', label: '5 port', successor: { kind: 'article', id: 'b-new' } }]);
  });

  it('points a topic whose id changed to the topic that now holds its claims', () => {
    const now = { ...published, topics: [{ id: 'schools-taught-in-russian', title: 'Schools', claims: ['more-than-340-schools-aaaaaaa'] }] };
    expect(retirePermalinks(ledger, now).topics).toEqual([{ id: 'schools-russian', label: 'Russian schools', successor: { kind: 'topic', id: 'schools-taught-in-russian' } }]);
  });

  it('keeps a speaker page with no claims left as a retired page', () => {
    expect(retirePermalinks(ledger, { ...published, speakers: [] }).speakers).toEqual([{ id: 'ilham-aliyev', label: 'Ilham Aliyev', successor: { kind: 'none' } }]);
  });
});

describe('extendLedger', () => {
  it('adds what is published now and never drops what was published before', () => {
    const later = extendLedger(ledger, { articles: [], claims: [{ id: 'new-1', article: 'c', figure: '1 x' }], topics: [], speakers: [] });
    expect(Object.keys(later.claims)).toEqual(['4-billion-bbbbbbb', '5-ports-ccccccc', 'more-than-340-schools-aaaaaaa', 'new-1']);
    expect(Object.keys(later.articles)).toEqual(['a', 'b']);
  });

  it('writes the same ledger for the same input (sorted keys)', () => {
    const shuffled = { ...published, claims: [...published.claims].reverse() };
    expect(JSON.stringify(extendLedger(EMPTY_LEDGER, shuffled))).toBe(JSON.stringify(ledger));
  });
});
