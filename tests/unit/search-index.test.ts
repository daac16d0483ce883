import { describe, expect, it } from 'vitest';
import { buildSearchDocuments, type SearchSiteInput } from '../../src/lib/search/build-search-documents.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../../src/lib/search/build-search-index.ts';
import { createSearchEngine, type SearchFilters } from '../../src/lib/search/search-engine.ts';
import { SEARCH_INDEX_VERSION } from '../../src/lib/search/search-format.ts';
import { sampleSite } from '../fixtures/search/sample-site.ts';

/** Small files, so that even the sample site is split into many term and document files. */
const SMALL_FILES = { termFileBytes: 300, docFileBytes: 600 };

/** Builds the index for a site and an engine over it that records which files it fetched. */
function engineFor(site: SearchSiteInput = sampleSite) {
  const built = buildSearchIndex(buildSearchDocuments(site).documents, SMALL_FILES);
  const fetched: string[] = [];
  const engine = createSearchEngine({
    manifest: built.manifest,
    loadFile: async (name) => {
      fetched.push(name);
      const json = built.files.get(name);
      if (json === undefined) throw new Error(`no index file ${name}`);
      return JSON.parse(json);
    },
  });
  return { built, engine, fetched };
}

/** The claim ids among the hits, best first. */
async function claimIds(query: string, filters: SearchFilters = {}): Promise<string[]> {
  const { hits } = await engineFor().engine.search({ query, filters, limit: 20 });
  return hits.filter((hit) => hit.doc.type === 'claim').map((hit) => hit.doc.path.replace(/^claims\/|\/$/g, ''));
}

