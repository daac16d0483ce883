// How sure we are that two claims measure the same thing, and why. A pair first has to pass the
// hard checks: the same unit family, no look-alike conflict (school vs university, language of
// teaching vs language studied, exports vs imports, different places, a part of a year vs a whole
// year). A forecast may share a topic with the outcome: the topic shows it apart, never as a change.
// Then their key terms are compared with a weighted Dice coefficient: language roles weigh most,
// places count only when both claims name one, generic words (`people`, `sector`) weigh little,
// and two different words of one class (`kill`, `death`) count for most of a shared word. The
// result is held down when only one claim names a place, when only one narrows a look-alike
// group (youth unemployment vs unemployment), and when each has a word the other lacks
// (mortgage loans vs consumer loans). A wrong match on a fact-check site is worse than a missed
// one, so every penalty is explicit and shows up in the reasons.
import { spansOverlap } from './period-span.ts';
import { WEIGHTS, type ClaimProfile } from './profile-claim.ts';
import { EXCLUSIVE_CLASS, PLACE_IDS, WEAK_LEMMAS, parseLanguageTerm } from './vocabulary.ts';

/** At or above this confidence two claims are put in the same comparison. */
export const MATCH_CONFIDENCE = 0.75;
/** At or above this (and below MATCH_CONFIDENCE) two claims are shown as possibly related. */
export const RELATED_CONFIDENCE = 0.5;

/** Confidence kept when only one of the two claims names a place. */
const ONE_SIDED_PLACE = 0.9;
/** Confidence kept for each look-alike group (education level, sex…) only one claim narrows down. */
const ONE_SIDED_CLASS = 0.8;
/** Confidence kept when each claim has a key term the other lacks. */
const SIBLINGS = 0.9;
/**
 * Confidence kept when both sentences name people or places and none in common: two campaigns'
 * "funds raised", two attacks' "people dead". Low enough that such a pair is not even shown as
 * possibly related.
 */
const NO_SHARED_NAME = 0.45;

/**
 * True when nothing ties two figures to one story: their subjects share fewer than
 * ANCHORING_TERMS words (as two campaigns' `funds raised` or two attacks' `people dead` do) and
 * no place or language; in one article, they stand in different sentences; across articles,
 * they share fewer than two rare names (people, places, organisations) in or around their
 * sentences besides the subject's own words, and no specific value (`1,237`). Unknown (false) for claims without sentences.
 */
function unanchored(a: ClaimProfile, b: ClaimProfile, strongShared: number): boolean {
  // A counted thing (`delegates`, `refugees`) is a word of the subject too; `people` says little.
  const sharedWords = strongShared + (a.head !== null && a.head === b.head && !WEAK_LEMMAS.has(a.head) ? 1 : 0);
  // A share names its population in a word or two (`share of Hispanics`): it takes one more.
  const needed = a.family.label === 'per cent' ? ANCHORING_TERMS + 1 : ANCHORING_TERMS;
  if (a.names === null || b.names === null || sharedWords >= needed) return false;
  // A rate named for what it measures (`the unemployment rate`) is a standing statistic.
  if (a.rateOf !== null && a.rateOf === b.rateOf) return false;
  if (!disjoint(a.places, b.places) || !disjoint(a.languages, b.languages)) return false;
  // One article's figures share its names by nature: there only one sentence ties two figures.
  if (a.articleId === b.articleId) return a.sentence !== b.sentence;
  if (a.specificValue !== null && a.specificValue === b.specificValue) return false;
  return sharedNames(a, b) < ANCHORING_NAMES;
}
/** Rare names two claims' sentences share that are not already words of their subjects. */
function sharedNames(a: ClaimProfile, b: ClaimProfile): number {
  let shared = 0;
  for (const name of a.names!) {
    if (b.names!.has(name) && !a.terms.has(name) && !b.terms.has(name) && !a.places.has(name) && !a.languages.has(name)) shared += 1;
  }
  return shared;
}
/** Names in common that tie two reports to one story: one name (a first name, `Federal`) is too thin. */
const ANCHORING_NAMES = 2;
/**
 * Shared subject words, the counted thing included, that tie two claims together without a
 * shared name: `pledged delegates` does, `funds raised` (no counted thing) does not.
 */
const ANCHORING_TERMS = 2;

