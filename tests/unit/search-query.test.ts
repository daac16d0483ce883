import { describe, expect, it } from 'vitest';
import { findNumbers, numberKey } from '../../src/lib/search/find-numbers.ts';
import { foldText } from '../../src/lib/search/fold-text.ts';
import { findHighlightSpans } from '../../src/lib/search/highlight-spans.ts';
import { allowedTypos, boundedEditDistance, wordVariants } from '../../src/lib/search/match-terms.ts';
import { parseQuery, type QueryToken } from '../../src/lib/search/parse-query.ts';
import { tokenizeWords } from '../../src/lib/search/tokenize-words.ts';

describe('foldText', () => {
  it.each([
    ['Ilham Aliyev', 'ilham aliyev'],
    ['Əliyev', 'aliyev'],
    ['Bakı', 'baki'],
    ['TÜRKİYE', 'turkiye'],
    ['Şahin Mustafayev', 'sahin mustafayev'],
    ['Straße', 'strasse'],
    ['São Paulo', 'sao paulo'],
    ['Łódź', 'lodz'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('tokenizeWords', () => {
  it('keeps digit groups whole, drops possessives and records offsets in the original text', () => {
    const text = "Azerbaijan's 160,000 students in Bakı";
    expect(tokenizeWords(text)).toEqual([
      { term: 'azerbaijan', start: 0, end: 12 },
      { term: '160000', start: 13, end: 20 },
      { term: 'students', start: 21, end: 29 },
      { term: 'in', start: 30, end: 32 },
      { term: 'baki', start: 33, end: 37 },
    ]);
  });

  it('splits a comma between two numbers when no three-digit group follows', () => {
    expect(tokenizeWords('in 2021, 340 schools').map((token) => token.term)).toEqual(['in', '2021', '340', 'schools']);
  });
});

describe('findNumbers', () => {
  it.each([
    ['340', 340, null, '340'],
    ['more than 340', 340, null, '340'],
    ['4 billion', 4e9, null, '4 billion'],
    ['$4bn', 4e9, 'USD', '$4bn'],
    ['4000000000', 4e9, null, '4000000000'],
    ['4,000,000,000', 4e9, null, '4,000,000,000'],
    ['160k', 160_000, null, '160k'],
    ['about 160,000 students', 160_000, null, '160,000'],
    ['$120m', 1.2e8, 'USD', '$120m'],
    ['approximately $120 million for', 1.2e8, 'USD', '$120 million'],
    ['15 million tons of cargo', 1.5e7, null, '15 million'],
    ['€3.2bn', 3.2e9, 'EUR', '€3.2bn'],
    ['US$ 7.5 billion', 7.5e9, 'USD', 'US$ 7.5 billion'],
    ['300 manats', 300, 'AZN', '300 manats'],
    ['12.5%', 12.5, null, '12.5%'],
    ['5 per cent', 5, null, '5 per cent'],
    ['the 100 m race', 100, null, '100'],
  ])('reads %s as %d', (text, value, currency, written) => {
    const [found] = findNumbers(text);
    expect(found?.value).toBe(value);
    expect(found?.currency).toBe(currency);
    expect(text.slice(found?.start, found?.end)).toBe(written);
  });

  it('ignores digits glued to letters, such as G20', () => {
    expect(findNumbers('the G20 summit')).toEqual([]);
  });

  it('gives the same key to the same value however it was written', () => {
    const keys = ['$4bn', '4 billion', '4,000,000,000', '4.0 billion'].map((text) => numberKey(findNumbers(text)[0]!.value));
    expect(new Set(keys)).toEqual(new Set(['#4000000000']));
  });
});

/** A compact view of a parsed token for the tables. */
function describeToken(token: QueryToken): string {
  if (token.kind === 'word') return `${token.term}${token.prefix ? '…' : ''}`;
  return `${token.keys.join('|')}${token.digits === null ? '' : ` (${token.digits})`}${token.prefix ? '…' : ''}`;
}

describe('parseQuery', () => {
  it.each([
    ['russian schools', ['russian', 'schools…'], []],
    ['russian schools ', ['russian', 'schools'], []],
    ['aliyev trade', ['aliyev', 'trade…'], []],
    ['340', ['#340 (340)…'], []],
    ['4 billion', ['#4000000000'], []],
    ['$4bn', ['#4000000000'], ['usd']],
    ['$120m', ['#120000000'], ['usd']],
    ['160k', ['#160000'], []],
    ['4 bil', ['#4|#4000000000 (4)'], []],
    ['12.5%', ['#12.5 (12.5)'], ['percent']],
    ['russain schols', ['russain', 'schols…'], []],
    ['Əliyev in Bakı', ['aliyev', 'baki…'], []],
    ['the', ['the…'], []],
    ['schools in 2021', ['schools', '#2021 (2021)…'], []],
  ])('reads %j as %j', (query, required, optional) => {
    const parsed = parseQuery(query);
    expect(parsed.required.map(describeToken)).toEqual(required);
    expect(parsed.optional).toEqual(optional);
  });

  it('gives Fuse the words only, folded, leaving figures to the index', () => {
    expect(parseQuery('Aliyev $4bn TRADE').words).toEqual(['aliyev', 'trade']);
  });
});

describe('matching words', () => {
  it.each([
    ['russain', 'russian', 1],
    ['schols', 'schools', 1],
    ['aliev', 'aliyev', 1],
    ['modernisation', 'modernization', 1],
    ['trade', 'grade', 1],
    ['school', 'schoolchildren', 3],
  ])('counts %s -> %s as %d edits (capped at 2)', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 2)).toBe(distance);
  });

  it.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
  ])('allows a word of %d letters %d typos', (length, typos) => {
    expect(allowedTypos(length)).toBe(typos);
  });

  it.each([
    ['schools', ['school']],
    ['school', ['schools']],
    ['universities', ['university', 'universitie']],
    ['university', ['universities', 'universitys']],
    ['taxes', ['tax', 'taxe']],
    ['340', []],
  ])('spells %s also as %j', (term, variants) => {
    expect(wordVariants(term)).toEqual(variants);
  });
});

describe('findHighlightSpans', () => {
  const text = 'We surpassed the $4 billion mark with Russia, Russian officials said.';

  it('marks the words the query reached and the figures it asked for', () => {
    const spans = findHighlightSpans(text, new Set(['russian', 'russia']), [4e9]);
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['$4 billion', 'Russia', 'Russian']);
  });

  it('marks nothing when nothing matched', () => {
    expect(findHighlightSpans(text, new Set(), [])).toEqual([]);
  });

  it('marks a word however it is accented or cased', () => {
    const accented = 'Şahin Mustafayev in BAKI';
    const spans = findHighlightSpans(accented, new Set(['sahin', 'baki']), []);
    expect(spans.map(([start, end]) => accented.slice(start, end))).toEqual(['Şahin', 'BAKI']);
  });
});
