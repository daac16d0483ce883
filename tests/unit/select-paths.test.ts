import { describe, expect, it } from 'vitest';
import { digestValue, keyByContent } from '../../src/lib/build-plan/digest-value.ts';
import { pageFile, shardOf } from '../../src/lib/build-plan/select-paths.ts';
import { renderSitemap } from '../../src/build/write-sitemap.ts';

describe('digestValue', () => {
  it.each([
    ['key order', { a: 1, b: [2, 3] }, { b: [2, 3], a: 1 }],
    ['equal maps', new Map([['x', { y: 1 }]]), new Map([['x', { y: 1 }]])],
    ['equal dates', new Date('2024-01-02'), new Date('2024-01-02')],
  ])('gives the same digest for the same content (%s)', (_name, a, b) => {
    expect(digestValue(a)).toBe(digestValue(b));
  });

  it.each([
    ['a number and its text', 1, '1'],
    ['a nested change', { claim: { figure: 120 } }, { claim: { figure: 121 } }],
    ['null and undefined', null, undefined],
    ['a set with another member', new Set(['a']), new Set(['b'])],
  ])('tells apart %s', (_name, a, b) => {
    expect(digestValue(a)).not.toBe(digestValue(b));
  });

  it('lets a content entry stand for its file: same digest, same page input; new digest, new input', () => {
    const entry = (digest: string, title: string) => ({ collection: 'articles', id: 'a', digest, data: { title } });
    // The loader's digest is of the file, so equal digests mean equal data; the data is not walked.
    expect(digestValue({ article: entry('f1', 'One') })).toBe(digestValue({ article: entry('f1', 'One') }));
    expect(digestValue({ article: entry('f1', 'One') })).not.toBe(digestValue({ article: entry('f2', 'One') }));
    expect(digestValue(entry('f1', 'One'))).not.toBe(digestValue({ ...entry('f1', 'One'), collection: 'reviews' }));
  });

  it('lets a keyed record stand for its key: fields unread, the key alone decides, a copy is walked again', () => {
    const claim = (figure: string, key: string) => keyByContent({ id: 'c1', figure }, key);
    expect(digestValue({ claim: claim('4', 'k1') })).toBe(digestValue({ claim: claim('5', 'k1') }));
    expect(digestValue({ claim: claim('4', 'k1') })).not.toBe(digestValue({ claim: claim('4', 'k2') }));
    // A spread copy (which a page could change) has no key: its fields count.
    expect(digestValue({ ...claim('4', 'k1') })).not.toBe(digestValue({ ...claim('5', 'k1') }));
  });

  it('sees a change in a small leaf object and in a large one, however deep', () => {
    const page = (from: number, note: string) => ({ points: [{ span: { from, to: 2020 }, reasons: ['same unit'] }, { figure: { value: 1, note } }] });
    expect(digestValue(page(2019, 'a'))).toBe(digestValue(page(2019, 'a')));
    expect(digestValue(page(2019, 'a'))).not.toBe(digestValue(page(2018, 'a')));
    expect(digestValue(page(2019, 'a'))).not.toBe(digestValue(page(2019, 'a'.repeat(300))));
    expect(digestValue(page(2019, 'a'.repeat(300)))).not.toBe(digestValue(page(2019, 'b'.repeat(300))));
    // A leaf written out in full is not the string that looks like it.
    expect(digestValue({ a: { x: 1 } })).not.toBe(digestValue({ a: 'i21:{1s1:xnumber:1;' }));
  });

  it('tells strings apart however they would run together', () => {
    expect(digestValue(['ab', 'c'])).not.toBe(digestValue(['a', 'bc']));
    expect(digestValue({ a: 's1:x' })).not.toBe(digestValue({ a: 's1', b: 'x' }));
  });

  it('refuses props that refer to themselves', () => {
    const looped: Record<string, unknown> = {};
    looped['self'] = looped;
    expect(() => digestValue(looped)).toThrow(/cycle/);
  });
});

describe('pageFile', () => {
  it.each([
    ['/claims/[id]/', { id: 'x-1' }, 'claims/x-1/index.html'],
    ['/claims/[id]/preview.png', { id: 'x-1' }, 'claims/x-1/preview.png'],
    ['/search/index/[file].json', { file: 'ab12' }, 'search/index/ab12.json'],
  ])('maps %s with %o to %s', (pattern, params, file) => {
    expect(pageFile(pattern, params)).toBe(file);
  });
});

describe('shardOf', () => {
  it('puts a page in the same shard whatever else the site holds, and spreads pages evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`claims/claim-${i}/index.html`, 4)]!++;
    for (const count of counts) expect(count).toBeGreaterThan(900);
    expect(shardOf('articles/a/index.html', 4)).toBe(shardOf('articles/a/index.html', 4));
  });
});

describe('renderSitemap', () => {
  it('lists every page under the base path in a stable order, with an index', () => {
    const files = renderSitemap(['claims/b/', '', 'claims/a/'], 'https://example.org', '/recount/');
    expect(files.get('sitemap-0.xml')).toContain('<url><loc>https://example.org/recount/</loc></url><url><loc>https://example.org/recount/claims/a/</loc></url><url><loc>https://example.org/recount/claims/b/</loc></url></urlset>');
    expect(files.get('sitemap-index.xml')).toContain('<sitemap><loc>https://example.org/recount/sitemap-0.xml</loc></sitemap>');
  });
});
