// Every currency Recount reads, once: its ISO 4217 code, the signs written before an amount and
// the names written after it. The ingest reads money with these, search folds `$` and `dollars`
// to the same code, and the figure formatter writes the code back.

/** One currency. */
export interface Currency {
  /** ISO 4217 code, the unit the ingest writes for money. */
  code: string;
  /**
   * Signs written before (or glued to) an amount: `$`, `US$`, `RM`. Letter signs match only in
   * the case written here (`RM2.05`, not `rm`).
   */
  symbols: readonly string[];
  /** Names written after an amount, matched without case: `dollars`, `Danish crowns`. */
  names: readonly string[];
  /**
   * Signs that count only glued to the digits: the ASCII spellings that transliteration leaves
   * for `£` and `¥` in wire copy (`PS6m`, `Y=100 million`); apart, `PS 5` is a games console.
   */
  gluedSymbols?: readonly string[];
}

const c = (code: string, symbols: readonly string[], names: readonly string[], gluedSymbols?: readonly string[]): Currency =>
  gluedSymbols === undefined ? { code, symbols, names } : { code, symbols, names, gluedSymbols };

/** Every currency, the most written first (a sign shared by two is read as the first: `$` is USD). */
export const CURRENCIES: readonly Currency[] = [
  c('USD', ['$', 'US$', 'U.S.$', 'USD'], ['dollars', 'dollar', 'US dollars', 'U.S. dollars', 'American dollars', 'US dollar', 'bucks']),
  c('EUR', ['€', 'EUR'], ['euros', 'euro']),
  c('GBP', ['£', 'GBP'], ['pounds sterling', 'pound sterling', 'British pounds', 'sterling', 'pounds', 'quid'], ['PS']),
  c('JPY', ['¥', 'JPY', 'JP¥'], ['yen', 'Japanese yen'], ['Y=']),
  c('CNY', ['CNY', 'RMB', 'CN¥'], ['yuan', 'renminbi', 'Chinese yuan']),
  c('RUB', ['₽', 'RUB'], ['rubles', 'roubles', 'ruble', 'rouble', 'Russian rubles']),
  c('AZN', ['₼', 'AZN'], ['manats', 'manat', 'Azerbaijani manats', 'Azerbaijani manat']),
  c('INR', ['₹', 'INR', 'Rs', 'Rs.'], ['rupees', 'rupee', 'Indian rupees', 'lakh rupees', 'crore rupees']),
  c('TRY', ['₺', 'TRY'], ['lira', 'liras', 'Turkish lira']),
  c('UAH', ['₴', 'UAH'], ['hryvnias', 'hryvnia']),
  c('KZT', ['₸', 'KZT'], ['tenge']),
  c('GEL', ['₾', 'GEL'], ['lari']),
  c('KRW', ['₩', 'KRW'], ['won', 'Korean won']),
  c('ILS', ['₪', 'ILS', 'NIS'], ['shekels', 'shekel', 'new shekels']),
  c('AMD', ['֏', 'AMD'], ['drams', 'dram']),
  c('CAD', ['C$', 'CA$', 'CAD'], ['Canadian dollars', 'Canadian dollar']),
  c('AUD', ['A$', 'AU$', 'AUD'], ['Australian dollars', 'Australian dollar']),
  c('HKD', ['HK$', 'HKD'], ['Hong Kong dollars', 'Hong Kong dollar']),
  c('NZD', ['NZ$', 'NZD'], ['New Zealand dollars', 'New Zealand dollar']),
  c('SGD', ['S$', 'SGD'], ['Singapore dollars', 'Singaporean dollars', 'Singapore dollar']),
  c('BRL', ['R$', 'BRL'], ['reais', 'Brazilian reais']),
  c('MXN', ['MX$', 'MXN'], ['pesos', 'peso', 'Mexican pesos']),
  c('MYR', ['RM', 'MYR'], ['ringgit', 'Malaysian ringgit']),
  c('CHF', ['CHF'], ['Swiss francs', 'Swiss franc', 'francs']),
  c('DKK', ['DKK'], ['Danish crowns', 'Danish kroner', 'Danish krone']),
  c('SEK', ['SEK'], ['Swedish crowns', 'Swedish kronor', 'Swedish krona']),
  c('NOK', ['NOK'], ['Norwegian crowns', 'Norwegian kroner', 'Norwegian krone']),
  c('CZK', ['CZK'], ['Czech crowns', 'Czech korunas', 'koruna']),
  c('HRK', ['HRK', 'kn'], ['kuna', 'kunas']),
  c('ZAR', ['ZAR'], ['rand', 'South African rand']),
  c('IRR', ['IRR'], ['rials', 'rial']),
  c('SAR', ['SAR'], ['riyals', 'Saudi riyals']),
  c('QAR', ['QAR'], ['Qatari riyals']),
  c('AED', ['AED'], ['dirhams', 'dirham']),
  c('KWD', ['KWD'], ['Kuwaiti dinars']),
  c('PLN', ['PLN', 'zł'], ['zloty', 'zlotys', 'zlotych']),
  c('HUF', ['HUF'], ['forints', 'forint']),
  c('RON', ['RON'], ['Romanian lei']),
  c('BGN', ['BGN'], ['leva']),
  c('EGP', ['EGP'], ['Egyptian pounds']),
  c('PKR', ['PKR'], ['Pakistani rupees']),
  c('NGN', ['₦', 'NGN'], ['naira']),
  c('PHP', ['₱', 'PHP'], ['Philippine pesos']),
  c('BYN', ['BYN'], ['Belarusian rubles']),
  c('UZS', ['UZS'], []),
  c('TMT', ['TMT'], []),
  c('KGS', ['KGS'], []),
  c('TJS', ['TJS'], ['somoni']),
  c('MDL', ['MDL'], ['Moldovan lei']),
  c('BTC', ['BTC', '₿'], ['bitcoins', 'bitcoin']),
];

/** Minor units written after an amount; their value is kept as written (`19 cents` is 19 cent). */
export const MINOR_UNITS: ReadonlyArray<readonly [name: string, unit: string]> = [
  ['cents', 'cent'], ['cent', 'cent'], ['¢', 'cent'], ['pence', 'pence'], ['penny', 'pence'], ['sen', 'sen'],
  ['kopecks', 'kopeck'], ['qapik', 'qapik'],
];

const CODES: ReadonlySet<string> = new Set(CURRENCIES.map((currency) => currency.code));

/** True when a stored unit is a currency code Recount knows (`USD`, `AZN`). */
export function isCurrencyCode(unit: string): boolean {
  return CODES.has(unit);
}

const BY_SYMBOL: ReadonlyMap<string, string> = new Map(
  CURRENCIES.flatMap((currency) => currency.symbols.map((symbol) => [symbol, currency.code] as const)).reverse(),
);

/** The ISO code a sign stands for, exactly as written (`$` -> USD, `HK$` -> HKD, `RM` -> MYR), or undefined. */
export function currencyForSymbol(symbol: string): string | undefined {
  return BY_SYMBOL.get(symbol);
}