/**
 * Confidence kept when two different figures are each said to be a different one's (`Cruz had
 * 38 percent` / `Kasich was at 25 percent`): one poll's shares of two candidates, two donors' gifts.
 */
const OTHER_HOLDER = 0.5;

/**
 * True when two unequal figures have holders (see ClaimProfile.holder) that differ and neither
 * sentence names the other's: equal figures are one figure retold, whoever the sentence starts with.
 */
function otherHolder(a: ClaimProfile, b: ClaimProfile): boolean {
  if (a.holder === null || b.holder === null || a.holder === b.holder || a.value === b.value) return false;
  const names = (profile: ClaimProfile, holder: string) => [...(profile.names ?? [])].some((name) => name.split(' ').includes(holder));
  return !names(a, b.holder) && !names(b, a.holder);
}

/** Confidence kept for two unequal survey samples (see ClaimProfile.sample): two polls, shown at most as related. */
const OTHER_SAMPLE = 0.6;

/** Confidence kept for two figures of another scale, one of them undated (see otherScale). */
const OTHER_SCALE = 0.6;
/** Figures this many times apart are of another scale. */
const SCALE_RATIO = 10;

/**
 * True when one figure is SCALE_RATIO times the other or more, whatever values their words allow,
 * and the text dates at least one of them only by its article: a gift of $75,000 and one of
 * $10 million to one foundation, not a change. A stated period on both sides (2008 against 2018)
 * may be a real tenfold change; `tens of thousands` (up to 99,999) against 160,000 is not apart.
 */
function otherScale(a: ClaimProfile, b: ClaimProfile): boolean {
  if (a.value === null || b.value === null || a.value <= 0 || b.value <= 0) return false;
  if (!(a.span?.assumed || b.span?.assumed)) return false;
  return b.value >= SCALE_RATIO * (a.upper ?? Infinity) || a.value >= SCALE_RATIO * (b.upper ?? Infinity);
}

/**
 * Confidence of one figure retold (see retold): enough to compare, below an echo's certainty.
 */
const RETOLD_CONFIDENCE = 0.8;

/**
 * True when two claims give one figure that seldom recurs by chance (see ClaimProfile.figureKey)
 * for one counted thing, and something ties them to one story: the figure is specific
 * (`2,383 delegates`), or their sentences share a rare name (`Benghazi`, `Orlando`). Reports
 * retell a count in their own words (`four Americans died` / `left four Americans dead in
 * Benghazi`); the subjects then differ in words that narrow nothing. Two holders named for
 * the figure (`Cruz has 370` / `Trump has 370`) are two figures.
 */
function retold(a: ClaimProfile, b: ClaimProfile): boolean {
  if (a.figureKey === null || a.figureKey !== b.figureKey || a.head !== b.head) return false;
  if (a.holder !== null && b.holder !== null && a.holder !== b.holder) return false;
  if (a.tellingFigure && b.tellingFigure) return true;
  if (a.names === null || b.names === null) return false;
  for (const name of a.names) if (b.names.has(name)) return true;
  return false;
}

/** Two figures further apart than this share of the larger are a contradiction when their periods overlap. */
const CONFLICT_GAP = 0.1;

/**
 * True when two reports in different articles would contradict each other (their periods overlap
 * and their figures lie more than CONFLICT_GAP apart) with nothing but their words to tie them:
 * no rare name in common, no place. Flagging a conflict between two outlets is a strong claim;
 * `1,280 pledged delegates` (one candidate's) against `758 pledged delegates` (another's) is two
 * tallies, not a conflict.
 */
function untiedConflict(a: ClaimProfile, b: ClaimProfile): boolean {
  if (a.articleId === b.articleId || a.names === null || b.names === null || a.value === null || b.value === null) return false;
  if (a.span === null || b.span === null || !spansOverlap(a.span, b.span)) return false;
  if (Math.abs(a.value - b.value) <= CONFLICT_GAP * Math.max(Math.abs(a.value), Math.abs(b.value))) return false;
  if (!disjoint(a.places, b.places)) return false;
  return sharedNames(a, b) === 0;
}

/** Confidence kept for two unequal figures at stake in events (see twoEvents). */
const TWO_EVENTS = 0.5;

