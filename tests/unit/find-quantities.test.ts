import { describe, expect, it } from 'vitest';
import { KINDS, PER_UNITS, QUALIFIERS, type Kind, type Period, type Qualifier } from '../../src/schemas/claim.ts';
import { findQuantities, parseNumber, type QuantityMention } from '../../src/ingest/quantities/find-quantities.ts';

/** One expected mention: the figure as written, its numbers, and the unit words as written. */
type Expected = [
  text: string,
  value: number | null,
  qualifier: Qualifier,
  min: number | null,
  max: number | null,
  kind: Kind,
  unit: string | null,
  per: Period['per'],
  unitWords: string | null,
];

/** A sentence and every mention it must yield, in order. */
type Case = [sentence: string, ...mentions: Expected[]];

// Adding a case is one line: [sentence, [text, value, qualifier, min, max, kind, unit, per, unitWords], ...]
const SAMPLE_ARTICLES: Case[] = [
  ['There are more than 340 schools here with teaching conducted in Russian, there are Russian-language departments in state higher educational institutions, there are tens of thousands of students and schoolchildren studying in Russian.', ['more than 340', 340, 'more-than', 340, null, 'count', 'school', null, 'schools'], ['tens of thousands', null, 'vague', 10000, 99999, 'count', 'student', null, 'students']],
  ['The head of state noted that there are 324 schools in Azerbaijan where education is conducted in Russian, with about 160,000 students enrolled.', ['324', 324, 'exact', 324, 324, 'count', 'school', null, 'schools'], ['about 160,000', 160000, 'about', 160000, 160000, 'count', 'student', null, 'students']],
  ['“More than 800,000 students study Russian as a second language.', ['More than 800,000', 800000, 'more-than', 800000, null, 'count', 'student', null, 'students']],
  ['In 26 universities in Azerbaijan, there are departments offering education in Russian, with over 15,000 students enrolled.', ['26', 26, 'exact', 26, 26, 'count', 'university', null, 'universities'], ['over 15,000', 15000, 'more-than', 15000, null, 'count', 'student', null, 'students']],
  ['We surpassed the $4 billion mark last year, and (during today’s meetings – ed.) we shared our opinions that this is certainly not the limit,” he said.', ['$4 billion', 4e9, 'more-than', 4e9, null, 'money', 'USD', null, null]],
  ['We are talking about the possibility of transporting 15 million tons of cargo per year and more,” he said.', ['15 million', 15e6, 'at-least', 15e6, null, 'rate', 't', 'year', 'tons']],
  ['The president stated that this year Azerbaijan has allocated approximately $120 million for the modernization of this railway section to achieve the required capacity.', ['approximately $120 million', 120e6, 'about', 120e6, 120e6, 'money', 'USD', null, null]],
];

const COUNTS: Case[] = [
  ['The app has 160k users.', ['160k', 160000, 'exact', 160000, 160000, 'count', 'user', null, 'users']],
  ['The country has 160m people.', ['160m', 160e6, 'exact', 160e6, 160e6, 'count', 'person', null, 'people']],
  ['1,000 troops were deployed.', ['1,000', 1000, 'exact', 1000, 1000, 'count', 'troop', null, 'troops']],
  ['The army has 66,950 active personnel.', ['66,950', 66950, 'exact', 66950, 66950, 'count', 'personnel', null, 'active personnel']],
  ['There were 1500 participants.', ['1500', 1500, 'exact', 1500, 1500, 'count', 'participant', null, 'participants']],
  ['The company hired 300 more workers.', ['300', 300, 'exact', 300, 300, 'count', 'worker', null, 'more workers']],
  ['Only 5 schools remain.', ['5', 5, 'exact', 5, 5, 'count', 'school', null, 'schools']],
  ['Police detained 12 protesters.', ['12', 12, 'exact', 12, 12, 'count', 'protester', null, 'protesters']],
  ['The city has 2.3 million inhabitants.', ['2.3 million', 2.3e6, 'exact', 2.3e6, 2.3e6, 'count', 'inhabitant', null, 'inhabitants']],
  ['The ministry opened 1 new school.', ['1', 1, 'exact', 1, 1, 'count', 'school', null, 'new school']],
  ['The number of students reached 1.2 million.', ['1.2 million', 1.2e6, 'exact', 1.2e6, 1.2e6, 'count', null, null, null]],
  ['More than 5,000 Russian-speaking students enrolled.', ['More than 5,000', 5000, 'more-than', 5000, null, 'count', 'student', null, 'Russian-speaking students']],
  ['Over 60,000 Azerbaijanis live in Russia.', ['Over 60,000', 60000, 'more-than', 60000, null, 'count', 'azerbaijani', null, 'Azerbaijanis']],
  ['The fleet includes 40 aircraft.', ['40', 40, 'exact', 40, 40, 'count', 'aircraft', null, 'aircraft']],
  ['About 700 policemen were deployed.', ['About 700', 700, 'about', 700, 700, 'count', 'policeman', null, 'policemen']],
  ['The campaign reached 3,500 families.', ['3,500', 3500, 'exact', 3500, 3500, 'count', 'family', null, 'families']],
  ['Some 250 businesses took part.', ['Some 250', 250, 'about', 250, 250, 'count', 'business', null, 'businesses']],
  ['The school has 1,250 pupils and 90 teachers.', ['1,250', 1250, 'exact', 1250, 1250, 'count', 'pupil', null, 'pupils'], ['90', 90, 'exact', 90, 90, 'count', 'teacher', null, 'teachers']],
  ['The country received 2.5 million tourists in 2023.', ['2.5 million', 2.5e6, 'exact', 2.5e6, 2.5e6, 'count', 'tourist', null, 'tourists']],
  ['There are 12 million registered voters.', ['12 million', 12e6, 'exact', 12e6, 12e6, 'count', 'voter', null, 'registered voters']],
  ['A total of 4,300 houses were rebuilt.', ['4,300', 4300, 'exact', 4300, 4300, 'count', 'house', null, 'houses']],
  ['The hospital treated 870 children.', ['870', 870, 'exact', 870, 870, 'count', 'child', null, 'children']],
  ['The program trained 2,000 schoolchildren.', ['2,000', 2000, 'exact', 2000, 2000, 'count', 'schoolchild', null, 'schoolchildren']],
  ['0.5 million people were vaccinated.', ['0.5 million', 500000, 'exact', 500000, 500000, 'count', 'person', null, 'people']],
  ['The ruling party won 72 seats.', ['72', 72, 'exact', 72, 72, 'count', 'seat', null, 'seats']],
  ['The exhibition drew 15,000 visitors over three days.', ['15,000', 15000, 'exact', 15000, 15000, 'count', 'visitor', null, 'visitors']],
  ['The new law affects 1,234,567 taxpayers.', ['1,234,567', 1234567, 'exact', 1234567, 1234567, 'count', 'taxpayer', null, 'taxpayers']],
  ['About 160\u00a0000 students enrolled.', ['About 160\u00a0000', 160000, 'about', 160000, 160000, 'count', 'student', null, 'students']],
];

