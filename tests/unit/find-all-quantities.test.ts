import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAllQuantities, findQuantities, formatFor, ingestArticle, listQuantities, type Quantity } from '../../src/ingest/index.ts';

/** One expected quantity: as written (unit words included), value or [min, max], unit, kind, qualifier. */
type Expected = [text: string, value: number | [number | null, number | null], unit: string | null, kind: Quantity['kind'], qualifier: Quantity['qualifier']];

/** A sentence and every quantity it must yield, in order. */
type Case = [sentence: string, ...quantities: Expected[]];

const shape = (quantity: Quantity): Expected => [
  quantity.text,
  quantity.value !== null && quantity.min === quantity.max ? round(quantity.value) : [quantity.min, quantity.max],
  quantity.unit,
  quantity.kind,
  quantity.qualifier,
];
const round = (value: number) => Number(value.toPrecision(10));

// Adding a case is one line: [sentence, [text, value or [min, max], unit, kind, qualifier], ...]
const FAMILIES: Record<string, Case[]> = {
  'number words and mixed forms': [
    ['The hall seats two hundred and forty-three people.', ['two hundred and forty-three people', 243, 'person', 'count', 'exact']],
    ['They counted 4 thousand 2 hundred votes.', ['4 thousand 2 hundred votes', 4200, 'vote', 'count', 'exact']],
    ['The city has three and a half million residents.', ['three and a half million residents', 3.5e6, 'resident', 'count', 'exact']],
    ['Half a million people marched.', ['Half a million people', 5e5, 'person', 'count', 'exact']],
    ['The fund lost a quarter billion dollars.', ['a quarter billion dollars', 2.5e8, 'USD', 'money', 'exact']],
    ['A dozen eggs broke.', ['A dozen eggs', 12, 'egg', 'count', 'about']],
    ['The census found 2 345 678 residents.', ['2 345 678 residents', 2345678, 'resident', 'count', 'exact']],
    ['It was minus 4 degrees at dawn.', ['minus 4 degrees', -4, '°', 'measure', 'exact']],
    ['Shares fell -1.3% on Monday.', ['-1.3%', -1.3, '%', 'percent', 'exact']],
    ['The index rose +0.4% by noon.', ['+0.4%', 0.4, '%', 'percent', 'exact']],
    ['The error rate fell to .5 per cent.', ['.5 per cent', 0.5, '%', 'percent', 'exact']],
    ['She is one of the fastest runners in the club.', ['one of the fastest runners', 1, 'runner', 'count', 'exact']],
    ['The two ministers met twice.', ['two ministers', 2, 'minister', 'count', 'exact']],
  ],
  'fractions and mixed numbers': [
    ['The trail is 3/4 mile long.', ['3/4 mile', 0.75, 'mi', 'measure', 'exact']],
    ['They walked 12 1/2 miles.', ['12 1/2 miles', 12.5, 'mi', 'measure', 'exact']],
    ['A third of the staff left.', ['A third', 1 / 3, 'fraction', 'fraction', 'exact']],
    ['Two-thirds of voters agreed.', ['Two-thirds', 2 / 3, 'fraction', 'fraction', 'exact']],
    ['One in five children is poor.', ['One in five', 0.2, 'fraction', 'fraction', 'exact']],
    ['A cup is 1/16 of a gallon.', ['1/16 of a gallon', 0.0625, 'gal', 'measure', 'exact']],
  ],
  'ranges and bounds': [
    ['Between 12 and 15 people died.', ['Between 12 and 15 people', [12, 15], 'person', 'count', 'range']],
    ['The road runs from 40 to 55 miles.', ['from 40 to 55 miles', [40, 55], 'mi', 'measure', 'range']],
    ['Prices ranged 2,000–3,000 euros.', ['2,000–3,000 euros', [2000, 3000], 'EUR', 'money', 'range']],
    ['Salaries of 4k-6k dollars were offered.', ['4k-6k dollars', [4000, 6000], 'USD', 'money', 'range']],
    ['It will cost $2 billion to $3 billion.', ['$2 billion to $3 billion', [2e9, 3e9], 'USD', 'money', 'range']],
    ['The crowd was four to five thousand people.', ['four to five thousand people', [4000, 5000], 'person', 'count', 'range']],
    ['Greater than 50 people came.', ['Greater than 50 people', [50, null], 'person', 'count', 'more-than']],
    ['We need 30 seats or more.', ['30 seats', [30, null], 'seat', 'count', 'at-least']],
    ['Groups of 10 people or fewer may meet.', ['10 people', [null, 10], 'person', 'count', 'at-most']],
    ['Under 5% of ballots were spoiled.', ['Under 5%', [null, 5], '%', 'percent', 'less-than']],
    ['The plant will add up to 300 jobs.', ['up to 300 jobs', [null, 300], 'job', 'count', 'at-most']],
    ['A meal costs eight or nine euros.', ['eight', 8, 'EUR', 'money', 'exact'], ['nine euros', 9, 'EUR', 'money', 'exact']],
    ['The index fell 2.1% to 25,000.', ['2.1%', 2.1, '%', 'percent', 'exact'], ['25,000', 25000, null, 'count', 'exact']],
    ['Exports rose 12% to $4.5 billion.', ['12%', 12, '%', 'percent', 'exact'], ['$4.5 billion', 4.5e9, 'USD', 'money', 'exact']],
    ['Weight fell from 90 kg to 80 kg.', ['from 90 kg to 80 kg', [80, 90], 'kg', 'measure', 'range']],
    ['Turnover rose from $5 million to $7 million.', ['from $5 million to $7 million', [5e6, 7e6], 'USD', 'money', 'range']],
  ],
  'durations, ages, frequencies and multipliers': [
    ['The bridge opens in 14 months.', ['14 months', 14, 'month', 'duration', 'exact']],
    ['A 12-year-old boy won the prize.', ['12-year', 12, 'year', 'duration', 'exact']],
    ['The comet returns every 20 years.', ['20 years', 20, 'year', 'duration', 'exact']],
    ['The war lasted three decades.', ['three decades', 3, 'decade', 'duration', 'exact']],
    ['The minister, Arif Mammadov, 58, resigned.', ['58', 58, 'year', 'duration', 'exact']],
    ['Women aged 25 joined.', ['25', 25, 'year', 'duration', 'exact']],
    ['She will be 40 by the spring.', ['40', 40, 'year', 'duration', 'exact']],
    ['Sales grew 5 times over.', ['5 times', 5, 'times', 'multiplier', 'exact']],
    ['The pump turns 3,000 times a minute.', ['3,000 times', 3000, 'times/min', 'rate', 'exact']],
  ],
  'compact and compound units, adjectival forms': [
    ['The phone has 512GB of storage.', ['512GB', 512, 'GB', 'measure', 'exact']],
    ['The app has 8M users.', ['8M users', 8e6, 'user', 'count', 'exact']],
    ['The deal is worth 40 MUSD.', ['40 MUSD', 4e7, 'USD', 'money', 'exact']],
    ['They raised 90 MEUR.', ['90 MEUR', 9e7, 'EUR', 'money', 'exact']],
    ['It cost US$ 2MM.', ['US$ 2MM', 2e6, 'USD', 'money', 'exact']],
    ['Exports reached 5 lakh tons.', ['5 lakh tons', 5e5, 't', 'measure', 'exact']],
    ['The bill is 2 crore rupees.', ['2 crore rupees', 2e7, 'INR', 'money', 'exact']],
    ['Oil traded at $61.10 per barrel.', ['$61.10', 61.1, 'USD/bbl', 'rate', 'exact']],
    ['They pump 500,000 barrels a day.', ['500,000 barrels', 5e5, 'bbl/day', 'rate', 'exact']],
    ['Prices rose 3 per cent a year.', ['3 per cent', 3, '%/year', 'rate', 'exact']],
    ['They built a nine-mile route.', ['nine-mile', 9, 'mi', 'measure', 'exact']],
    ['He drank a 24-ounce can.', ['24-ounce', 24, 'oz', 'measure', 'exact']],
    ['A 300-bed hospital opened.', ['300-bed', 300, 'bed', 'count', 'exact']],
    ['The engine makes 640bhp at 7,000 rpm.', ['640bhp', 640, 'hp', 'measure', 'exact'], ['7,000 rpm', 7000, 'rpm', 'measure', 'exact']],
    ['The river froze at 12 C and the kettle draws 5 W.', ['12 C', 12, '°C', 'measure', 'exact'], ['5 W', 5, 'W', 'measure', 'exact']],
    ['Shares closed at 118.5p.', ['118.5p', 118.5, 'pence', 'money', 'exact']],
    ['The index rose 58 points to 4,577.', ['58 points', 58, 'point', 'count', 'exact'], ['4,577', 4577, 'point', 'count', 'exact']],
    ['He has raised 200 million of the 1.5 billion euros.', ['200 million', 2e8, 'EUR', 'money', 'exact'], ['1.5 billion euros', 1.5e9, 'EUR', 'money', 'exact']],
  ],
  'vague amounts as intervals': [
    ['Millions of people watched.', ['Millions of people', [1e6, 1e7], 'person', 'count', 'vague']],
    ['Dozens of houses burned.', ['Dozens of houses', [24, 143], 'house', 'count', 'vague']],
    ['Tens of thousands of people marched.', ['Tens of thousands of people', [1e4, 1e5], 'person', 'count', 'vague']],
    ['Several hundred workers struck.', ['Several hundred workers', [200, 999], 'worker', 'count', 'vague']],
  ],
};

