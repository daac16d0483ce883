// What matching needs from a claim, worked out once per claim: its unit family, its period, and
// its terms sorted into kinds (places, place roles, language roles, look-alike classes, plain
// terms with weights), plus the keys candidate blocking uses.
import { periodSpan, type Span } from './period-span.ts';
import type { MatchableClaim } from './matchable-claim.ts';
import { unitFamily, type UnitFamily } from './unit-family.ts';
import { EXCLUSIVE_CLASS, MODALITY_WORDS, PLACE_IDS, WEAK_LEMMAS, parseLanguageTerm, parsePlaceRole } from './vocabulary.ts';

/** Term weights in the similarity: a language's role says most about what is counted. */
export const WEIGHTS = Object.freeze({ language: 3, place: 1, weak: 0.35, term: 1 });

/** What scoring needs from a claim, computed once per claim. */
export interface ClaimProfile {
  /** Position in the list the profiles were made from. */
  index: number;
  id: string;
  family: UnitFamily;
  /** A number per distinct family key, so the hot path compares numbers, not strings. */
  familyId: number;
  articleId: string;
  span: Span | null;
  /** The counted thing, when the unit is a noun: `school`. Excluded from the terms below. */
  head: string | null;
  /** Key terms other than the head and places, with their weights. */
  terms: Map<string, number>;
  /** The sum of the terms' weights. */
  weight: number;
  places: Set<string>;
  /** The same places as a list, for blocking. */
  placeList: string[];
  /** Places by the role a preposition gives them: `from` -> {russia}. */
  roles: Map<'from' | 'to' | 'in', Set<string>>;
  /** Language terms (`russian-medium`). */
  languages: Set<string>;
  /** Exclusive group name -> the classes this claim's terms fall in. */
  exclusive: Map<string, Set<string>>;
  /** The modality words present (`plan`, `capacity`). */
  modality: string[];
  /** Everything the hard checks read besides unit and article, as one string: equal facets never conflict. */
  facets: string;
  /** Terms candidate blocking starts from: the strong terms, else the places and weak terms. */
  keys: string[];
  /** Keys under which the claim meets only claims blocked on them as their own keys: its places, when it has strong terms. */
  reach: string[];
}

/** The terms a claim is blocked on: its strong terms, or, with no strong term, its places and weak terms. */
function blockingKeys(terms: Map<string, number>, places: Set<string>): string[] {
  const strong = [...terms].filter(([, weight]) => weight >= WEIGHTS.term).map(([term]) => term);
  return strong.length > 0 ? strong : [...places, ...terms.keys()];
}

/** Family keys seen so far, numbered. */
const FAMILY_IDS = new Map<string, number>();

/** The number of a family key (stable within a process). */
function familyIdOf(key: string): number {
  let id = FAMILY_IDS.get(key);
  if (id === undefined) {
    id = FAMILY_IDS.size;
    FAMILY_IDS.set(key, id);
  }
  return id;
}

/** What a term is, for scoring: worked out once per distinct term. */
interface TermInfo {
  kind: 'place' | 'role' | 'language' | 'weak' | 'term';
  /** For `role` terms: the role and the place. */
  role?: { role: 'from' | 'to' | 'in'; place: string };
  /** The look-alike classes it falls in. */
  classes: ReadonlyArray<readonly [group: string, cls: string]>;
  modality: boolean;
}

const TERM_INFO = new Map<string, TermInfo>();

/** Classifies a term (see TermInfo), memoised. */
function termInfo(term: string): TermInfo {
  let info = TERM_INFO.get(term);
  if (info === undefined) {
    const role = parsePlaceRole(term);
    info = {
      kind: role !== null ? 'role' : PLACE_IDS.has(term) ? 'place' : parseLanguageTerm(term) !== null ? 'language' : WEAK_LEMMAS.has(term) ? 'weak' : 'term',
      ...(role === null ? {} : { role }),
      classes: EXCLUSIVE_CLASS.get(term) ?? [],
      modality: MODALITY_WORDS.has(term),
    };
    TERM_INFO.set(term, info);
  }
  return info;
}

/** Precomputes what scoring needs from a claim (see ClaimProfile). */
export function profileClaim(claim: MatchableClaim, index: number): ClaimProfile {
  const family = unitFamily(claim);
  const head = claim.kind === 'count' || claim.kind === 'rank' ? family.label : null;
  const terms = new Map<string, number>();
  const places = new Set<string>();
  const roles = new Map<'from' | 'to' | 'in', Set<string>>();
  const languages = new Set<string>();
  const exclusive = new Map<string, Set<string>>();
  const modality: string[] = [];
  let weight = 0;
  for (const term of claim.terms) {
    const info = termInfo(term);
    for (const [group, cls] of info.classes) {
      const classes = exclusive.get(group);
      if (classes) classes.add(cls);
      else exclusive.set(group, new Set([cls]));
    }
    if (info.modality) modality.push(term);
    if (term === head || terms.has(term)) continue;
    if (info.kind === 'role') {
      const { role, place } = info.role!;
      const set = roles.get(role);
      if (set) set.add(place);
      else roles.set(role, new Set([place]));
    } else if (info.kind === 'place') {
      places.add(term);
    } else {
      if (info.kind === 'language') languages.add(term);
      const termWeight = info.kind === 'language' ? WEIGHTS.language : info.kind === 'weak' ? WEIGHTS.weak : WEIGHTS.term;
      terms.set(term, termWeight);
      weight += termWeight;
    }
  }
  const sorted = (items: Iterable<string>) => [...items].sort().join(',');
  const facets = [
    [...exclusive].map(([group, classes]) => `${group}:${sorted(classes)}`).sort().join(';'),
    sorted(languages),
    sorted(places),
    [...roles].map(([role, set]) => `${role}:${sorted(set)}`).sort().join(';'),
    modality.length > 0 ? 'modal' : '',
  ].join('|');
  return {
    index,
    id: claim.id,
    facets,
    family,
    familyId: familyIdOf(family.key),
    articleId: claim.article.id,
    span: periodSpan(claim.period, claim.article.data.date),
    head,
    terms,
    weight,
    places,
    placeList: [...places],
    roles,
    languages,
    exclusive,
    modality,
    keys: blockingKeys(terms, places),
    reach: [...terms.values()].some((termWeight) => termWeight >= WEIGHTS.term) ? [...places] : [],
  };
}