/**
 * True when two unequal figures are at stake (see ClaimProfile.atStake): what one contest puts
 * up for grabs is that contest's own (475 delegates in California, 384 in five other states), never
 * a change from another's.
 */
function twoEvents(a: ClaimProfile, b: ClaimProfile): boolean {
  return (a.atStake || b.atStake) && a.value !== null && b.value !== null && a.value !== b.value;
}

/** Confidence kept for two shares of one group that answer two different questions (see twoQuestions). */
const TWO_QUESTIONS = 0.5;

/**
 * True when two unequal shares each say what their group said or did (see
 * ClaimProfile.predicate) and the two share no word: one poll's answers to two questions
 * (`were less likely to vote Republican` / `have an unfavorable view of Trump`).
 */
function twoQuestions(a: ClaimProfile, b: ClaimProfile): boolean {
  if (a.predicate === null || b.predicate === null || a.value === b.value) return false;
  for (const word of a.predicate) if (b.predicate.has(word)) return false;
  return true;
}

/** Confidence kept for two unequal sums of money dated only by their articles (see twoSums): at most related. */
const TWO_SUMS = 0.6;

/**
 * True when two unequal sums are each laid out on something (see ClaimProfile.spentOn) and both
 * dated only by their articles: such a sum with no period of its own is one outlay (`spending
 * $1.1 million on ads attacking Trump`, `spending $1.5 million on ads ahead of the Indiana
 * primary`), not a level that changes. Totals for a stated year are left to the series.
 */
function twoSums(a: ClaimProfile, b: ClaimProfile): boolean {
  return a.spentOn && b.spentOn && a.value !== null && b.value !== null && a.value !== b.value && a.span?.assumed === true && b.span?.assumed === true;
}

/**
 * True when two unequal figures, at least one called for, planned or targeted, are both dated
 * only by their articles: a proposal stands on its own (a $12 minimum wage one candidate supports
 * against a $15 one another demands, or one a city has passed), not a step of one series; a
 * forecast with a period of its own still stands beside its outcome.
 */
function twoProposals(a: ClaimProfile, b: ClaimProfile): boolean {
  return (a.modality !== 'actual' || b.modality !== 'actual') && a.value !== null && b.value !== null && a.value !== b.value && a.span?.assumed === true && b.span?.assumed === true;
}

/** The most a pair with a figure too vague to compare (`millions`) can score: possibly related. */
const TOO_VAGUE_CONFIDENCE = 0.6;
/** Confidence kept when only one claim has a key term of its own: maybe a part against its whole. */
const NARROWER = 0.8;
/** Credit for two different terms of the same class (`kill` and `death`, `pupil` and `school`). */
const SAME_CLASS_CREDIT = 0.8;

/** A scored pair of claims (by profile index, `a < b`). */
export interface ScoredPair {
  a: number;
  b: number;
  /** 0 to 1; 0 when a hard check failed. */
  confidence: number;
  /** Why, in words, strongest first. */
  reasons: string[];
  /** True when a hard check failed (the claims can never share a topic). */
  conflict: boolean;
}

/** A term in words for reasons: `russian-medium` -> `taught or conducted in Russian`, `united-states` -> `United States`. */
export function describeTerm(term: string): string {
  const language = parseLanguageTerm(term);
  const title = (word: string) => word.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => `${dash ? ' ' : ''}${letter.toUpperCase()}`);
  if (language !== null) {
    const name = title(language.language);
    if (language.role === 'medium') return `taught or conducted in ${name}`;
    if (language.role === 'subject') return `${name} studied as a language`;
    return `${name} speakers`;
  }
  return PLACE_IDS.has(term) ? title(term) : term;
}

/** Lists terms in words, joined: `school, Azerbaijan`. */
function listTerms(terms: Iterable<string>): string {
  return [...terms].map(describeTerm).join(', ');
}

/** Orders pairs strongest first, then by index, so results never depend on input order. */
export function byStrength(x: ScoredPair, y: ScoredPair): number {
  return y.confidence - x.confidence || x.a - y.a || x.b - y.b;
}

/** True when two sets share no member. */
function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return false;
  return true;
}

/** What findConflict returns when asked not to word the conflict. */
export const CONFLICT = 'conflict';

/**
 * The first hard check two profiles fail, in words (or CONFLICT when `explain` is false, which
 * grouping uses to stay fast); null when they pass them all.
 */