// What is not a quantity: years and dates, clock times, ranks, identifiers and names.
const NOT_QUANTITIES: string[] = [
  'The law passed in 2019.',
  'The vote is on 12 March 2024.',
  'It happened on Oct. 31 last year.',
  'The meeting starts at 10:30.',
  'We meet at 3 pm.',
  'She finished third in the race.',
  'Azerbaijan ranked 2nd in the region.',
  'Section 12 of the law applies.',
  'He bought a Model 3 car.',
  'The S&P 500 closed higher.',
  'They drove Route 66 west.',
  'COVID-19 spread fast.',
  'The G20 summit opened.',
  'The 1990s were calm.',
  'The iPhone 12 sold well.',
  'the ftse 100 closed higher.',
  'The network moved from 4G to 5G coverage in the capital on 1 May.',
];

describe('findAllQuantities', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(cases)('reads every quantity in: %s', (sentence, ...expected) => {
        expect(findAllQuantities(sentence).map(shape)).toEqual(expected.map(([text, value, ...rest]) => [text, typeof value === 'number' ? round(value) : value, ...rest]));
      });
    });
  }

  it.each(NOT_QUANTITIES)('finds no quantity in: %s', (sentence) => {
    expect(findAllQuantities(sentence).filter((quantity) => quantity.unit !== 'generation')).toEqual([]);
  });

  it('gives each quantity its span in the sentence', () => {
    const sentence = 'Exports rose 12% to $4.5 billion in 2023.';
    for (const quantity of findAllQuantities(sentence)) expect(sentence.slice(...quantity.span)).toBe(quantity.text);
    expect(findAllQuantities(sentence).map((quantity) => quantity.text)).toEqual(['12%', '$4.5 billion']);
  });

  it.each([
    ['a duration', 'The talks lasted three hours.'],
    ['an age', 'A 15-year-old boy was hurt.'],
    ['a reference', 'The two countries signed a deal.'],
    ['one of many', 'She is one of the best runners.'],
  ])('keeps %s as a quantity but not as a claim', (_kind, sentence) => {
    expect(findAllQuantities(sentence)).toHaveLength(1);
    expect(findQuantities(sentence)).toEqual([]);
  });
});

