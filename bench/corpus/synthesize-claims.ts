// A synthetic newsroom archive for benchmarking the matcher: thousands of "true" topics (a count,
// a sum or a measure of something, somewhere), each reported several times over the years in
// varied wording by different speakers and outlets, mixed into articles of a few claims each.
// Deterministic from a seed. Terms come from the caller's extractor (the ingest's), so a
// benchmark measures the same path real claims take.
import type { Claim } from '../../src/schemas/claim.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';
import { createRandom as random } from '../../src/util/create-random.ts';

/** A synthetic claim, with the "true" topic it was generated from (for checking the grouping). */
export type SyntheticClaim = MatchableClaim & { trueTopic: number };

/** How to make terms from a subject: pass the ingest's `extractTerms`. */
export type TermExtractor = (subject: string, unit: string | null) => string[];

const PLACES = `Azerbaijan Georgia Armenia Turkey Russia Iran Kazakhstan Uzbekistan Ukraine Poland Germany France Italy Spain
  China India Japan Egypt Nigeria Kenya Brazil Mexico Canada Baku Ganja Tbilisi Yerevan Ankara Moscow Tehran Astana Tashkent
  Kyiv Warsaw Berlin Paris Rome Madrid Beijing Delhi`.split(/\s+/);
const COUNT_HEADS = `school student teacher hospital doctor nurse tourist refugee job company car flight household bed
  pensioner factory farm bridge library museum clinic bank shop hotel restaurant pharmacy stadium theatre kindergarten
  apartment tractor bus ambulance vessel mine well`.split(/\s+/);
const MODIFIERS = `public private rural urban foreign domestic registered licensed state-funded vocational technical
  medical agricultural industrial digital green cultural certified accredited municipal military electric abandoned
  renovated unlicensed seasonal mobile regional coastal mountain`.split(/\s+/);
const MONEY_HEADS = `exports imports trade investment revenue spending subsidies loans deposits remittances
  salaries pensions grants aid tourism income`.split(/\s+/);
const SECTORS = `oil gas agriculture construction tourism education health transport energy telecom banking
  mining textiles chemicals fisheries forestry`.split(/\s+/);
const MEASURES: Array<[string, string]> = [
  ['t', 'wheat harvested'], ['t', 'cargo carried by rail'], ['t', 'cotton produced'], ['kWh', 'electricity generated'],
  ['km', 'roads built'], ['ha', 'land irrigated'], ['t', 'fish caught'], ['t', 'steel produced'],
];
const LANGUAGES = ['Russian', 'English', 'Azerbaijani', 'Turkish', 'French', 'German'];
const CURRENCIES = ['USD', 'EUR', 'AZN'];

/** One generated "true" topic: how to word it, and its underlying value. */
interface Template {
  kind: Claim['kind'];
  unit: string;
  wordings: string[];
  base: number;
}

/** Picks an element. */
function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** A topic template with two to four wordings of the same subject. */
function makeTemplate(rand: () => number): Template {
  const place = pick(rand, PLACES);
  const roll = rand();
  if (roll < 0.5) {
    const head = pick(rand, COUNT_HEADS);
    const modifier = pick(rand, MODIFIERS);
    const language = rand() < 0.25 ? pick(rand, LANGUAGES) : null;
    const plural = `${head}s`.replace(/ys$/, 'ies').replace(/chs$/, 'ches');
    const medium = language ? [` teaching in ${language}`, ` where education is conducted in ${language}`] : ['', ''];
    return {
      kind: 'count',
      unit: head,
      wordings: [
        `${modifier} ${plural} in ${place}${medium[0]}`,
        `${place}'s ${modifier} ${plural}${medium[1]}`,
        `${modifier} ${plural}${medium[0]} in ${place}`,
      ],
      base: Math.round(50 + rand() * 50_000),
    };
  }
  if (roll < 0.8) {
    const head = pick(rand, MONEY_HEADS);
    const sector = pick(rand, SECTORS);
    return {
      kind: 'money',
      unit: pick(rand, CURRENCIES),
      wordings: [`${sector} ${head} of ${place}`, `${place}'s ${sector} ${head}`, `${head} in the ${sector} sector in ${place}`],
      base: Math.round(1e6 + rand() * 5e9),
    };
  }
  const [unit, what] = pick(rand, MEASURES);
  return {
    kind: 'measure',
    unit,
    wordings: [`${what} in ${place}`, `${place}'s ${what}`],
    base: Math.round(1e3 + rand() * 1e8),
  };
}

/** Distinct topic templates (two templates worded alike would be one topic, not two). */
function makeTemplates(count: number, rand: () => number): Template[] {
  const seen = new Set<string>();
  const templates: Template[] = [];
  for (let attempt = 0; templates.length < count && attempt < count * 50; attempt += 1) {
    const template = makeTemplate(rand);
    const signature = `${template.kind}|${template.unit}|${template.wordings[0]}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    templates.push(template);
  }
  return templates;
}

/**
 * `count` synthetic claims (see the header), about five per article and five per true topic,
 * dated 2015–2025, with speakers from a pool of 300 names.
 */
export function synthesizeClaims(count: number, extractTerms: TermExtractor, seed = 1): SyntheticClaim[] {
  const rand = random(seed);
  const topics = makeTemplates(Math.max(1, Math.round(count / 5)), rand);
  const claims: SyntheticClaim[] = [];
  const qualifiers: Array<Claim['qualifier']> = ['exact', 'about', 'more-than', 'at-least'];
  let date = '2015-01-01';
  for (let i = 0; i < count; i += 1) {
    const articleIndex = Math.floor(i / 5);
    if (i % 5 === 0) {
      const year = 2015 + Math.floor(rand() * 11);
      date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    }
    const trueTopic = Math.floor(rand() * topics.length);
    const template = topics[trueTopic]!;
    const value = Math.round(template.base * (0.8 + rand() * 0.4));
    const qualifier = pick(rand, qualifiers);
    const subject = pick(rand, template.wordings);
    claims.push({
      id: `synthetic-${i}-${value}`,
      quantity: `${qualifier === 'exact' ? '' : `${qualifier.replace('-', ' ')} `}${value}`,
      speaker: `Speaker ${Math.floor(rand() * 300)}`,
      value,
      unit: template.unit,
      kind: template.kind,
      qualifier,
      min: qualifier === 'exact' || qualifier === 'more-than' || qualifier === 'at-least' ? value : null,
      max: qualifier === 'exact' ? value : null,
      subject,
      terms: extractTerms(subject, template.unit),
      period: { when: date, basis: 'article-date', phrase: null, per: null },
      article: { id: `synthetic-article-${articleIndex}`, data: { date, outlet: `Outlet ${articleIndex % 40}` } },
      trueTopic,
    });
  }
  return claims;
}