const NUMBER_WORDS: Case[] = [
  ['Twenty-five people were injured.', ['Twenty-five', 25, 'exact', 25, 25, 'count', 'person', null, 'people']],
  ['Three hundred soldiers arrived.', ['Three hundred', 300, 'exact', 300, 300, 'count', 'soldier', null, 'soldiers']],
  ['About a dozen countries joined.', ['About a dozen', 12, 'about', 12, 12, 'count', 'country', null, 'countries']],
  ['A dozen ministers attended.', ['A dozen', 12, 'about', 12, 12, 'count', 'minister', null, 'ministers']],
  ['Two dozen journalists were accredited.', ['Two dozen', 24, 'about', 24, 24, 'count', 'journalist', null, 'journalists']],
  ['Half a million people signed the petition.', ['Half a million', 500000, 'exact', 500000, 500000, 'count', 'person', null, 'people']],
  ['A million people watched the parade.', ['A million', 1e6, 'exact', 1e6, 1e6, 'count', 'person', null, 'people']],
  ['One hundred and twenty deputies voted.', ['One hundred and twenty', 120, 'exact', 120, 120, 'count', 'deputy', null, 'deputies']],
  ['Fifteen million tons of grain were exported.', ['Fifteen million', 15e6, 'exact', 15e6, 15e6, 'measure', 't', null, 'tons']],
  ['Two million refugees returned.', ['Two million', 2e6, 'exact', 2e6, 2e6, 'count', 'refugee', null, 'refugees']],
  ['Seven countries signed the declaration.', ['Seven', 7, 'exact', 7, 7, 'count', 'country', null, 'countries']],
  ['One and a half million people live in the region.', ['One and a half million', 1.5e6, 'exact', 1.5e6, 1.5e6, 'count', 'person', null, 'people']],
  ['Forty-two villages were liberated.', ['Forty-two', 42, 'exact', 42, 42, 'count', 'village', null, 'villages']],
  ['Nine hundred thousand people were displaced.', ['Nine hundred thousand', 900000, 'exact', 900000, 900000, 'count', 'person', null, 'people']],
  ['The plant employs eighty workers.', ['eighty', 80, 'exact', 80, 80, 'count', 'worker', null, 'workers']],
  ['Nearly three thousand volunteers helped.', ['Nearly three thousand', 3000, 'about', 3000, 3000, 'count', 'volunteer', null, 'volunteers']],
  ['Half a dozen ships were damaged.', ['Half a dozen', 6, 'about', 6, 6, 'count', 'ship', null, 'ships']],
  ['A quarter of a million people fled.', ['A quarter of a million', 250000, 'exact', 250000, 250000, 'count', 'person', null, 'people']],
];

const MONEY: Case[] = [
  ['The startup raised $120m in funding.', ['$120m', 120e6, 'exact', 120e6, 120e6, 'money', 'USD', null, null]],
  ['The bank lent €2.5bn to the company.', ['€2.5bn', 2.5e9, 'exact', 2.5e9, 2.5e9, 'money', 'EUR', null, null]],
  ['The deal is worth £2bn.', ['£2bn', 2e9, 'exact', 2e9, 2e9, 'money', 'GBP', null, null]],
  ['The budget was 12 bn manats.', ['12 bn', 12e9, 'exact', 12e9, 12e9, 'money', 'AZN', null, 'manats']],
  ['Debt stands at $1.2 trillion.', ['$1.2 trillion', 1.2e12, 'exact', 1.2e12, 1.2e12, 'money', 'USD', null, null]],
  ['The fund paid $50k in grants.', ['$50k', 50000, 'exact', 50000, 50000, 'money', 'USD', null, null]],
  // An amount of money in a compound adjective whose rate is no period is still an amount.
  ['The party held a $2,500-a-plate dinner.', ['$2,500', 2500, 'exact', 2500, 2500, 'money', 'USD', null, null]],
  ['Guests paid for a $40-ticket concert.', ['$40', 40, 'exact', 40, 40, 'money', 'USD', null, null]],
  ['Investments reached $2.3bn.', ['$2.3bn', 2.3e9, 'exact', 2.3e9, 2.3e9, 'money', 'USD', null, null]],
  ['The government allocated 300 million manats for the project.', ['300 million', 300e6, 'exact', 300e6, 300e6, 'money', 'AZN', null, 'manats']],
  ['Trade reached USD 4 billion last year.', ['USD 4 billion', 4e9, 'exact', 4e9, 4e9, 'money', 'USD', null, null]],
  ['Trade reached 4 billion USD last year.', ['4 billion', 4e9, 'exact', 4e9, 4e9, 'money', 'USD', null, 'USD']],
  ['Turnover reached ₼5 million.', ['₼5 million', 5e6, 'exact', 5e6, 5e6, 'money', 'AZN', null, null]],
  ['The budget was ¥500 billion.', ['¥500 billion', 500e9, 'exact', 500e9, 500e9, 'money', 'JPY', null, null]],
  ['The prize is worth US$1 million.', ['US$1 million', 1e6, 'exact', 1e6, 1e6, 'money', 'USD', null, null]],
  ['The company reported revenue of RUB 5 billion.', ['RUB 5 billion', 5e9, 'exact', 5e9, 5e9, 'money', 'RUB', null, null]],
  ['The fund holds 1.5 million euros.', ['1.5 million', 1.5e6, 'exact', 1.5e6, 1.5e6, 'money', 'EUR', null, 'euros']],
  ['The contract is worth 200 million roubles.', ['200 million', 200e6, 'exact', 200e6, 200e6, 'money', 'RUB', null, 'roubles']],
  ['China invested 10 billion yuan.', ['10 billion', 10e9, 'exact', 10e9, 10e9, 'money', 'CNY', null, 'yuan']],
  ['The fine was 5 million pounds sterling.', ['5 million', 5e6, 'exact', 5e6, 5e6, 'money', 'GBP', null, 'pounds sterling']],
  ['The ticket costs 30 dollars.', ['30', 30, 'exact', 30, 30, 'money', 'USD', null, 'dollars']],
  ['The project cost 2 billion US dollars.', ['2 billion', 2e9, 'exact', 2e9, 2e9, 'money', 'USD', null, 'US dollars']],
  ['Revenue rose to ₽1.5 trillion.', ['₽1.5 trillion', 1.5e12, 'exact', 1.5e12, 1.5e12, 'money', 'RUB', null, null]],
  ['A grant of AZN 2 million was approved.', ['AZN 2 million', 2e6, 'exact', 2e6, 2e6, 'money', 'AZN', null, null]],
  ['Remittances reached 3.4 billion dollars.', ['3.4 billion', 3.4e9, 'exact', 3.4e9, 3.4e9, 'money', 'USD', null, 'dollars']],
  ['The budget is 2,5 million manats.', ['2,5 million', 2.5e6, 'exact', 2.5e6, 2.5e6, 'money', 'AZN', null, 'manats']],
  ['The bill costs $5-billion.', ['$5-billion', 5e9, 'exact', 5e9, 5e9, 'money', 'USD', null, null]],
  ['The fee is €15.', ['€15', 15, 'exact', 15, 15, 'money', 'EUR', null, null]],
  ['Exports to Russia reached 1.2 billion manat.', ['1.2 billion', 1.2e9, 'exact', 1.2e9, 1.2e9, 'money', 'AZN', null, 'manat']],
  ['The loan of C$300 million was repaid.', ['C$300 million', 300e6, 'exact', 300e6, 300e6, 'money', 'CAD', null, null]],
  ['The fine was 5 million pounds.', ['5 million', 5e6, 'exact', 5e6, 5e6, 'money', 'GBP', null, 'pounds']],
  ['The ticket costs 500 € in summer.', ['500', 500, 'exact', 500, 500, 'money', 'EUR', null, '€']],
];