describe('claims on top of the quantity layer', () => {
  it('reads a newer unit name in the quantity layer but keeps the unit words a claim was published with', () => {
    const sentence = 'The office covers 80,000 square feet.';
    expect(findAllQuantities(sentence).map((quantity) => quantity.unit)).toEqual(['ft2']);
    expect(findQuantities(sentence).map((mention) => [mention.text, mention.unitStart])).toEqual([['80,000', null]]);
  });

  const root = path.resolve('tests/fixtures/ingest');
  const fixtures = readdirSync(root).filter((name) => !name.startsWith('.')).sort();

  it.each(fixtures)('finds every claim of the %s fixture among its quantities (ranks aside)', (name) => {
    const input = readdirSync(path.join(root, name)).find((file) => file.startsWith('input.'))!;
    const entry = ingestArticle({ source: name, articleId: name, format: formatFor(input)!, bytes: readFileSync(path.join(root, name, input)) });
    const quantities = listQuantities(entry.paragraphs);
    for (const claim of entry.data.claims.filter((candidate) => candidate.kind !== 'rank')) {
      // A claim gives a share in per cent and a vague amount up to the next named amount; the
      // quantity layer keeps the fraction and the order of magnitude (see the methodology page).
      const same = (quantity: (typeof quantities)[number]) =>
        (quantity.min === claim.min && quantity.max === claim.max) ||
        (quantity.unit === 'fraction' && Math.abs(100 * (quantity.value ?? 0) - (claim.value ?? 0)) < 0.01) ||
        (quantity.qualifier === 'vague' && claim.qualifier === 'vague' && quantity.min === claim.min);
      const found = quantities.some((quantity) => quantity.text.includes(claim.quantity) && same(quantity));
      expect(found, `${claim.quantity} in “${claim.text}”`).toBe(true);
    }
  });
});