describe('search over the sample site', () => {
  it.each([
    ['russian schools', ['324-schools-1a2b3c', 'more-than-340-schools-a1b2c3']],
    ['aliyev trade', ['4-billion-trade-0a1b2c']],
    ['340', ['more-than-340-schools-a1b2c3']],
    ['4 billion', ['4-billion-trade-0a1b2c']],
    ['$4bn', ['4-billion-trade-0a1b2c']],
    ['4000000000', ['4-billion-trade-0a1b2c']],
    ['$120m', ['120-million-railway-6a7b8c']],
    ['120 million', ['120-million-railway-6a7b8c']],
    ['160k', ['about-160000-students-4d5e6f']],
    ['800,000', ['more-than-800000-students-7a8b9c']],
    ['russain schols', ['324-schools-1a2b3c', 'more-than-340-schools-a1b2c3']],
    ['railway modernization', ['120-million-railway-6a7b8c']],
    ['mustafayev turkiye', ['12-5-percent-exports-9d0e1f']],
    ['ŞAHİN Türkiye', ['12-5-percent-exports-9d0e1f']],
    ['12.5%', ['12-5-percent-exports-9d0e1f']],
    ['cargo 2024', ['15-million-tons-3d4e5f']],
    ['schoolchild', ['tens-of-thousands-students-d4e5f6']],
  ])('%j finds %j first', async (query, expected) => {
    const ids = await claimIds(query);
    expect(ids.slice(0, expected.length).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['russian schools', 'tens-of-thousands-students-d4e5f6'],
    ['340', 'tens-of-thousands-students-d4e5f6'],
  ])('%j also finds %s, which shares the sentence, lower down', async (query, alsoFound) => {
    const ids = await claimIds(query);
    expect(ids).toContain(alsoFound);
    expect(ids[0]).not.toBe(alsoFound);
  });

  it.each([
    ['4 billion', '4-billion-trade-0a1b2c', '120-million-railway-6a7b8c'],
    ['160k', 'about-160000-students-4d5e6f', 'more-than-800000-students-7a8b9c'],
  ])('%j matches the value, not just any figure', async (query, found, notFound) => {
    const ids = await claimIds(query);
    expect(ids).toContain(found);
    expect(ids).not.toContain(notFound);
  });

  it('finds words while they are still being typed', async () => {
    expect(await claimIds('moderni')).toEqual(['120-million-railway-6a7b8c']);
    expect((await claimIds('4 bil'))[0]).toBe('4-billion-trade-0a1b2c');
  });

  it('returns speakers, comparisons and articles as well as claims', async () => {
    const { engine } = engineFor();
    const { hits, totals } = await engine.search({ query: 'sahin', limit: 20 });
    expect(hits.map((hit) => hit.doc.type).sort()).toEqual(['article', 'claim', 'speaker']);
    expect(totals).toEqual({ claim: 1, speaker: 1, topic: 0, article: 1 });
    const topics = await engine.search({ query: 'schools teaching', limit: 20 });
    expect(topics.hits.some((hit) => hit.doc.type === 'topic' && hit.doc.path === 'compare/russian-medium-schools/')).toBe(true);
  });

  it('keeps room for speakers and articles however many claims match', async () => {
    const { engine } = engineFor();
    const { hits, totals } = await engine.search({ query: 'aliyev', limit: 2 });
    expect(hits.map((hit) => hit.doc.type)).toEqual(['claim', 'claim', 'speaker', 'article', 'article']);
    expect(totals.claim).toBe(8);
  });

  it('reports the words it reached, typos and completions included, for highlighting', async () => {
    const { engine } = engineFor();
    const response = await engine.search({ query: 'russain schoo' });
    expect(response.terms).toEqual(expect.arrayContaining(['russian', 'schools', 'school']));
    expect((await engine.search({ query: '$4bn' })).values).toEqual([4e9]);
  });

  it('falls back to results with some of the words, and says so, when none has all', async () => {
    const { engine } = engineFor();
    const response = await engine.search({ query: 'cargo peacekeepers' });
    expect(response.partial).toBe(true);
    expect(response.hits[0]?.doc.path).toBe('claims/15-million-tons-3d4e5f/');
    expect((await engine.search({ query: 'cargo corridor' })).partial).toBe(false);
  });

  it('answers overlapping searches each with its own results', async () => {
    const { engine } = engineFor();
    const [railway, cargo, schools] = await Promise.all(['railway', 'cargo', 'schools'].map((query) => engine.search({ query })));
    expect(railway?.hits.map((hit) => hit.doc.path)).toEqual(['claims/120-million-railway-6a7b8c/']);
    expect(cargo?.hits.map((hit) => hit.doc.path)).toEqual(['claims/15-million-tons-3d4e5f/']);
    expect(schools?.totals.claim).toBe(4);
  });

  it.each([
    ['', {}, 0],
    ['the of', {}, 0],
    ['zzzzzz', {}, 0],
    ['schools', { speaker: 'nobody-at-all' }, 0],
  ])('finds nothing, without failing, for %j with %j', async (query, filters, total) => {
    const { engine } = engineFor();
    expect((await engine.search({ query, filters })).total).toBe(total);
  });
});

describe('filters', () => {
  it.each<[string, SearchFilters, string[]]>([
    ['students', { year: '2021' }, ['more-than-340-schools-a1b2c3', 'tens-of-thousands-students-d4e5f6']],
    ['', { speaker: 'sahin-mustafayev' }, ['12-5-percent-exports-9d0e1f']],
    ['', { outlet: 'APA' }, ['more-than-340-schools-a1b2c3', 'tens-of-thousands-students-d4e5f6']],
    ['', { kind: 'money' }, ['4-billion-trade-0a1b2c', '120-million-railway-6a7b8c']],
    ['', { unit: 'USD', verdict: 'accurate' }, ['4-billion-trade-0a1b2c']],
    ['', { verdict: 'inaccurate' }, ['12-5-percent-exports-9d0e1f']],
    ['schools', { speaker: 'ilham-aliyev', year: '2024' }, ['324-schools-1a2b3c', 'about-160000-students-4d5e6f']],
  ])('%j with %j keeps only %j', async (query, filters, expected) => {
    expect((await claimIds(query, filters)).sort()).toEqual([...expected].sort());
  });

  it('lists filter-only results newest first', async () => {
    const ids = await claimIds('', { speaker: 'ilham-aliyev' });
    expect(ids[0]).toBe('324-schools-1a2b3c');
    expect(ids.at(-1)).toBe('tens-of-thousands-students-d4e5f6');
  });

  it('offers each filter value with a label and a claim count', () => {
    const { facetOptions } = buildSearchDocuments(sampleSite);
    expect(facetOptions.speaker).toEqual([
      { value: 'ilham-aliyev', label: 'Ilham Aliyev', count: 8 },
      { value: 'sahin-mustafayev', label: 'Şahin Mustafayev', count: 1 },
    ]);
    expect(facetOptions.year.map((option) => option.value)).toEqual(['2024', '2023', '2021']);
    expect(facetOptions.kind.map((option) => option.label)).toEqual(['Count', 'Money', 'Percentage', 'Rate']);
    expect(facetOptions.verdict).toEqual([
      { value: 'accurate', label: 'Accurate', count: 1 },
      { value: 'inaccurate', label: 'Inaccurate', count: 1 },
      { value: 'unreviewed', label: 'Not reviewed yet', count: 7 },
    ]);
  });
});

describe('the index files', () => {
  it('fetches only the files a query needs', async () => {
    const { built, engine, fetched } = engineFor();
    await engine.search({ query: 'cargo' });
    const termFiles = fetched.filter((name) => name.startsWith('t-'));
    expect(termFiles.length).toBeGreaterThan(0);
    expect(termFiles.length).toBeLessThan(built.manifest.terms.length / 2);
    const docFiles = built.manifest.groups.flatMap((group) => group.files);
    expect(fetched.filter((name) => name.startsWith('d-')).length).toBeLessThan(docFiles.length);
    expect(fetched.every((name) => !name.startsWith('f-'))).toBe(true);
  });

  it('fetches each file once, however many searches need it', async () => {
    const { engine, fetched } = engineFor();
    await engine.search({ query: 'russian schools' });
    await engine.search({ query: 'russian schools' });
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  it('names every file by its content, so the same site gives the same names', () => {
    const names = (built: SearchIndexFiles) => [...built.files.keys()].sort();
    const first = buildSearchIndex(buildSearchDocuments(sampleSite).documents, SMALL_FILES);
    const second = buildSearchIndex(buildSearchDocuments(sampleSite).documents, SMALL_FILES);
    expect(names(second)).toEqual(names(first));
    for (const name of first.files.keys()) expect(name).toMatch(/^[mtdf]-[0-9a-f]{12}$/);
  });

  it('renames only the files whose content changed when one claim changes', () => {
    const changed: SearchSiteInput = {
      ...sampleSite,
      claims: sampleSite.claims.map((claim) => (claim.id === '15-million-tons-3d4e5f' ? { ...claim, subject: 'freight on the corridor' } : claim)),
    };
    const before = new Set(buildSearchIndex(buildSearchDocuments(sampleSite).documents, SMALL_FILES).files.keys());
    const after = [...buildSearchIndex(buildSearchDocuments(changed).documents, SMALL_FILES).files.keys()];
    const kept = after.filter((name) => before.has(name));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(after.length);
  });

  it('keeps article text exactly as written in the documents, markup included', async () => {
    const hostile = 'There are <img src=x onerror=alert(1)> 42 schools, officials said.';
    const site: SearchSiteInput = {
      ...sampleSite,
      claims: [{ ...sampleSite.claims[0]!, id: 'hostile-42-schools', text: hostile, quantity: '42', value: 42 }],
    };
    const { engine } = engineFor(site);
    const { hits } = await engine.search({ query: 'onerror' });
    expect(hits[0]?.doc.title).toBe(hostile);
  });

  it('refuses an index written in another format, saying what to do', () => {
    const built = buildSearchIndex(buildSearchDocuments(sampleSite).documents);
    expect(() =>
      createSearchEngine({ manifest: { ...built.manifest, version: SEARCH_INDEX_VERSION + 1 }, loadFile: async () => ({}) }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: The search index is format ${SEARCH_INDEX_VERSION + 1} but this page reads format ${SEARCH_INDEX_VERSION}; reload the page.]`,
    );
  });
});