const PERCENTAGES_AND_SHARES: Case[] = [
  ['Inflation hit 5%.', ['5%', 5, 'exact', 5, 5, 'percent', '%', null, null]],
  ['Inflation hit 5 per cent in March.', ['5', 5, 'exact', 5, 5, 'percent', '%', null, 'per cent']],
  ['Growth slowed to 3.2 percent.', ['3.2', 3.2, 'exact', 3.2, 3.2, 'percent', '%', null, 'percent']],
  ['Unemployment fell by 2 percentage points.', ['2', 2, 'exact', 2, 2, 'percent', 'pp', null, 'percentage points']],
  ['Nearly 40% of the budget goes to defence.', ['Nearly 40%', 40, 'about', 40, 40, 'percent', '%', null, null]],
  ['Wages grew by 12.5% year on year.', ['12.5%', 12.5, 'exact', 12.5, 12.5, 'percent', '%', null, null]],
  ['Up to 30% of the harvest was lost.', ['Up to 30%', 30, 'at-most', null, 30, 'percent', '%', null, null]],
  ['Two-thirds of the students passed.', ['Two-thirds', 66.67, 'exact', 66.67, 66.67, 'percent', '%', null, null]],
  ['Half of the students passed.', ['Half', 50, 'exact', 50, 50, 'percent', '%', null, null]],
  ['A quarter of the respondents agreed.', ['A quarter', 25, 'exact', 25, 25, 'percent', '%', null, null]],
  ['One in five children is poor.', ['One in five', 20, 'exact', 20, 20, 'percent', '%', null, null]],
  ['Three out of four voters agreed.', ['Three out of four', 75, 'exact', 75, 75, 'percent', '%', null, null]],
  ['Roughly one-third of the population lives in Baku.', ['Roughly one-third', 33.33, 'about', 33.33, 33.33, 'percent', '%', null, null]],
  ['More than half of the students are women.', ['More than half', 50, 'more-than', 50, null, 'percent', '%', null, null]],
  ['Almost a quarter of the budget goes to the army.', ['Almost a quarter', 25, 'about', 25, 25, 'percent', '%', null, null]],
  ['Three-quarters of respondents agreed.', ['Three-quarters', 75, 'exact', 75, 75, 'percent', '%', null, null]],
  ['The country imports 1 in 3 cars from Japan.', ['1 in 3', 33.33, 'exact', 33.33, 33.33, 'percent', '%', null, null]],
  ['Half the population lives in cities.', ['Half', 50, 'exact', 50, 50, 'percent', '%', null, null]],
  ['A third of the territory was occupied.', ['A third', 33.33, 'exact', 33.33, 33.33, 'percent', '%', null, null]],
  ['The rate rose 0.5 pp.', ['0.5', 0.5, 'exact', 0.5, 0.5, 'percent', 'pp', null, 'pp']],
  ['The share of gas is 10 pct.', ['10', 10, 'exact', 10, 10, 'percent', '%', null, 'pct']],
  ['One in every four families owns a car.', ['One in every four', 25, 'exact', 25, 25, 'percent', '%', null, null]],
  ['Around 70 percent of exports go to Europe.', ['Around 70', 70, 'about', 70, 70, 'percent', '%', null, 'percent']],
  ['Inflation slowed to 4.5% from 6%.', ['4.5%', 4.5, 'exact', 4.5, 4.5, 'percent', '%', null, null], ['6%', 6, 'exact', 6, 6, 'percent', '%', null, null]],
  ['Two thirds of the land is arable.', ['Two thirds', 66.67, 'exact', 66.67, 66.67, 'percent', '%', null, null]],
  ['Nine out of ten doctors agree.', ['Nine out of ten', 90, 'exact', 90, 90, 'percent', '%', null, null]],
  ['Over 90 % of homes have electricity.', ['Over 90 %', 90, 'more-than', 90, null, 'percent', '%', null, null]],
];

