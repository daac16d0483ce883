// Every measure unit Recount knows, once: the symbol the ingest writes, the dimension it measures,
// the factor into that dimension's base unit, and the words and abbreviations that name it after
// a number. The ingest reads figures with these names, the comparisons convert with the factors,
// the figure formatter writes the symbols as they are, and search indexes them.

/** What a unit measures; units compare only within one dimension. */
export type Dimension =
  | 'mass' | 'length' | 'area' | 'volume' | 'energy' | 'power' | 'duration' | 'speed' | 'celsius' | 'fahrenheit'
  | 'angle' | 'data' | 'data-rate' | 'frequency' | 'voltage' | 'charge' | 'capacitance' | 'torque' | 'concentration'
  | 'fuel-economy' | 'rotation' | 'loudness' | 'containers' | 'pressure' | 'field-strength';

/** One measure unit. */
export interface MeasureUnit {
  /** The symbol the ingest writes: SI-style (`km`, `kWh`, `°C`), ASCII exponents (`m2`, `ft3`). */
  symbol: string;
  dimension: Dimension;
  /** Multiply a value in this unit by `factor` to get the dimension's base unit. */
  factor: number;
  /** Words and abbreviations written after a number, matched without case (`kilometres`, `km`). */
  names: readonly string[];
  /** Older spellings of the symbol that stored content may still carry (`km²`). */
  aliases?: readonly string[];
  /** True when the symbol is a word, pluralised after numbers other than one (`3 years`, not `3 year`). */
  spelled?: boolean;
}

const u = (symbol: string, dimension: Dimension, factor: number, names: readonly string[], aliases?: readonly string[]): MeasureUnit => {
  const unit: MeasureUnit = aliases === undefined ? { symbol, dimension, factor, names } : { symbol, dimension, factor, names, aliases };
  return SPELLED_SYMBOLS.has(symbol) ? { ...unit, spelled: true } : unit;
};

/** Symbols that are words: written in the plural after numbers other than one. */
const SPELLED_SYMBOLS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'decade', 'century', 'bit', 'farad']);

const YEAR_SECONDS = 365.25 * 86400;