export function findConflict(a: ClaimProfile, b: ClaimProfile, explain = true): string | null {
  if (a.familyId !== b.familyId) return explain ? `different units (${a.family.label} vs ${b.family.label})` : CONFLICT;
  if (sameArticleAndPeriod(a, b)) return 'both from the same article, for the same period';
  return facetConflict(a, b, explain) ?? periodConflict(a, b, explain);
}

/**
 * True when two claims come from one article and may describe the same period, with different
 * figures: one article does not give two values of one thing. The same figure said twice (a live
 * blog repeating an item, a headline and its body) is one figure, and may share a topic with itself.
 */
export function sameArticleAndPeriod(a: ClaimProfile, b: ClaimProfile): boolean {
  return a.articleId === b.articleId && (a.value === null || a.value !== b.value) && (a.span === null || b.span === null || spansOverlap(a.span, b.span));
}

/**
 * The hard checks on what two claims describe (look-alike groups, language roles, places, plan vs
 * outcome), without the unit and article checks; claims with equal `facets` always agree here.
 */
export function facetConflict(a: ClaimProfile, b: ClaimProfile, explain = true): string | null {
  if (a.facets === b.facets || isEcho(a, b)) return null;
  for (const [group, classesA] of a.exclusive) {
    const classesB = b.exclusive.get(group);
    if (classesB && disjoint(classesA, classesB)) {
      return explain ? `different ${group} (${[...classesA].join(', ')} vs ${[...classesB].join(', ')})` : CONFLICT;
    }
  }
  if (a.languages.size > 0 && b.languages.size > 0 && disjoint(a.languages, b.languages)) {
    return explain ? `different language roles (${listTerms(a.languages)} vs ${listTerms(b.languages)})` : CONFLICT;
  }
  if (a.places.size > 0 && b.places.size > 0 && disjoint(a.places, b.places)) {
    return explain ? `different places (${listTerms(a.places)} vs ${listTerms(b.places)})` : CONFLICT;
  }
  for (const [role, placesA] of a.roles) {
    const placesB = b.roles.get(role);
    if (placesB && disjoint(placesA, placesB)) {
      return explain ? `different places (${role} ${listTerms(placesA)} vs ${role} ${listTerms(placesB)})` : CONFLICT;
    }
  }
  // Sent to a place against sent from it: remittances into a country are not those out of it.
  for (const [one, other] of [[a, b], [b, a]] as const) {
    const into = one.roles.get('to');
    const out = other.roles.get('from');
    if (into && out && !disjoint(into, out)) return explain ? `opposite directions (to ${listTerms(into)} vs from ${listTerms(out)})` : CONFLICT;
  }
  if (a.capacity !== b.capacity) return explain ? 'one figure is a capacity, the other is not' : CONFLICT;
  for (const [group, side] of a.sides) {
    const other = b.sides.get(group);
    if (other !== undefined && other !== side) return explain ? `different ${group} (${side} vs ${other}, as their sentences say)` : CONFLICT;
  }
  return null;
}

/**
 * Why two periods cannot be compared as one series, or null: a part of a year (`January-May`, a
 * quarter, months to date) against a whole year or a run of another length. A five-month total
 * below a twelve-month one is no fall.
 */
export function periodConflict(a: ClaimProfile, b: ClaimProfile, explain = true): string | null {
  const partA = a.span?.partMonths ?? null;
  const partB = b.span?.partMonths ?? null;
  if (partA === partB) return null;
  if (!explain) return CONFLICT;
  const words = (months: number | null, span: ClaimProfile['span']) =>
    months === null ? `${span?.label ?? 'an undated period'}` : `${months} month${months === 1 ? '' : 's'} (${span!.label})`;
  return `periods of different length: ${words(partA, a.span)} vs ${words(partB, b.span)}`;
}

/** True when two claims carry the same figure in the same words: one sentence printed twice. */
export function isEcho(a: ClaimProfile, b: ClaimProfile): boolean {
  return a.echo !== null && a.echo === b.echo && a.articleId !== b.articleId;
}