const MEASURES: Case[] = [
  ['The company sold 2 million tonnes of wheat.', ['2 million', 2e6, 'exact', 2e6, 2e6, 'measure', 't', null, 'tonnes']],
  ['The road is 120 km long.', ['120', 120, 'exact', 120, 120, 'measure', 'km', null, 'km']],
  ['A 5-km stretch was repaired.', ['5', 5, 'exact', 5, 5, 'measure', 'km', null, 'km']],
  ['The temperature reached 45°C.', ['45', 45, 'exact', 45, 45, 'measure', '°C', null, '°C']],
  ['The plant produces 500 MW of power.', ['500', 500, 'exact', 500, 500, 'measure', 'MW', null, 'MW']],
  ['The area covers 86,600 square kilometres.', ['86,600', 86600, 'exact', 86600, 86600, 'measure', 'km2', null, 'square kilometres']],
  ['The farm covers 500 hectares.', ['500', 500, 'exact', 500, 500, 'measure', 'ha', null, 'hectares']],
  ['The reservoir holds 5 million m3 of water.', ['5 million', 5e6, 'exact', 5e6, 5e6, 'measure', 'm3', null, 'm3']],
  ['The tower is 828m tall.', ['828', 828, 'exact', 828, 828, 'measure', 'm', null, 'm']],
  ['The border is 1,007 kilometers long.', ['1,007', 1007, 'exact', 1007, 1007, 'measure', 'km', null, 'kilometers']],
  ['The station generates 1.2 GW.', ['1.2', 1.2, 'exact', 1.2, 1.2, 'measure', 'GW', null, 'GW']],
  ['Consumption reached 25 billion kWh.', ['25 billion', 25e9, 'exact', 25e9, 25e9, 'measure', 'kWh', null, 'kWh']],
  ['The tanker carries 100,000 barrels of oil.', ['100,000', 100000, 'exact', 100000, 100000, 'measure', 'bbl', null, 'barrels']],
  ['Trains will run at 160 km/h.', ['160', 160, 'exact', 160, 160, 'measure', 'km/h', null, 'km/h']],
  ['The wall is 3 metres high.', ['3', 3, 'exact', 3, 3, 'measure', 'm', null, 'metres']],
  ['The car weighs 1,500 kg.', ['1,500', 1500, 'exact', 1500, 1500, 'measure', 'kg', null, 'kg']],
  ['Azerbaijan has 2 million hectares of forest.', ['2 million', 2e6, 'exact', 2e6, 2e6, 'measure', 'ha', null, 'hectares']],
  ['It has 7,500 km of roads.', ['7,500', 7500, 'exact', 7500, 7500, 'measure', 'km', null, 'km']],
  ['The field holds 1.2 trillion cubic meters of gas.', ['1.2 trillion', 1.2e12, 'exact', 1.2e12, 1.2e12, 'measure', 'm3', null, 'cubic meters']],
  ['The country produced 80 million litres of wine.', ['80 million', 80e6, 'exact', 80e6, 80e6, 'measure', 'L', null, 'litres']],
  ['Azerbaijan exported 10 bcm of gas.', ['10', 10e9, 'exact', 10e9, 10e9, 'measure', 'm3', null, 'bcm']],
  ['The port handled 5 million TEU.', ['5 million', 5e6, 'exact', 5e6, 5e6, 'measure', 'TEU', null, 'TEU']],
  ['The area is 86.6 thousand square km.', ['86.6 thousand', 86600, 'exact', 86600, 86600, 'measure', 'km2', null, 'square km']],
  ['The new line is 15km long.', ['15', 15, 'exact', 15, 15, 'measure', 'km', null, 'km']],
  ['The solar park will produce 230 megawatts.', ['230', 230, 'exact', 230, 230, 'measure', 'MW', null, 'megawatts']],
  ['He bought 5 pounds of rice.', ['5', 5, 'exact', 5, 5, 'measure', 'lb', null, 'pounds']],
  ['She is 5 foot tall.', ['5', 5, 'exact', 5, 5, 'measure', 'ft', null, 'foot']],
];

const RATES: Case[] = [
  ['The pipeline carries 10 billion cubic metres of gas a year.', ['10 billion', 10e9, 'exact', 10e9, 10e9, 'rate', 'm3', 'year', 'cubic metres']],
  ['The pipeline carries 10 bcm of gas annually.', ['10', 10e9, 'exact', 10e9, 10e9, 'rate', 'm3', 'year', 'bcm']],
  ['Oil output reached 600,000 barrels per day.', ['600,000', 600000, 'exact', 600000, 600000, 'rate', 'bbl', 'day', 'barrels']],
  ['Oil output reached 600,000 bpd.', ['600,000', 600000, 'exact', 600000, 600000, 'rate', 'bbl', 'day', 'bpd']],
  ['GDP per capita is $5,000 a year.', ['$5,000', 5000, 'exact', 5000, 5000, 'rate', 'USD', 'year', null]],
  ['The country spends $300 per person on health.', ['$300', 300, 'exact', 300, 300, 'rate', 'USD', 'capita', null]],
  ['He earns $50,000 annually.', ['$50,000', 50000, 'exact', 50000, 50000, 'rate', 'USD', 'year', null]],
  ['The plan foresees 5,000 new jobs a year.', ['5,000', 5000, 'exact', 5000, 5000, 'rate', 'job', 'year', 'new jobs']],
  ['Russia exported 30 million tonnes of grain a year.', ['30 million', 30e6, 'exact', 30e6, 30e6, 'rate', 't', 'year', 'tonnes']],
  ['The port handles 15 million tons of cargo each year.', ['15 million', 15e6, 'exact', 15e6, 15e6, 'rate', 't', 'year', 'tons']],
  ['The factory makes 300 cars a day.', ['300', 300, 'exact', 300, 300, 'rate', 'car', 'day', 'cars']],
  ['Visitors spend 120 manats per day.', ['120', 120, 'exact', 120, 120, 'rate', 'AZN', 'day', 'manats']],
  ['The airline carries 5,000 passengers a week.', ['5,000', 5000, 'exact', 5000, 5000, 'rate', 'passenger', 'week', 'passengers']],
  ['Salaries average 800 manats a month.', ['800', 800, 'exact', 800, 800, 'rate', 'AZN', 'month', 'manats']],
  ['Water use is 200 litres per capita.', ['200', 200, 'exact', 200, 200, 'rate', 'L', 'capita', 'litres']],
  ['Capacity will grow to 30 million tons per year and above.', ['30 million', 30e6, 'at-least', 30e6, null, 'rate', 't', 'year', 'tons']],
  ['Output rose 5% a year.', ['5%', 5, 'exact', 5, 5, 'rate', '%', 'year', null]],
  ['The hotline receives 2,000 calls daily.', ['2,000', 2000, 'exact', 2000, 2000, 'rate', 'call', 'day', 'calls']],
  ['The refinery processes 7.5 million tons per annum.', ['7.5 million', 7.5e6, 'exact', 7.5e6, 7.5e6, 'rate', 't', 'year', 'tons']],
  ['Trains carry 40,000 passengers per hour.', ['40,000', 40000, 'exact', 40000, 40000, 'rate', 'passenger', 'hour', 'passengers']],
  ['We are talking about 15 million tons a year.', ['15 million', 15e6, 'exact', 15e6, 15e6, 'rate', 't', 'year', 'tons']],
];