/** Every measure unit, base units first within a dimension. */
export const MEASURE_UNITS: readonly MeasureUnit[] = [
  // mass (base kg)
  u('kg', 'mass', 1, ['kg', 'kgs', 'kilograms', 'kilogram', 'kilogrammes', 'kilogramme', 'kilos', 'kilo']),
  u('g', 'mass', 1e-3, ['g', 'grams', 'gram', 'grammes', 'gramme']),
  u('mg', 'mass', 1e-6, ['mg', 'milligrams', 'milligram', 'milligrammes']),
  u('µg', 'mass', 1e-9, ['µg', 'μg', 'mcg', 'micrograms', 'microgram']),
  u('t', 'mass', 1e3, ['t', 'tons', 'ton', 'tonnes', 'tonne', 'metric tons', 'metric ton', 'metric tonnes', 'metric tonne']),
  u('kt', 'mass', 1e6, ['kt', 'kilotons', 'kilotonnes', 'kiloton', 'kilotonne']),
  u('Mt', 'mass', 1e9, ['megatons', 'megatonnes', 'megaton', 'megatonne']),
  u('Gt', 'mass', 1e12, ['gt', 'gigatons', 'gigatonnes', 'gigaton', 'gigatonne']),
  u('lb', 'mass', 0.45359237, ['lb', 'lbs', 'pounds', 'pound']),
  u('oz', 'mass', 0.028349523125, ['oz', 'ounces', 'ounce']),
  u('st', 'mass', 6.35029318, ['stone']),
  // length (base m)
  u('m', 'length', 1, ['m', 'metres', 'metre', 'meters', 'meter']),
  u('km', 'length', 1e3, ['km', 'kms', 'kilometres', 'kilometre', 'kilometers', 'kilometer', 'klicks']),
  u('cm', 'length', 1e-2, ['cm', 'centimetres', 'centimetre', 'centimeters', 'centimeter']),
  u('mm', 'length', 1e-3, ['mm', 'millimetres', 'millimetre', 'millimeters', 'millimeter']),
  u('µm', 'length', 1e-6, ['µm', 'μm', 'micrometres', 'micrometers', 'micrometre', 'micrometer', 'microns', 'micron']),
  u('nm', 'length', 1e-9, ['nm', 'nanometres', 'nanometers', 'nanometre', 'nanometer']),
  u('mi', 'length', 1609.344, ['mi', 'miles', 'mile']),
  u('ft', 'length', 0.3048, ['ft', 'feet', 'foot']),
  u('in', 'length', 0.0254, ['inches', 'inch']),
  u('yd', 'length', 0.9144, ['yd', 'yds', 'yards', 'yard']),
  u('nmi', 'length', 1852, ['nautical miles', 'nautical mile']),
  // area (base m2)
  u('m2', 'area', 1, ['square metres', 'square meters', 'square metre', 'square meter', 'square m', 'sq m', 'sq. m', 'sqm', 'm2', 'm²'], ['m²']),
  u('km2', 'area', 1e6, ['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'square km', 'sq km', 'sq. km', 'km2', 'km²'], ['km²']),
  u('ha', 'area', 1e4, ['hectares', 'hectare', 'ha']),
  u('ac', 'area', 4046.8564224, ['acres', 'acre'], ['acre']),
  u('ft2', 'area', 0.09290304, ['square feet', 'square foot', 'sq ft', 'sq. ft', 'sq. ft.', 'sqft', 'ft2', 'ft²']),
  u('mi2', 'area', 2589988.110336, ['square miles', 'square mile', 'sq mi', 'mi2', 'mi²']),
  // volume (base m3)
  u('m3', 'volume', 1, ['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'm3', 'm³', 'cu m'], ['m³']),
  u('L', 'volume', 1e-3, ['l', 'litres', 'liters', 'litre', 'liter'], ['l']),
  u('ml', 'volume', 1e-6, ['ml', 'millilitres', 'milliliters', 'millilitre', 'milliliter']),
  u('gal', 'volume', 0.003785411784, ['gal', 'gallons', 'gallon']),
  u('bbl', 'volume', 0.158987294928, ['bbl', 'barrels', 'barrel']),
  u('ft3', 'volume', 0.028316846592, ['cubic feet', 'cubic foot', 'cu ft', 'ft3', 'ft³']),
  u('pt', 'volume', 0.000473176473, ['pints', 'pint']),
  u('qt', 'volume', 0.000946352946, ['quarts', 'quart', 'qt']),
  u('fl oz', 'volume', 0.0000295735295625, ['fluid ounces', 'fluid ounce', 'fl oz', 'fl. oz.']),
  u('mcm', 'volume', 1e6, []),
  u('bcm', 'volume', 1e9, []),
  // energy (base kWh)
  u('kWh', 'energy', 1, ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kilowatt hour', 'kwh']),
  u('Wh', 'energy', 1e-3, ['watt-hours', 'watt hours', 'watt-hour', 'wh']),
  u('MWh', 'energy', 1e3, ['megawatt-hours', 'megawatt hours', 'megawatt-hour', 'megawatt hour', 'mwh']),
  u('GWh', 'energy', 1e6, ['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour', 'gigawatt hour', 'gwh']),
  u('TWh', 'energy', 1e9, ['terawatt-hours', 'terawatt hours', 'terawatt-hour', 'terawatt hour', 'twh']),
  u('kcal', 'energy', 0.001163, ['kcal', 'kilocalories', 'kilocalorie', 'calories', 'calorie', 'cal']),
  u('J', 'energy', 1 / 3.6e6, ['joules', 'joule']),
  u('Btu', 'energy', 0.000293071, ['btu', 'btus', 'british thermal units']),
  u('MMBtu', 'energy', 293.071, ['mmbtu', 'million btu', 'million british thermal units']),
  // power (base W)
  u('W', 'power', 1, ['w', 'watts', 'watt']),
  u('kW', 'power', 1e3, ['kw', 'kilowatts', 'kilowatt']),
  u('MW', 'power', 1e6, ['mw', 'megawatts', 'megawatt']),
  u('GW', 'power', 1e9, ['gw', 'gigawatts', 'gigawatt']),
  u('TW', 'power', 1e12, ['tw', 'terawatts', 'terawatt']),
  u('hp', 'power', 745.69987158227022, ['hp', 'bhp', 'horsepower', 'horse power']),
  // duration (base s); a year is 365.25 days, a month a twelfth of that
  u('s', 'duration', 1, ['s', 'sec', 'secs', 'seconds', 'second']),
  u('min', 'duration', 60, ['min', 'mins', 'minutes', 'minute']),
  u('h', 'duration', 3600, ['h', 'hr', 'hrs', 'hours', 'hour']),
  u('day', 'duration', 86400, ['days', 'day']),
  u('week', 'duration', 7 * 86400, ['weeks', 'week', 'wks', 'wk']),
  u('month', 'duration', YEAR_SECONDS / 12, ['months', 'month', 'mos']),
  u('year', 'duration', YEAR_SECONDS, ['years', 'year', 'yrs', 'yr']),
  u('decade', 'duration', 10 * YEAR_SECONDS, ['decades', 'decade']),
  u('century', 'duration', 100 * YEAR_SECONDS, ['centuries', 'century']),
  // speed (base km/h)
  u('km/h', 'speed', 1, ['km/h', 'kph', 'kmh', 'km/hr', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour']),
  u('mph', 'speed', 1.609344, ['mph', 'm.p.h.', 'miles per hour', 'miles an hour']),
  u('m/s', 'speed', 3.6, ['m/s', 'metres per second', 'meters per second', 'metres a second', 'meters a second']),
  u('kn', 'speed', 1.852, ['knots', 'knot']),
  // temperature: no common base without an offset, so each scale compares only with itself
  u('°C', 'celsius', 1, ['°c', '° c', '℃', 'degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius', 'c']),
  u('°F', 'fahrenheit', 1, ['°f', '° f', '℉', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'f']),
  u('°', 'angle', 1, ['degrees', 'degree', '°']),
  // data (base byte) and data rates (base bit/s)
  u('B', 'data', 1, ['bytes', 'byte']),
  u('KB', 'data', 1e3, ['kb', 'kilobytes', 'kilobyte']),
  u('MB', 'data', 1e6, ['mb', 'megabytes', 'megabyte']),
  u('GB', 'data', 1e9, ['gb', 'gigabytes', 'gigabyte', 'gig', 'gigs']),
  u('TB', 'data', 1e12, ['tb', 'terabytes', 'terabyte']),
  u('PB', 'data', 1e15, ['pb', 'petabytes', 'petabyte']),
  u('bit', 'data', 0.125, ['bits', 'bit']),
  u('kbit/s', 'data-rate', 1e3, ['kbps', 'kbit/s', 'kb/s']),
  u('Mbit/s', 'data-rate', 1e6, ['mbps', 'mbit/s', 'mb/s', 'megabits per second', 'megabit per second']),
  u('Gbit/s', 'data-rate', 1e9, ['gbps', 'gbit/s', 'gb/s', 'gigabits per second', 'gigabit per second']),
  // frequency (base Hz)
  u('Hz', 'frequency', 1, ['hz', 'hertz']),
  u('kHz', 'frequency', 1e3, ['khz', 'kilohertz']),
  u('MHz', 'frequency', 1e6, ['mhz', 'megahertz']),
  u('GHz', 'frequency', 1e9, ['ghz', 'gigahertz']),
  // electricity
  u('V', 'voltage', 1, ['v', 'volts', 'volt']),
  u('kV', 'voltage', 1e3, ['kv', 'kilovolts', 'kilovolt']),
  u('mAh', 'charge', 1, ['mah', 'milliamp-hours', 'milliamp hours', 'milliampere-hours']),
  u('farad', 'capacitance', 1, ['farads', 'farad']),
  u('kV/cm', 'field-strength', 1, ['kv/cm']),
  // the rest of what news measures
  u('lb-ft', 'torque', 1.3558179483314, ['lb-ft', 'lb ft', 'pound-feet', 'pound-foot', 'pound feet', 'foot-pounds', 'ft-lb']),
  u('N-m', 'torque', 1, ['newton-metres', 'newton-meters', 'newton metres', 'newton meters']),
  u('ppm', 'concentration', 1e-6, ['ppm', 'parts per million']),
  u('ppb', 'concentration', 1e-9, ['ppb', 'parts per billion']),
  u('mpg', 'fuel-economy', 1, ['mpg', 'miles per gallon']),
  u('rpm', 'rotation', 1, ['rpm', 'revolutions per minute']),
  u('dB', 'loudness', 1, ['db', 'decibels', 'decibel']),
  u('TEU', 'containers', 1, ['teu', 'teus']),
  u('psi', 'pressure', 6894.757293168, ['psi']),
  u('kPa', 'pressure', 1e3, ['kpa']),
  u('MPa', 'pressure', 1e6, ['mpa']),
  u('GPa', 'pressure', 1e9, ['gpa']),
];

/** Names that stand for a multiple of a unit's symbol (`bcm`: a billion cubic metres). */
export const SCALED_UNIT_NAMES: ReadonlyArray<readonly [name: string, symbol: string, factor: number]> = [
  ['bcm', 'm3', 1e9], ['mcm', 'm3', 1e6], ['tcf', 'ft3', 1e12], ['bcf', 'ft3', 1e9], ['mmt', 't', 1e6],
];

/** Names that carry a rate (`bpd`: barrels per day), with the symbol and the denominator. */
export const RATE_UNIT_NAMES: ReadonlyArray<readonly [name: string, symbol: string, per: 'day' | 'year' | 'hour']> = [
  ['bpd', 'bbl', 'day'], ['b/d', 'bbl', 'day'], ['bbl/d', 'bbl', 'day'],
];

/** Symbols that the duration dimension uses, in the order the ingest prefers them. */
export const DURATION_SYMBOLS: readonly string[] = MEASURE_UNITS.filter((unit) => unit.dimension === 'duration').map((unit) => unit.symbol);

const BY_SYMBOL: ReadonlyMap<string, MeasureUnit> = new Map(
  MEASURE_UNITS.flatMap((unit) => [[unit.symbol, unit] as const, ...(unit.aliases ?? []).map((alias) => [alias, unit] as const)]),
);

/** The measure unit a stored symbol stands for (`km`, `km²`, `acre`), or undefined. */
export function findMeasureUnit(symbol: string): MeasureUnit | undefined {
  return BY_SYMBOL.get(symbol);
}

/** True when a stored unit is a measure symbol (`t`, `km`, `kWh`, `°C`). */
export function isMeasureSymbol(symbol: string): boolean {
  return BY_SYMBOL.has(symbol);
}