/** True when two terms fall in the same class of a look-alike group (`kill` ~ `death`). */
function sameClass(termA: string, termB: string): boolean {
  const classesA = EXCLUSIVE_CLASS.get(termA);
  const classesB = EXCLUSIVE_CLASS.get(termB);
  if (!classesA || !classesB) return false;
  return classesA.some(([group, cls]) => classesB.some(([g, c]) => g === group && c === cls));
}

/** Pairs up unmatched terms that fall in the same class of a look-alike group (`kill` ~ `death`). */
function pairSameClass(onlyA: readonly string[], onlyB: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const used = new Set<string>();
  for (const termA of onlyA) {
    if (!EXCLUSIVE_CLASS.has(termA)) continue;
    const termB = onlyB.find((candidate) => !used.has(candidate) && sameClass(termA, candidate));
    if (termB !== undefined) {
      used.add(termB);
      pairs.push([termA, termB]);
    }
  }
  return pairs;
}

/** Words credited so per pair (see saidBy): the cut takes a subject's last word or two, and a vague subject (`emails containing it`) must not take them all. */
const SAID_WORDS = 1;

/**
 * True when `term`, a word only the other claim's subject has, is in this claim's sentence: its
 * subject was cut shorter (`people killed` in a sentence on the Pulse shooting against `people
 * killed at Pulse`), so the word ties the two rather than narrowing one. A look-alike class word
 * (`university`) still narrows: the sentence may say it of something else.
 */
function saidBy(profile: ClaimProfile, term: string): boolean {
  return profile.said !== null && profile.said.has(term) && !EXCLUSIVE_CLASS.has(term) && profile.sentence !== null;
}

/** The words (at most SAID_WORDS) only one subject has that the other claim's sentence says (see saidBy). */
function saidWords(a: ClaimProfile, b: ClaimProfile): string[] {
  const out: string[] = [];
  for (const [one, other] of [[a, b], [b, a]] as const) {
    for (const [term, weight] of one.terms) {
      if (out.length < SAID_WORDS && !other.terms.has(term) && weight >= WEIGHTS.term && saidBy(other, term)) out.push(term);
    }
  }
  return out;
}

/** Terms of `a` that `b` lacks, besides `said` (see saidWords). */
function missingFrom(a: ClaimProfile, b: ClaimProfile, said: readonly string[] = saidWords(a, b)): string[] {
  const out: string[] = [];
  for (const term of a.terms.keys()) if (!b.terms.has(term) && !said.includes(term)) out.push(term);
  return out;
}