const RANGES: Case[] = [
  ['The project cost $3-4 billion.', ['$3-4 billion', null, 'range', 3e9, 4e9, 'money', 'USD', null, null]],
  ['Between 10 and 12 million people live there.', ['Between 10 and 12 million', null, 'range', 10e6, 12e6, 'count', 'person', null, 'people']],
  ['The price ranged from 10 to 15 dollars.', ['from 10 to 15', null, 'range', 10, 15, 'money', 'USD', null, 'dollars']],
  ['Inflation is expected at 10-12%.', ['10-12%', null, 'range', 10, 12, 'percent', '%', null, null]],
  ['The facility will employ 5 or 6 hundred workers.', ['5 or 6 hundred', null, 'range', 500, 600, 'count', 'worker', null, 'workers']],
  ['Between 5% and 7% of the budget goes to education.', ['Between 5% and 7%', null, 'range', 5, 7, 'percent', '%', null, null]],
  ['Prices rose 3–5 percent.', ['3–5', null, 'range', 3, 5, 'percent', '%', null, 'percent']],
  ['The company will hire 200 to 300 engineers.', ['200 to 300', null, 'range', 200, 300, 'count', 'engineer', null, 'engineers']],
  ['Between 2 and 3 million tons of grain are stored.', ['Between 2 and 3 million', null, 'range', 2e6, 3e6, 'measure', 't', null, 'tons']],
  ['Estimates put the cost at €1.5-2 billion.', ['€1.5-2 billion', null, 'range', 1.5e9, 2e9, 'money', 'EUR', null, null]],
  ['From 40 to 50 delegations are expected.', ['From 40 to 50', null, 'range', 40, 50, 'count', 'delegation', null, 'delegations']],
  ['The dam will hold between 1 and 1.5 bcm.', ['between 1 and 1.5', null, 'range', 1e9, 1.5e9, 'measure', 'm3', null, 'bcm']],
  ['Two or three ministers resigned.', ['Two or three', null, 'range', 2, 3, 'count', 'minister', null, 'ministers']],
  ['The line will carry 10-15 million tons a year.', ['10-15 million', null, 'range', 10e6, 15e6, 'rate', 't', 'year', 'tons']],
  ['Between 300 and 400 families were evacuated.', ['Between 300 and 400', null, 'range', 300, 400, 'count', 'family', null, 'families']],
  ['About 200-1500 people attend each session.', ['200-1500', null, 'range', 200, 1500, 'count', 'person', null, 'people']],
  ['One or two ships were hit.', ['One or two', null, 'range', 1, 2, 'count', 'ship', null, 'ships']],
];

const CHANGES: Case[] = [
  ['Exports rose from $3 billion to $4.5 billion.', ['$3 billion', 3e9, 'exact', 3e9, 3e9, 'money', 'USD', null, null], ['$4.5 billion', 4.5e9, 'exact', 4.5e9, 4.5e9, 'money', 'USD', null, null]],
  ['Production rose from 10 to 12 million tons.', ['10', 10e6, 'exact', 10e6, 10e6, 'measure', 't', null, 'tons'], ['12 million', 12e6, 'exact', 12e6, 12e6, 'measure', 't', null, 'tons']],
  ['Inflation fell from 7% to 5.5%.', ['7%', 7, 'exact', 7, 7, 'percent', '%', null, null], ['5.5%', 5.5, 'exact', 5.5, 5.5, 'percent', '%', null, null]],
  ['The number of schools increased from 300 to 340.', ['300', 300, 'exact', 300, 300, 'count', null, null, null], ['340', 340, 'exact', 340, 340, 'count', null, null, null]],
  ['The figure was about 5 million, up from 4 million a year earlier.', ['about 5 million', 5e6, 'about', 5e6, 5e6, 'count', null, null, null], ['4 million', 4e6, 'exact', 4e6, 4e6, 'count', null, null, null]],
  ['Trade grew sharply from $2 billion to $3 billion.', ['$2 billion', 2e9, 'exact', 2e9, 2e9, 'money', 'USD', null, null], ['$3 billion', 3e9, 'exact', 3e9, 3e9, 'money', 'USD', null, null]],
];

