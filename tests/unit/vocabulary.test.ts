import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, MEASURE_WORDS } from '../../src/ingest/quantities/tables/units.ts';
import { findAllQuantities, findQuantities } from '../../src/ingest/index.ts';
import { formatFigure } from '../../src/lib/format-figure.ts';
import { findNumbers } from '../../src/lib/search/find-numbers.ts';
import { isMeasureUnit, unitFamily } from '../../src/lib/topics/unit-family.ts';
import { CURRENCIES, currencyForSymbol, isCurrencyCode } from '../../src/vocabulary/currencies.ts';
import { scaleFactor } from '../../src/vocabulary/scales.ts';
import { MEASURE_UNITS, findMeasureUnit } from '../../src/vocabulary/units.ts';

/** Every measure symbol the ingest's tables can write into a claim or a quantity. */
const INGEST_MEASURES = [...new Set([...MEASURE_WORDS.byFirst.values()].flat().map((phrase) => phrase.data.unit))].sort();

const claim = (kind: 'measure' | 'money', unit: string) => ({
  quantity: '5', value: 5, unit, kind, qualifier: 'exact' as const, min: 5, max: 5, period: { per: null },
});

describe('one vocabulary', () => {
  it('gives every measure unit one symbol, a positive factor and names that are unique within a dimension', () => {
    const symbols = MEASURE_UNITS.map((unit) => unit.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const unit of MEASURE_UNITS) expect(unit.factor, unit.symbol).toBeGreaterThan(0);
  });

  it.each(INGEST_MEASURES)('knows the ingest unit %s in the comparisons and the figure formatter', (symbol) => {
    expect(isMeasureUnit(symbol)).toBe(true);
    const family = unitFamily({ ...claim('measure', symbol), period: { per: null } });
    expect(family.key).toBe(`measure:${findMeasureUnit(symbol)?.dimension}:`);
    const words = formatFigure(claim('measure', symbol)).words;
    expect(words.endsWith(findMeasureUnit(symbol)?.spelled === true ? words.split(' ').pop()! : symbol), words).toBe(true);
  });

  it.each([...CURRENCY_CODES].sort())('knows the ingest currency %s in the comparisons and the figure formatter', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
    expect(unitFamily({ ...claim('money', code), period: { per: null } }).key).toBe(`money:${code}:`);
    expect(() => formatFigure(claim('money', code))).not.toThrow();
  });

  it.each([
    ['acres, written `ac`, compare with hectares', 'ac', 'area'],
    ['`in` is a length', 'in', 'length'],
    ['`TEU` counts containers', 'TEU', 'containers'],
    ['`°C` is a temperature', '°C', 'celsius'],
    ['`°F` is a temperature of its own', '°F', 'fahrenheit'],
    ['older content in `km²` still compares', 'km²', 'area'],
    ['older content in `acre` still compares', 'acre', 'area'],
  ])('%s', (_name, symbol, dimension) => {
    expect(findMeasureUnit(symbol)?.dimension).toBe(dimension);
  });

  it('converts acres and hectares onto one scale', () => {
    const acre = unitFamily({ ...claim('measure', 'ac'), period: { per: null } });
    const hectare = unitFamily({ ...claim('measure', 'ha'), period: { per: null } });
    expect(acre.key).toBe(hectare.key);
    expect(acre.factor / hectare.factor).toBeCloseTo(0.404686, 5);
  });

  it.each([
    ['$', 'USD'], ['HK$', 'HKD'], ['RM', 'MYR'], ['€', 'EUR'], ['₼', 'AZN'],
  ])('reads the currency sign %s as %s', (symbol, code) => {
    expect(currencyForSymbol(symbol)).toBe(code);
  });

  it.each([
    ['million', 1e6], ['bn', 1e9], ['lakh', 1e5], ['crore', 1e7], ['MM', 1e6], ['mm', undefined],
  ])('reads the scale %s as %s', (word, factor) => {
    expect(scaleFactor(word)).toBe(factor);
  });

  it('gives the ingest, the quantity layer and search the same scales and currencies', () => {
    expect(findQuantities('Exports reached 5 lakh tons.')[0]?.value).toBe(5e5);
    expect(findAllQuantities('It cost RM23.50.')[0]?.unit).toBe('MYR');
    expect(findNumbers('5 lakh')[0]?.value).toBe(5e5);
    for (const currency of CURRENCIES) expect(findNumbers(`${currency.code} 5`)[0]?.currency, currency.code).toBe(currency.code);
  });
});