/** The wording of a score: why two claims look alike, and what holds the confidence down. */
function explainScore(a: ClaimProfile, b: ClaimProfile): string[] {
  const reasons: string[] = [`same ${a.head === null ? 'unit' : 'counted thing'}: ${a.family.label}`];
  if (isEcho(a, b)) return [...reasons, 'the same figure in the same words: one report printed in both (a wire copy or a reprint)'];
  const shared = [...a.terms.keys()].filter((term) => b.terms.has(term));
  const said = saidWords(a, b);
  const onlyA = missingFrom(a, b, said);
  const onlyB = missingFrom(b, a, said);
  const akin = pairSameClass(onlyA, onlyB);
  const akinTerms = new Set(akin.flat());
  const strongShared = [...shared, ...akin.map(([term]) => term)].filter((term) => (a.terms.get(term) ?? 0) >= WEIGHTS.term).concat(said);
  if (a.head === null && strongShared.length === 0) return [...reasons, 'no key term in common besides the unit and the place'];
  const sharedPlaces = [...a.places].filter((place) => b.places.has(place));
  const extraPlaces = [...a.places, ...b.places].filter((place) => !sharedPlaces.includes(place));
  const ownA = onlyA.filter((term) => !akinTerms.has(term) && (a.terms.get(term) ?? 0) >= WEIGHTS.term);
  const ownB = onlyB.filter((term) => !akinTerms.has(term) && (b.terms.get(term) ?? 0) >= WEIGHTS.term);
  const plain = [...onlyA, ...onlyB].filter((term) => !akinTerms.has(term));

  if (shared.length > 0) reasons.push(`both: ${listTerms(shared)}`);
  if (said.length > 0) reasons.push(`in one subject and the other's sentence: ${listTerms(said)}`);
  if (akin.length > 0) reasons.push(`akin: ${akin.map(([x, y]) => `${describeTerm(x)} ~ ${describeTerm(y)}`).join(', ')}`);
  if (sharedPlaces.length > 0) reasons.push(`same place: ${listTerms(sharedPlaces)}`);
  if (ownA.length > 0 && ownB.length > 0) {
    reasons.push(`each has words the other lacks (${listTerms(ownA)} / ${listTerms(ownB)}): maybe two parts of a whole`);
  } else if (ownA.length + ownB.length > 0) {
    reasons.push(`only one narrows the subject (${listTerms([...ownA, ...ownB])}): maybe a part of the whole`);
  } else if (plain.length > 0) {
    reasons.push(`only in one: ${listTerms(plain)}`);
  }
  if ((a.places.size > 0) !== (b.places.size > 0)) reasons.push(`only one names the place (${listTerms(extraPlaces)})`);
  else if (extraPlaces.length > 0) reasons.push(`places differ in part (${listTerms(extraPlaces)})`);
  for (const [group, classes] of [...a.exclusive, ...b.exclusive]) {
    if (a.exclusive.has(group) !== b.exclusive.has(group)) reasons.push(`only one narrows the ${group} (${[...classes].join(', ')})`);
  }
  if (a.terms.size + b.terms.size === 0) reasons.push('neither says more than what is counted');
  if (a.tooVague || b.tooVague) reasons.push('one figure is too vague to compare (its words allow a range wider than a hundredfold)');
  if (unanchored(a, b, strongShared.length)) reasons.push('the two sentences name no one and nowhere in common');
  else if (untiedConflict(a, b)) reasons.push('the figures would contradict each other, yet the two sentences name no one and nowhere in common: likely two different tallies');
  if ((a.sample || b.sample) && a.value !== b.value) reasons.push("two different survey samples: each poll has its own");
  if (otherScale(a, b)) reasons.push('one figure is ten times the other or more, and one is dated only by its article: likely two different things');
  else if (twoSums(a, b)) reasons.push('two sums of money, each dated only by its article: two spends or gifts, not a change');
  else if (twoProposals(a, b)) reasons.push('two figures called for or planned, each dated only by its article: two proposals, not a change');
  if (twoEvents(a, b)) reasons.push('two figures at stake: each event has its own, not a change');
  if (twoQuestions(a, b)) reasons.push(`two questions: the groups ${[...a.predicate!].slice(0, 4).join(' ')} / ${[...b.predicate!].slice(0, 4).join(' ')}`);
  if (otherHolder(a, b)) reasons.push(`each figure is said to be another's (${a.holder} / ${b.holder})`);
  if (retold(a, b)) reasons.push('one figure retold: the same uncommon figure of the same thing, in one story');
  return reasons;
}

/**
 * The confidence two conflict-free profiles measure the same thing (see the header): weighted
 * Dice over their terms (same-class terms earn SAME_CLASS_CREDIT; places count when both name
 * some), times the penalties. Written without allocating: it runs on every candidate pair.
 */