const HEDGES: Case[] = [
  ['Some 5,000 troops are deployed.', ['Some 5,000', 5000, 'about', 5000, 5000, 'count', 'troop', null, 'troops']],
  ['Just over 2 million tourists visited.', ['Just over 2 million', 2e6, 'more-than', 2e6, null, 'count', 'tourist', null, 'tourists']],
  ['Well below 10% of firms export.', ['Well below 10%', 10, 'less-than', null, 10, 'percent', '%', null, null]],
  ['Up to 300 people may have died.', ['Up to 300', 300, 'at-most', null, 300, 'count', 'person', null, 'people']],
  ['No more than 50 delegates attended.', ['No more than 50', 50, 'at-most', null, 50, 'count', 'delegate', null, 'delegates']],
  ['At least 12 people were killed.', ['At least 12', 12, 'at-least', 12, null, 'count', 'person', null, 'people']],
  ['Fewer than 100 cases were reported.', ['Fewer than 100', 100, 'less-than', null, 100, 'count', 'case', null, 'cases']],
  ['The population exceeded 10 million.', ['10 million', 10e6, 'more-than', 10e6, null, 'count', null, null, null]],
  ['A 340-plus strong delegation arrived.', ['340-plus', 340, 'more-than', 340, null, 'count', null, null, null]],
  ['The country has 50+ embassies.', ['50+', 50, 'more-than', 50, null, 'count', 'embassy', null, 'embassies']],
  ['5,000 or more students applied.', ['5,000 or more', 5000, 'at-least', 5000, null, 'count', 'student', null, 'students']],
  ['Production reached 40 million tons or so.', ['40 million', 40e6, 'about', 40e6, 40e6, 'measure', 't', null, 'tons']],
  ['Approximately 1,200 people were evacuated.', ['Approximately 1,200', 1200, 'about', 1200, 1200, 'count', 'person', null, 'people']],
  ['Close to 3,000 volunteers helped.', ['Close to 3,000', 3000, 'about', 3000, 3000, 'count', 'volunteer', null, 'volunteers']],
  ['An estimated 20,000 people attended.', ['An estimated 20,000', 20000, 'about', 20000, 20000, 'count', 'person', null, 'people']],
  ['Around 450 companies operate here.', ['Around 450', 450, 'about', 450, 450, 'count', 'company', null, 'companies']],
  ['In excess of 1,000 vehicles were checked.', ['In excess of 1,000', 1000, 'more-than', 1000, null, 'count', 'vehicle', null, 'vehicles']],
  ['Not less than 500 hectares will be planted.', ['Not less than 500', 500, 'at-least', 500, null, 'measure', 'ha', null, 'hectares']],
  ['A maximum of 20 participants can join.', ['A maximum of 20', 20, 'at-most', null, 20, 'count', 'participant', null, 'participants']],
  ['Less than 1% of the land is forest.', ['Less than 1%', 1, 'less-than', null, 1, 'percent', '%', null, null]],
  ['Upwards of 200 firms applied.', ['Upwards of 200', 200, 'more-than', 200, null, 'count', 'firm', null, 'firms']],
  ['Roughly 3 million people live in Baku.', ['Roughly 3 million', 3e6, 'about', 3e6, 3e6, 'count', 'person', null, 'people']],
  ['Exports topped $2 billion.', ['$2 billion', 2e9, 'more-than', 2e9, null, 'money', 'USD', null, null]],
  ['Under 5% of households own a car.', ['Under 5%', 5, 'less-than', null, 5, 'percent', '%', null, null]],
  ['Nearly 1,500 km of railway were built.', ['Nearly 1,500', 1500, 'about', 1500, 1500, 'measure', 'km', null, 'km']],
  ['Almost 700 schools were renovated.', ['Almost 700', 700, 'about', 700, 700, 'count', 'school', null, 'schools']],
  ['At most 10 teams will qualify.', ['At most 10', 10, 'at-most', null, 10, 'count', 'team', null, 'teams']],
  ['Above 60% of voters backed him.', ['Above 60%', 60, 'more-than', 60, null, 'percent', '%', null, null]],
  ['The bridge is over 2 km long.', ['over 2', 2, 'more-than', 2, null, 'measure', 'km', null, 'km']],
  ['Circa 300 artefacts were found.', ['Circa 300', 300, 'about', 300, 300, 'count', 'artefact', null, 'artefacts']],
  ['A minimum of 50 employees is required.', ['A minimum of 50', 50, 'at-least', 50, null, 'count', 'employee', null, 'employees']],
  ['More than 800 schools and 50 universities took part.', ['More than 800', 800, 'more-than', 800, null, 'count', 'school', null, 'schools'], ['50', 50, 'exact', 50, 50, 'count', 'university', null, 'universities']],
  ['~5,000 users signed up.', ['~5,000', 5000, 'about', 5000, 5000, 'count', 'user', null, 'users']],
  ['Crude exports reached 500,000 barrels a day or more.', ['500,000', 500000, 'at-least', 500000, null, 'rate', 'bbl', 'day', 'barrels']],
  ['The delegation numbered 40 people at most.', ['40', 40, 'at-most', null, 40, 'count', 'person', null, 'people']],
  ['Just under 3 million people voted.', ['Just under 3 million', 3e6, 'less-than', null, 3e6, 'count', 'person', null, 'people']],
  ['No fewer than 30 countries took part.', ['No fewer than 30', 30, 'at-least', 30, null, 'count', 'country', null, 'countries']],
  ['Production reached 2 million tons and above.', ['2 million', 2e6, 'at-least', 2e6, null, 'measure', 't', null, 'tons']],
  ['Exports exceeded 2.5 million tons.', ['2.5 million', 2.5e6, 'more-than', 2.5e6, null, 'measure', 't', null, 'tons']],
  ['The crowd numbered more than twenty thousand.', ['more than twenty thousand', 20000, 'more-than', 20000, null, 'count', null, null, null]],
];

const VAGUE_AMOUNTS: Case[] = [
  ['Hundreds of people gathered.', ['Hundreds', null, 'vague', 100, 999, 'count', 'person', null, 'people']],
  ['Thousands of refugees crossed the border.', ['Thousands', null, 'vague', 1000, 9999, 'count', 'refugee', null, 'refugees']],
  ['Millions of dollars were spent.', ['Millions', null, 'vague', 1e6, 999999999, 'money', 'USD', null, 'dollars']],
  ['Hundreds of thousands of people protested.', ['Hundreds of thousands', null, 'vague', 100000, 999999, 'count', 'person', null, 'people']],
  ['Several hundred schools were closed.', ['Several hundred', null, 'vague', 200, 999, 'count', 'school', null, 'schools']],
  ['A few thousand troops remain.', ['A few thousand', null, 'vague', 2000, 9000, 'count', 'troop', null, 'troops']],
  ['Dozens of villages were destroyed.', ['Dozens', null, 'vague', 24, 143, 'count', 'village', null, 'villages']],
  ['A handful of companies control the market.', ['A handful', null, 'vague', 2, 9, 'count', 'company', null, 'companies']],
  ['Tens of millions of euros were invested.', ['Tens of millions', null, 'vague', 10e6, 99999999, 'money', 'EUR', null, 'euros']],
  ['Billions of cubic metres of gas flow west.', ['Billions', null, 'vague', 1e9, 999999999999, 'measure', 'm3', null, 'cubic metres']],
  ['Several dozen journalists attended.', ['Several dozen', null, 'vague', 24, 119, 'count', 'journalist', null, 'journalists']],
  ['Thousands of tons of aid arrived.', ['Thousands', null, 'vague', 1000, 9999, 'measure', 't', null, 'tons']],
  ['Hundreds of millions of dollars were lost.', ['Hundreds of millions', null, 'vague', 100e6, 999999999, 'money', 'USD', null, 'dollars']],
  ['The war displaced millions.', ['millions', null, 'vague', 1e6, 999999999, 'count', null, null, null]],
  ['Thousands of tons of cargo arrive each day.', ['Thousands', null, 'vague', 1000, 9999, 'rate', 't', 'day', 'tons']],
];

const RANKS: Case[] = [
  ['Azerbaijan ranked third in the index.', ['third', 3, 'exact', 3, 3, 'rank', 'rank', null, null]],
  ['The country ranks 3rd in Europe.', ['3rd', 3, 'exact', 3, 3, 'rank', 'rank', null, null]],
  ['It is the third-largest economy in the region.', ['third', 3, 'exact', 3, 3, 'rank', 'rank', null, 'largest']],
  ['China is the No. 1 exporter of steel.', ['No. 1', 1, 'exact', 1, 1, 'rank', 'rank', null, null]],
  ['Azerbaijan is ranked 32nd out of 190 countries.', ['32nd', 32, 'exact', 32, 32, 'rank', 'rank', null, null], ['190', 190, 'exact', 190, 190, 'count', 'country', null, 'countries']],
  ['The country came second in the medal table.', ['second', 2, 'exact', 2, 2, 'rank', 'rank', null, null]],
  ['The team took third place.', ['third', 3, 'exact', 3, 3, 'rank', 'rank', null, 'place']],
  ["Azerbaijan is the world's 5th-largest producer.", ['5th', 5, 'exact', 5, 5, 'rank', 'rank', null, 'largest']],
  ['Russia is the number one trading partner.', ['number one', 1, 'exact', 1, 1, 'rank', 'rank', null, null]],
  ['Ganja is the second biggest city.', ['second', 2, 'exact', 2, 2, 'rank', 'rank', null, 'biggest']],
  ['Baku ranks 12 in the list.', ['12', 12, 'exact', 12, 12, 'rank', 'rank', null, null]],
  ['The country was ranked in 7th place.', ['7th', 7, 'exact', 7, 7, 'rank', 'rank', null, 'place']],
  ['Italy is the twenty-first most visited country.', ['twenty-first', 21, 'exact', 21, 21, 'rank', 'rank', null, 'most']],
  ['Our country’s No.1 priority is peace.', ['No.1', 1, 'exact', 1, 1, 'rank', 'rank', null, null]],
  ['The team finished second behind Italy.', ['second', 2, 'exact', 2, 2, 'rank', 'rank', null, null]],
  ['Italy took second place.', ['second', 2, 'exact', 2, 2, 'rank', 'rank', null, 'place']],
];

/** Sentences that state no quantity claim, each with the reason it has none. */
const NO_CLAIMS: Array<[reason: string, sentence: string]> = [
  ['a year that merely passed', 'I must say that almost a year has passed and is proceeding in a regular mode'],
  ['a span of weekends', 'Volunteers planted the trees over two weekends.'],
  ['a number of nights', 'The festival runs for three nights in June.'],
  ['time references', 'The increase in trade volume, both last year and in the first six months of this year, indicates substantial potential for cooperation.'],
  ['page furniture', 'date 2024-08-19 + ↺ − 16 px'],
  ['a dateline with time zone', '24 September 2021 15:11 (UTC +04:00)'],
  ['a month and day', 'The meeting took place on September 24.'],
  ['a year after "in"', 'The talks were held in 2023.'],
  ['a year after "since"', 'Relations have improved since 2020.'],
  ['a span of years', 'The 2021-2025 programme was approved.'],
  ['a year naming an agenda', 'The 2030 agenda was discussed.'],
  ['an ordinal in a title', 'He met the First Deputy Prime Minister.'],
  ['an ordinal in a name', 'The Second Karabakh War ended in November.'],
  ['a century', 'This is a challenge of the 21st century.'],
  ['a duration in years', 'They have been partners for 30 years.'],
  ['a time reference in days', 'The delegation arrived two days ago.'],
  ['a phone number', 'Call +994 12 345 67 89 for details.'],
  ['a disease name', 'The COVID-19 pandemic is fading.'],
  ['a group name', 'The G20 summit opened in Rome.'],
  ['an aircraft model', 'Russia delivered Su-35 fighters.'],
  ['a weapon system', 'The S-400 system was deployed.'],
  ['a jet model', 'Pilots trained on the F-16.'],
  ['a resolution number', 'Resolution 2231 was adopted.'],
  ['an article number', 'Article 5 of the treaty applies.'],
  ['a chapter number', 'The company filed for Chapter 11.'],
  ['a page number', 'See page 12 for details.'],
  ['"one of the"', 'It is one of the most important projects.'],
  ['"the two countries"', 'The two countries signed an agreement.'],
  ['"these three"', 'These three priorities were discussed.'],
  ['"one" as a pronoun', 'One must admit that progress is slow.'],
  ['"our two"', 'Our two nations are neighbours.'],
  ['"its two"', 'Its two neighbours objected.'],
  ['a clock time with an offset', 'The event starts at 19:00 GMT+4.'],
  ['a clock time', 'The session resumed at 10:30.'],
  ['a duration in months', 'The ceasefire has held for six months.'],
  ['a duration in decades', 'He served as minister for two decades.'],
  ['a spelled ordinal century', 'The road was built in the 19th century.'],
  ['a year after "until"', 'The plan runs until 2030.'],
  ['"no one"', 'No one was injured.'],
  ['an ISO date', 'The summit was held on 2024-08-19.'],
  ['a model number after a name', 'The Boeing 737 landed safely.'],
  ['a numeric date', 'They met on 12/05/2023.'],
  ['a section number', 'They discussed Section 3 of the agreement.'],
  ['an alphanumeric model', 'The A320 jets were grounded.'],
  ['a decade', 'The 1990s were difficult.'],
  ['a clock time with pm', 'He spoke at 3 pm.'],
  ['a duration in hours', 'The talks lasted three hours.'],
  ['the first half of a year', 'In the first half of the year, trade grew.'],
  ['an ordinal visit', 'It was the first visit by the president.'],
  ['a future span of years', 'The project will be completed within the next five years.'],
  ['"one of them"', 'One of them said the talks were constructive.'],
  ['a protocol number', 'Protocol No. 6 was ratified.'],
  ['a season span with an en dash', 'The 2021–22 season was cancelled.'],
  ['a birth date', 'He was born on 5 May 1990.'],
  ['a flight number', 'Flight 752 was shot down.'],
  ['"those two"', 'Those two factors matter.'],
  ['years between "between" and "and"', 'Trade grew between 2020 and 2024.'],
  ['a hyphenated duration', 'The 24-hour news cycle never stops.'],
  ['an age', 'A 15-year-old boy was hurt.'],
  ['half an hour', 'The meeting lasted half an hour.'],
  ['a day range in a month', 'The visit is scheduled for 5-6 March.'],
  ['a possessive before a small number', "Azerbaijan's two neighbours were invited."],
  ['an ordinal term', 'It was his second term.'],
  ['a network generation', 'The 5G network covers the city.'],
  ['a product version', 'Windows 11 is installed.'],
  ['a quarter of a year', 'In the first quarter of 2024, exports grew.'],
  ['a version number', 'Version 2.0 was released.'],
  ['a platform number', 'The train leaves from platform 9.'],
  ['a quarter of a century', 'A quarter of a century has passed.'],
  ['a range of hours', 'The trip takes 10 to 12 hours.'],
  ['an age in years', 'He is 45 years old.'],
  ['a dotted date', 'The decree was signed on 03.05.2024.'],
  ['a month then a day', 'The decree was signed on May 5.'],
  ['a match score', 'The match ended 3-1.'],
  ['a clock time with a.m.', 'It happened at 9 a.m.'],
  ['a phone number with a leading zero', 'Tel: 012 555 12 34.'],
  ['an index name', 'The S&P 500 index rose.'],
  ['a span of years after "from"', 'The programme ran from 2015 to 2020.'],
  ['a multiplier', 'Trade grew three times.'],
  ['a day and month with "of"', 'The vote is due on the 5th of May.'],
  ['an ordinal after a verb that needs a place word', 'He took the first step.'],
  ['a range of labels', 'Articles 5-7 of the treaty apply.'],
  ['"the top ten"', 'The top ten countries met.'],
  ['a phone number with a dash', 'Call 555-1234 now.'],
  ['a numbered list item', 'See item 4 below.'],
];