function similarity(a: ClaimProfile, b: ClaimProfile): number {
  if (isEcho(a, b)) return 1;
  let shared = 0;
  let strongShared = 0;
  let ownA = 0;
  let classedA = 0;
  let said = 0;
  // (forEach, not `for…of` over entries: that built an array per term, ~9% of a large grouping's garbage.)
  a.terms.forEach((weight, term) => {
    if (b.terms.has(term)) {
      shared += 2 * weight;
      if (weight >= WEIGHTS.term) strongShared += 1;
    } else if (said < SAID_WORDS && weight >= WEIGHTS.term && saidBy(b, term)) {
      said += 1;
      shared += weight;
      strongShared += 1;
    } else {
      if (weight >= WEIGHTS.term) ownA += 1;
      if (EXCLUSIVE_CLASS.has(term)) classedA += 1;
    }
  });
  let ownB = 0;
  let classedB = 0;
  b.terms.forEach((weight, term) => {
    if (a.terms.has(term)) return;
    if (said < SAID_WORDS && weight >= WEIGHTS.term && saidBy(a, term)) {
      said += 1;
      shared += weight;
      strongShared += 1;
      return;
    }
    if (weight >= WEIGHTS.term) ownB += 1;
    if (EXCLUSIVE_CLASS.has(term)) classedB += 1;
  });
  // Same-class terms are rare; only then pay for pairing them up.
  if (classedA > 0 && classedB > 0) {
    for (const [termA, termB] of pairSameClass(missingFrom(a, b), missingFrom(b, a))) {
      const weightA = a.terms.get(termA)!;
      shared += SAME_CLASS_CREDIT * (weightA + b.terms.get(termB)!);
      if (weightA >= WEIGHTS.term) {
        strongShared += 1;
        ownA -= 1;
      }
      if (b.terms.get(termB)! >= WEIGHTS.term) ownB -= 1;
    }
  }
  // Without a counted noun, the subject's own words must overlap: a shared place is not enough.
  if (a.head === null && strongShared === 0) return 0;

  let total = a.weight + b.weight;
  let factor = 1;
  if (a.places.size > 0 && b.places.size > 0) {
    let sharedPlaces = 0;
    for (const place of a.places) if (b.places.has(place)) sharedPlaces += 1;
    shared += 2 * sharedPlaces * WEIGHTS.place;
    total += (a.places.size + b.places.size) * WEIGHTS.place;
  } else if (a.places.size + b.places.size > 0) {
    factor *= ONE_SIDED_PLACE;
  }
  for (const group of a.exclusive.keys()) if (!b.exclusive.has(group)) factor *= ONE_SIDED_CLASS;
  for (const group of b.exclusive.keys()) if (!a.exclusive.has(group)) factor *= ONE_SIDED_CLASS;
  // Each side has a word of its own (`mortgage loans` / `consumer loans`): likely two parts of a
  // whole rather than one thing said twice.
  if (ownA > 0 && ownB > 0) factor *= SIBLINGS;
  // Only one side narrows the subject with a word or a place of its own (`wine exports` /
  // `exports`, tourists `from Israel` / all tourists): likely a part against its whole.
  else if (ownA + ownB > 0 || (a.places.size > 0 && b.places.size > 0 && a.places.size !== b.places.size)) factor *= NARROWER;
  if (unanchored(a, b, strongShared) || untiedConflict(a, b)) factor *= NO_SHARED_NAME;
  if (otherHolder(a, b)) factor *= OTHER_HOLDER;
  if (otherScale(a, b)) factor *= OTHER_SCALE;
  else if (twoSums(a, b) || twoProposals(a, b)) factor *= TWO_SUMS;
  if (twoQuestions(a, b)) factor *= TWO_QUESTIONS;
  if (twoEvents(a, b)) factor *= TWO_EVENTS;
  if ((a.sample || b.sample) && a.value !== b.value) factor *= OTHER_SAMPLE;
  // Two claims that both say only what is counted ("schools", "schools in Azerbaijan") are alike,
  // but nothing narrows them down: kept below a match.
  const dice = total === 0 ? 0.6 : Math.min(1, shared / total);
  const scored = Math.round(dice * factor * 100) / 100;
  const confidence = scored < RETOLD_CONFIDENCE && retold(a, b) ? RETOLD_CONFIDENCE : scored;
  // `millions` agrees with any figure from one million to a billion: at most possibly related.
  return a.tooVague || b.tooVague ? Math.min(confidence, TOO_VAGUE_CONFIDENCE) : confidence;
}

/** The confidence of a pair without words or objects (the hot path of matching); -1 on a hard conflict. */
export function pairConfidence(a: ClaimProfile, b: ClaimProfile): number {
  return findConflict(a, b, false) === null ? similarity(a, b) : -1;
}

/**
 * Scores two claim profiles (see ScoredPair); the pair is returned with `a < b`. Reasons are
 * worded only for pairs at or above `explainFrom` (wording them for every candidate pair of a
 * large archive costs more than the scoring itself); below it `reasons` is empty.
 */
export function scorePair(x: ClaimProfile, y: ClaimProfile, explainFrom = 0): ScoredPair {
  const [a, b] = x.index < y.index ? [x, y] : [y, x];
  const explain = explainFrom <= 0;
  const conflict = findConflict(a, b, explain);
  if (conflict !== null) return { a: a.index, b: b.index, confidence: 0, reasons: explain ? [conflict] : [], conflict: true };
  const confidence = similarity(a, b);
  return { a: a.index, b: b.index, confidence, reasons: confidence >= explainFrom ? explainScore(a, b) : [], conflict: false };
}