// ---------------------------------------------------------------------------------------------

interface Shape {
  text: string;
  value: number | null;
  qualifier: Qualifier;
  min: number | null;
  max: number | null;
  kind: Kind;
  unit: string | null;
  per: Period['per'];
  unitWords: string | null;
}

function shapeOf(sentence: string, mention: QuantityMention): Shape {
  const { text, value, qualifier, min, max, kind, unit, per, unitStart, unitEnd } = mention;
  const unitWords = unitStart === null || unitEnd === null ? null : sentence.slice(unitStart, unitEnd);
  return { text, value, qualifier, min, max, kind, unit, per, unitWords };
}

function expectedShape([text, value, qualifier, min, max, kind, unit, per, unitWords]: Expected): Shape {
  return { text, value, qualifier, min, max, kind, unit, per, unitWords };
}

function named(cases: Case[]) {
  return cases.map(([sentence, ...mentions]) => ({
    name: `reads ${mentions.map((m) => `"${m[0]}"`).join(' and ')} from: ${sentence}`,
    sentence,
    mentions,
  }));
}

const TABLES: Record<string, Case[]> = {
  'the sample articles': SAMPLE_ARTICLES,
  counts: COUNTS,
  'number words': NUMBER_WORDS,
  money: MONEY,
  'percentages and shares': PERCENTAGES_AND_SHARES,
  measures: MEASURES,
  rates: RATES,
  ranges: RANGES,
  'changes (two figures, not a range)': CHANGES,
  hedges: HEDGES,
  'vague amounts': VAGUE_AMOUNTS,
  ranks: RANKS,
};
const ALL_CASES = Object.values(TABLES).flat();

describe('findQuantities', () => {
  for (const [topic, cases] of Object.entries(TABLES)) {
    describe(topic, () => {
      it.each(named(cases))('$name', ({ sentence, mentions }) => {
        const found = findQuantities(sentence).map((mention) => shapeOf(sentence, mention));
        expect(found).toEqual(mentions.map(expectedShape));
      });
    });
  }

  describe('sentences without claims', () => {
    it.each(NO_CLAIMS)('ignores %s: %s', (_reason, sentence) => {
      expect(findQuantities(sentence)).toEqual([]);
    });
  });

  describe('every mention keeps the claim contract', () => {
    it.each(named(ALL_CASES))('$name', ({ sentence }) => {
      for (const mention of findQuantities(sentence)) {
        expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
        expect(QUALIFIERS).toContain(mention.qualifier);
        expect(KINDS).toContain(mention.kind);
        if (mention.per !== null) expect(PER_UNITS).toContain(mention.per);
        expect(mention.kind === 'rate').toBe(mention.per !== null);
        const open = mention.qualifier === 'range' || mention.qualifier === 'vague';
        expect(mention.value === null).toBe(open);
        if (mention.min !== null && mention.max !== null) expect(mention.min).toBeLessThanOrEqual(mention.max);
        expect(mention.unitStart === null).toBe(mention.unitEnd === null);
        if (mention.unitStart !== null) expect(mention.unitStart).toBeGreaterThanOrEqual(mention.end);
      }
    });
  });

  it('keeps the contract on seeded random word soup', () => {
    const words = ['between', 'and', 'from', 'to', 'rose', '-', '$', 'US', '€', '%', 'per', 'cent', 'a', 'year', 'one',
      'two', 'half', 'of', 'the', 'quarter', 'thirds', 'No', '.', '1', '5', '12', '2023', '160,000', '1.5', 'million',
      'bn', 'm', 'k', 'tons', 'schools', 'more', 'than', 'or', 'about', 'tens', 'thousands', 'several', 'ranked',
      'largest', 'plus', '+', ':', '/', 'in', 'every', 'dozen', 'USD', 'September', 'px', 'km', 'years', 'least'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let n = 0; n < 3000; n += 1) {
      const sentence = Array.from({ length: 1 + next(10) }, () => (next(3) === 0 ? '' : ' ') + words[next(words.length)]).join('');
      const mentions = findQuantities(sentence);
      mentions.forEach((mention, k) => {
        expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
        expect(mention.value === null).toBe(mention.qualifier === 'range' || mention.qualifier === 'vague');
        if (mention.min !== null && mention.max !== null) expect(mention.min).toBeLessThanOrEqual(mention.max);
        if (k > 0) expect(mention.start).toBeGreaterThanOrEqual(mentions[k - 1]!.end);
      });
    }
  });

  it('finds figures at any position and in order of appearance', () => {
    const sentence = 'In 2023, 5 ports handled 12 million tons, 3 airports served 4 million passengers and 2 dams held 1 bcm.';
    const values = findQuantities(sentence).map((m) => m.value);
    expect(values).toEqual([5, 12e6, 3, 4e6, 2, 1e9]);
  });

  it('returns nothing for an empty sentence', () => {
    expect(findQuantities('')).toEqual([]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['160,000', 160000],
    ['1.5', 1.5],
    ['1.5 million', 1.5e6],
    ['$120m', 120e6],
    ['€2.5bn', 2.5e9],
    ['160k', 160000],
    ['twenty-five', 25],
    ['three hundred', 300],
    ['a dozen', 12],
    ['half a million', 500000],
    ['2,5', 2.5],
    ['4 billion', 4e9],
    ['5%', 5],
  ] as const)('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'schools', '24.09.2021', 'COVID-19', '12 schools', 'one'])('returns null for %j, which is not one number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
