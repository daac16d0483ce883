// What matching needs from a claim, worked out once per claim: its unit family, its period, its
// modality (actual or expected), and its terms sorted into kinds (places, place roles, language
// roles, look-alike classes, plain terms with weights), plus the keys candidate blocking uses.
import type { Modality } from '../../schemas/claim.ts';
import { periodSpan, type Span } from './period-span.ts';
import type { MatchableClaim } from './matchable-claim.ts';
import { unitFamily, type UnitFamily } from './unit-family.ts';
import { EXCLUSIVE_CLASS, FILLER_LEMMAS, INTO_PLACE_LEMMAS, MODALITY_WORDS, PLACE_IDS, RATE_NOUNS, SENTENCE_SIDES, STOP_WORDS, TERM_SYNONYMS, WEAK_LEMMAS, parseLanguageTerm, parsePlaceRole } from './vocabulary.ts';

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
  /**
   * Actual, forecast, plan or target: the claim's own, or `forecast` for an entry written before
   * the field existed whose subject says `(potential)` or `(planned)`.
   */
  modality: Modality;
  /**
   * The figure with the words around it, normalised (`echoKey`): two articles that share it carry
   * the same sentence, a wire copy or a reprint; null when the sentence is too short to tell.
   */
  echo: string | null;
  /**
   * The names in the claim's sentence (capitalised words past the first: people, places,
   * organisations, `Benghazi`, `Sanders`), lowercase; null when the claim came without its sentence.
   * Two reports of one figure name someone or something in common; "funds raised" by two
   * campaigns do not.
   */
  names: Set<string> | null;
  /** The claim's sentence, when known: two figures of one sentence in one article belong to one story. */
  sentence: string | null;
  /**
   * The sentence's words, lowercase, each also without a plain inflection (`killed` -> `kill`,
   * `needs` -> `need`); null without a sentence. A word one subject adds that the other claim's
   * sentence says too (`killed at Pulse` / a sentence on Pulse) does not narrow it: the other
   * subject was only cut shorter. Kept only for subjects of at most CUT_SHORT strong words: a
   * longer subject said what it meant to.
   */
  said: ReadonlySet<string> | null;
  /**
   * The exact value when it has three or more significant digits (`1,237`, `$27.16`): such a
   * figure seldom recurs by chance, so an equal one elsewhere is likely the same figure retold.
   */
  specificValue: number | null;
  /**
   * Whose figure it is when the sentence says so right before it (`Cruz had 38 percent`,
   * `Stephanopoulos gave $75,000`), lowercase; null otherwise. One poll's shares of two
   * candidates, or two donors' gifts, share every word but this one.
   */
  holder: string | null;
  /**
   * True when the figure counts a survey's sample (`1,737 registered voters … margin of error`):
   * each poll has its own, so two unequal samples are two polls, never a change or a conflict.
   */
  sample: boolean;
  /** The figure (a range by its low end), to tell one figure retold from two figures. */
  value: number | null;
  /** The most the words allow (a range by its high end); null when open above (`more than 340`). */
  upper: number | null;
  /** True when the words allow a range wider than a hundredfold (`millions`): too loose to compare. */
  tooVague: boolean;
  /** True when the figure is a capacity or a maximum (what could be done, not what was done). */
  capacity: boolean;
  /**
   * For a percentage, the rate it is when its subject or sentence names one (`the jobless rate`,
   * `unemployment fell to`): `unemployment`; null otherwise. A rate named for what it measures is
   * a standing statistic, whose reports need no name in common to be one series.
   */
  rateOf: string | null;
  /**
   * For a share of a group (`58 percent of Florida Latino voters said they were less likely to
   * vote Republican`), the words of what the group said or did, past the subject's own words;
   * null when the sentence has no such `N percent of …` clause. A poll's answers to two questions
   * share the group and differ only here.
   */
  predicate: ReadonlySet<string> | null;
  /** True when the figure is a sum laid out on something (`$1.1 million on ads attacking Trump`): one outlay, not a level. */
  spentOn: boolean;
  /** True when the sentence puts the figure at stake in one event (`delegates at stake`, `up for grabs`): that event's own figure. */
  atStake: boolean;
  /** Side group -> the one side the claim's sentence names (see SENTENCE_SIDES): `party` -> `Republican`. */
  sides: Map<string, string>;
  /** Everything the hard checks read besides unit and article, as one string: equal facets never conflict. */
  facets: string;
  /**
   * The figure as a blocking key when an equal figure elsewhere may be this one retold: a count
   * of more than a handful (`49 people`, `22 emails`), a large figure with two significant digits
   * (`13 million votes`, `$57 million`), or any specific value (`1,237`, `$27.16`); null otherwise
   * (`two`, `50 percent`, `$1 million` recur by chance everywhere).
   */
  figureKey: string | null;
  /** True when the figure alone tells it retold (a specific value, or a large one of two significant digits); a count needs a shared name too. */
  tellingFigure: boolean;
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

/** Counts up to this recur by chance in any archive (`two Americans`, `three states`): never keyed by their figure. */
const HANDFUL = 3;

/** Figures from this size with two significant digits (`13 million`, `2.5 million`, `$57 million`) seldom recur by chance either. */
const LARGE = 1000;

/** The significant digits of a value: `2383` for 2,383, `25` for 2.5 million. */
function significantDigits(value: number): string {
  return String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/** True when a figure alone tells it retold (see ClaimProfile.tellingFigure). */
function isTellingFigure(claim: MatchableClaim, specificValue: number | null): boolean {
  const value = claim.value ?? claim.min;
  return specificValue !== null || (value !== null && claim.qualifier !== 'vague' && value >= LARGE && significantDigits(value).length >= 2);
}

/** The figure key of a claim (see ClaimProfile.figureKey). */
function figureKeyOf(claim: MatchableClaim, head: string | null, specificValue: number | null): string | null {
  const value = claim.value ?? claim.min;
  if (value === null || claim.qualifier === 'vague') return null;
  if (isTellingFigure(claim, specificValue)) return `${value}`;
  if (head === null || value <= HANDFUL) return null;
  return `${value}`;
}

/** A vague figure whose words allow more than this ratio between its ends (`millions`: 1,000) is too loose to compare. */
const TOO_VAGUE = 100;

/** Words on each side of the figure that make up its echo key. */
const ECHO_WORDS = 6;
/** Fewer words than this around the figure ("Four Americans died.") could be any article's. */
const ECHO_MIN_WORDS = 8;
/** …unless that is the whole sentence: four words and the figure, word for word, is one sentence reprinted. */
const ECHO_MIN_WHOLE = 4;

/**
 * The figure and twelve words around it (six a side where the sentence allows), lowercase letters
 * and digits only: equal keys
 * in two articles mean one sentence printed twice (a wire copy, a reprint), whatever else the
 * editors changed around it. Null when the figure has fewer than eight words around it, or four
 * when they make the whole sentence.
 */
export function echoKey(text: string, quantity: string): string | null {
  const at = text.indexOf(quantity);
  if (at < 0) return null;
  const words = (part: string) => part.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const allBefore = words(text.slice(0, at));
  const allAfter = words(text.slice(at + quantity.length));
  // Six words a side; a figure near either end of its sentence takes more words from the other.
  const before = allBefore.slice(-Math.max(ECHO_WORDS, 2 * ECHO_WORDS - allAfter.length));
  const after = allAfter.slice(0, Math.max(ECHO_WORDS, 2 * ECHO_WORDS - allBefore.length));
  // A short sentence printed whole in two places ("Dues were $6,612 a year.") is an echo too.
  const whole = before.length === allBefore.length && after.length === allAfter.length;
  if (before.length + after.length < (whole ? ECHO_MIN_WHOLE : ECHO_MIN_WORDS)) return null;
  return `${before.join(' ')}|${words(quantity).join(' ')}|${after.join(' ')}`;
}

/**
 * A name, then a verb of having, winning or giving, then (after a hedge) the figure: `Cruz had`,
 * `Kasich was at`, `Clinton's campaign raised`, `Smith gave some`. Matched on the text just before the figure.
 */
const HOLDER = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)(?:['’]s?(?:\s+\p{Ll}+)?)?\s+` +
    String.raw`(?:had|has|have|got|gets|won|wins|drew|draws|polled|polls|received|receives|took|takes|earned|earns|gave|gives|donated|donates|raised|raises|spent|spends|was at|is at|stood at|stands at|led with|leads with)\s+` +
    String.raw`(?:(?:about|nearly|almost|roughly|some|just|only|over|under|around|more than|less than|at least)\s+)?$`,
  'u',
);

/** The holder of a figure (see ClaimProfile.holder): the name right before `NAME had|gave|was at… FIGURE`. */
export function findHolder(text: string, quantity: string): string | null {
  const at = text.indexOf(quantity);
  if (at <= 0) return null;
  const match = HOLDER.exec(text.slice(Math.max(0, at - 80), at));
  if (match === null) return null;
  const words = match[1]!.toLowerCase().split(/\s+/).filter((word) => !NOT_NAMES.has(word.replace(/[.'’]+$/, '')));
  return words.length === 0 ? null : words[words.length - 1]!.replace(/[.'’]+$/, '');
}

/** A sentence that gives a survey's method: its sample and margin of error. */
const SAMPLE_SENTENCE = /\bmargin of (?:sampling )?error\b|\berror margin\b/i;

/** Capitalised words that name no one: titles, pronouns, calendar words, sentence openers. */
const NOT_NAMES = new Set(
  `i the a an and but or in on at of for to by with from as it its this that these those there he she we they his her our their
  mr mrs ms dr sen rep gov president senator governor representative minister secretary chairman chairwoman chief mayor judge
  general officials official monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december according said says if when while after before so yet also however`.split(/\s+/),
);

/** The exact value of a claim when it is specific enough to recognise (see ClaimProfile.specificValue). */
function isSpecificValue(claim: MatchableClaim): number | null {
  if (claim.value === null || claim.qualifier !== 'exact') return null;
  return significantDigits(claim.value).length >= 3 ? claim.value : null;
}

/** A capitalised word (hyphenated parts included) not glued to a letter or digit before it. */
const CAPITALISED = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/gu;
/** What may stand between a sentence's end and its first word: spaces, quote marks, brackets. */
const OPENERS = new Set([' ', '\n', '\t', '"', '“', '‘', "'", '(', '[', '«', '—', '–', '-']);

/**
 * The names of one sentence or paragraph (see ClaimProfile.names), uncached. Capitalised words
 * in a row make one name (`New Hampshire`, `Federal Election Commission`): a name is counted
 * once however many words it has.
 */
function findNames(text: string): string[] {
  const names: string[] = [];
  let phrase: string[] = [];
  let phraseEnd = -1;
  const flush = () => {
    if (phrase.length > 0) names.push(phrase.join(' '));
    phrase = [];
  };
  for (const match of text.matchAll(CAPITALISED)) {
    // Skip a word that opens a sentence: capitalised by grammar, not because it is a name.
    let k = match.index - 1;
    while (k >= 0 && OPENERS.has(text[k]!)) k -= 1;
    if (k < 0 || text[k] === '.' || text[k] === '!' || text[k] === '?' || text[k] === ':') {
      flush();
      continue;
    }
    if (match.index !== phraseEnd + 1 || text[phraseEnd] !== ' ') flush();
    // `Russian-language`, `Trump-owned`: the capitalised parts are the names.
    for (const part of match[0].split('-')) {
      const word = part.replace(/['’]s$/, '').replace(/['’]+$/, '');
      if (word.length < 2 || !/^\p{Lu}/u.test(word)) continue;
      const key = word.toLowerCase();
      if (!NOT_NAMES.has(key)) phrase.push(key);
    }
    phraseEnd = match.index + match[0].length;
    // A possessive or a hyphenated word ends the name: `Clinton's campaign`.
    if (/['’]s?$|-/.test(match[0])) flush();
  }
  flush();
  return names;
}

const NAMES_CACHE = new Map<string, readonly string[]>();
/** Memo bound: neighbouring claims share sentences; cleared rather than grown on a large archive. */
const NAMES_CACHE_LIMIT = 20_000;

/** The names in some texts (a claim's sentence and its neighbours), each text worked out once. */
export function namesIn(...texts: Array<string | null | undefined>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    let found = NAMES_CACHE.get(text);
    if (found === undefined) {
      if (NAMES_CACHE.size >= NAMES_CACHE_LIMIT) NAMES_CACHE.clear();
      found = findNames(text);
      NAMES_CACHE.set(text, found);
    }
    for (const name of found) names.add(name);
  }
  return names;
}

/** A subject with this many strong words or fewer may have lost the rest of its words to the cut. */
const CUT_SHORT = 1;

/** The number of strong (full-weight) terms. */
function strongTerms(terms: ReadonlyMap<string, number>): number {
  let count = 0;
  for (const weight of terms.values()) if (weight >= WEIGHTS.term) count += 1;
  return count;
}

/** A sentence's words with the words of the names around it (`Pulse`, `Benghazi` in the next sentence). */
function withNames(words: ReadonlySet<string>, names: ReadonlySet<string> | null): ReadonlySet<string> {
  if (names === null || names.size === 0) return words;
  const out = new Set(words);
  for (const name of names) for (const word of name.split(' ')) out.add(word);
  return out;
}

const SAID_CACHE = new Map<string, ReadonlySet<string>>();

/** The words of a sentence with and without a plain inflection (see ClaimProfile.said), memoised like names. */
export function wordsSaid(text: string): ReadonlySet<string> {
  let said = SAID_CACHE.get(text);
  if (said !== undefined) return said;
  const words = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    if (word.length < 2) continue;
    words.add(word);
    // Crude stems are enough here: they are only looked up with a subject's lemmas.
    const stem = word.replace(/(?:'s|ies|es|s|ed|d|ing)$/, (ending) => (ending === 'ies' ? 'y' : ''));
    if (stem.length >= 3) words.add(stem);
    if (word.endsWith('ied')) words.add(`${word.slice(0, -3)}y`);
    else if (word.endsWith('ed') || word.endsWith('es')) words.add(word.slice(0, -1));
  }
  if (SAID_CACHE.size >= NAMES_CACHE_LIMIT) SAID_CACHE.clear();
  SAID_CACHE.set(text, words);
  return words;
}

/**
 * Subjects the ingest writes when it found no words for what is counted (`amount of money`,
 * `percentage`): they say nothing of what the figure is, so they match nothing by their words.
 */
export const PLACEHOLDER_SUBJECTS: ReadonlySet<string> = new Set(['percentage', 'amount of money', 'points', 'point']);

/** The modality suffix older entries put on subjects: `(potential)`, `(planned capacity)`. */
const LEGACY_MODALITY = /\((?:potential|planned)\b[^)]*\)\s*$/;

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

/** The one side of a side group a text names, or null (none, or two of them). */
function sideIn(text: string, sides: Readonly<Record<string, readonly string[]>>): string | null {
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  const named = Object.entries(sides).filter(([, list]) => list.some((word) => words.has(word))).map(([side]) => side);
  return named.length === 1 ? named[0]! : null;
}

/**
 * The one side of each side group a claim names (see SENTENCE_SIDES): in its subject
 * (`Republican primary voters`); for a counted thing of a side's contest (`delegates`), in its
 * sentence, else in the sentences around it (`It takes 2,383 delegates to win the nomination.`
 * after a sentence on the Democrats). Other figures' sentences often name a side only as the
 * speaker's (`Unemployment dipped to 4.9 percent, whatever his GOP rivals say`).
 */
export function sidesNamed(subject: string, head: string | null = null, text?: string, context?: MatchableClaim['context']): Map<string, string> {
  const out = new Map<string, string>();
  for (const { name, sides, contest } of SENTENCE_SIDES) {
    let side = sideIn(subject, sides);
    const ofContest = head !== null && contest.has(head);
    if (side === null && ofContest && text !== undefined) side = sideIn(text, sides);
    if (side === null && ofContest && context !== undefined) side = sideIn(`${context.before ?? ''} ${context.after ?? ''}`, sides);
    if (side !== null) out.set(name, side);
  }
  return out;
}

/** A subject that opens with a subordinator (`when Obama took office`) is a clause the ingest took for one: it names nothing counted. */
const CLAUSE_SUBJECT = /^(?:when|while|after|before|as|since|because|if|although|though|until|once)\b/i;

/** A clause that gives the figure to someone other than the nation: `The state reported`, `its`. */
const CLAUSE_OWNER = /\b(?:its|their|the (?:state|city|county|province|region|district)(?:['’]s)?)\b/i;

/** `the jobless rate`: the word before `rate`, and the word before that. */
const NAMED_RATE = /(?:\b(\p{L}+(?:['’]s)?)\s+)?\b(\p{L}[\p{L}-]*)\s+rate\b/giu;
/**
 * Words before a rate that make it someone's own (`its unemployment rate`, `the state's`,
 * `Ohio's`): not the standing national statistic, and the owner is named elsewhere.
 */
const RATE_OWNER = /^(?:its|their|his|her|our|state|city|county|local|regional|provincial|\p{L}+['’]s)$/iu;
/** `unemployment has fallen to`, `Unemployment dipped to`: a rate noun right before a verb of level or change that leads to the figure. */
const RATE_MOVED = /(?:\b(\p{L}+(?:['’]s)?)\s+)?\b(?!has\b|had\b|have\b)(\p{L}[\p{L}-]*)\s+(?:has\s+|had\s+|have\s+)?(?:\p{L}+ly\s+)?(?:rose|risen|fell|fallen|dipped|dropped|declined|climbed|ticked\s+(?:up|down)|edged\s+(?:up|down)|stood|stands|remained|grew|jumped|slipped|was|is|hit|reached|peaked)\s+(?:to|at)?\s*(?:about\s+|nearly\s+|below\s+|above\s+|just\s+|almost\s+)?$/iu;

/** A word as a matching term: lowercase, with its synonym folded (`jobless` -> `unemployment`). */
function foldTerm(word: string): string {
  const lower = word.toLowerCase();
  return TERM_SYNONYMS[lower] ?? lower;
}

/** Words before a rate that say which rate it is without narrowing it: `the official unemployment rate`. */
const PLAIN_RATE_WORDS = /^(?:official|national|overall|current|nation['’]s|country['’]s|u\.?s\.?|american)$/i;

/** What a percentage's rate is (see findRate). */
export interface FoundRate {
  /** The standing statistic (ClaimProfile.rateOf), or null when a word narrows it (`real`) or none is named. */
  rate: string | null;
  /** The words to match the figure by when its subject names nothing: `unemployment`, `real`. */
  terms: string[];
}

/**
 * The rate a percentage is (see ClaimProfile.rateOf): named in its subject (`official unemployment
 * rate`), or, for a subject that names nothing, in the clause that leads to the figure. A rate
 * the clause gives to someone else (`its`, `the state's`) is none.
 */
export function findRate(subject: string, text: string | undefined, quantity: string, subjectNamesNothing: boolean): FoundRate {
  const none: FoundRate = { rate: null, terms: [] };
  const found = (word: string, before: string | undefined): FoundRate => {
    if (before !== undefined && RATE_OWNER.test(before)) return none;
    const rate = foldTerm(word);
    // `the real unemployment rate`: a word of its own narrows it to another measure.
    const narrowing = before !== undefined && !PLAIN_RATE_WORDS.test(before) && !STOP_WORDS.has(before.toLowerCase()) && !FILLER_LEMMAS.has(before.toLowerCase());
    return narrowing ? { rate: null, terms: [rate, foldTerm(before)] } : { rate, terms: [rate] };
  };
  const named = (part: string): FoundRate => {
    let last: FoundRate = none;
    for (const match of part.matchAll(NAMED_RATE)) {
      const word = match[2]!.toLowerCase();
      if (!STOP_WORDS.has(word) && !FILLER_LEMMAS.has(word)) last = found(word, match[1]);
    }
    return last;
  };
  const at = text === undefined ? -1 : text.indexOf(quantity);
  // Only the clause that leads to the figure: `…, with the unemployment rate at 5 percent`.
  const clause = at <= 0 ? '' : text!.slice(0, at).split(/[,;:()—–]|\s-\s/).pop()!;
  // `The state reported a 2.8 percent unemployment rate`: the clause names the owner.
  if (CLAUSE_OWNER.test(clause)) return none;
  const fromSubject = named(subject);
  if (fromSubject.terms.length > 0 || !subjectNamesNothing || at <= 0) return fromSubject;
  const moved = RATE_MOVED.exec(clause);
  if (moved !== null && RATE_NOUNS.has(moved[2]!.toLowerCase())) return found(moved[2]!, moved[1]);
  return named(clause);
}

/** Hedges between a verb and its figure: `by nearly`, `of roughly`. */
const HEDGE = String.raw`(?:(?:about|nearly|roughly|almost|more than|less than|some|just|over|under|around|at least|only)\s+)?`;
/** A figure that is one side's margin over another (`leads Sanders by 271`, `a lead of nearly 400`), not a count. */
const MARGIN = new RegExp(
  String.raw`(?:\b(?:lead(?:s|ing)?|led|trail(?:s|ed|ing)?|ahead|behind|beat(?:s|en)?|outpac(?:es|ed|ing))\b(?:\s+[^\s.;]+){0,4}?\s+by\s+${HEDGE}|\b(?:lead|margin|advantage|edge|deficit)\s+of\s+${HEDGE})$`,
  'iu',
);

/** True when the words right before a claim's figure make it a margin (see MARGIN). */
export function isMargin(text: string | undefined, quantity: string): boolean {
  if (text === undefined) return false;
  const at = text.indexOf(quantity);
  return at > 0 && MARGIN.test(text.slice(Math.max(0, at - 80), at));
}

/**
 * Words that open a tail the ingest left on a subject (`pledged delegates according to a count by
 * The Associated Press`, `… as the end of the primary season approaches`): what follows tells
 * where or when the figure was said, not what it counts.
 */
const SUBJECT_TAIL = /\s(?:according to|as (?:the|he|she|it|they)|when|while|after|before|because)\s|\s+(?:--|—|–)\s*/i;

/** Terms of a subject that only its tail says (see SUBJECT_TAIL): dropped from matching. */
function tailTerms(subject: string): ReadonlySet<string> {
  const cut = SUBJECT_TAIL.exec(subject);
  if (cut === null || cut.index === 0) return new Set();
  const core = wordsSaid(subject.slice(0, cut.index));
  return new Set([...wordsSaid(subject.slice(cut.index))].filter((word) => !core.has(word)));
}

/**
 * The words right before a figure someone asks for, offers or would set rather than one that is:
 * `demanded a`, `calls for a`, `supports a`, `proposed`, `would not go above a`.
 */
const CALLED_FOR = /\b(?:(?:demand|call|push|advocat|fight|propos|promis|want|support|favou?r|back|embrac|seek|urg)\p{L}*(?:\s+for)?|would(?:\s+not)?\s+\p{L}+(?:\s+(?:above|below|to|for))?)\s+(?:(?:a|an|the|his|her|their)\s+)?$/iu;

/** True when the words right before a claim's figure make it one called for (see CALLED_FOR). */
export function isCalledFor(text: string | undefined, quantity: string): boolean {
  if (text === undefined) return false;
  const at = text.indexOf(quantity);
  return at > 0 && CALLED_FOR.test(text.slice(Math.max(0, at - 60), at));
}

/** A fraction or multiple, then what it is of: `half its 2009 peak`, `twice the national average`. */
const RELATIVE_QUANTITY = /\b(?:half|third|thirds|quarter|quarters|fifth|tenth|twice|double|triple|times)\b/i;
const RELATIVE_TO = /^\s+(?:of\s+)?(?:its|their|his|her|the|that|what|last|this)\b/i;

/** True when a claim's figure is a share or multiple of another figure its sentence names (see RELATIVE_QUANTITY). */
export function isRelative(text: string | undefined, quantity: string): boolean {
  if (text === undefined || !RELATIVE_QUANTITY.test(quantity)) return false;
  const at = text.indexOf(quantity);
  return at >= 0 && RELATIVE_TO.test(text.slice(at + quantity.length));
}

/** Right after a sum: what it was laid out on (`… on ads`, `… worth of ads on`). */
const SPENT_ON = /^\s*(?:(?:worth|in total|in all|so far)\s+)?on\s+\p{L}/iu;

/** A figure at stake in one event (see ClaimProfile.atStake). */
const AT_STAKE = /\b(?:at stake|up for grabs|in play|on the line)\b/i;

/** After a share's figure: `percent of `, `% of `. */
const SHARE_OF = /^\s*(?:percent|per cent|%)?\s*of\s+/i;

/** The words of what a share's group said or did (see ClaimProfile.predicate), by crude stem. */
export function findPredicate(subject: string, text: string | undefined, quantity: string): ReadonlySet<string> | null {
  if (text === undefined) return null;
  const at = text.indexOf(quantity);
  if (at < 0) return null;
  const rest = text.slice(at + quantity.length);
  const of = SHARE_OF.exec(rest);
  if (of === null) return null;
  const clause = rest.slice(of[0].length).split(/[,.;:!?()—–]/)[0]!;
  const own = wordsSaid(subject);
  const words = new Set<string>();
  for (const word of wordsSaid(clause)) {
    if (word.length < 3 || own.has(word) || STOP_WORDS.has(word) || FILLER_LEMMAS.has(word) || WEAK_LEMMAS.has(word)) continue;
    words.add(word);
  }
  return words.size === 0 ? null : words;
}

/** What a claim's place on a timeline needs: its family, period and modality (a profile's cheap part). */
export type PointFacts = Pick<ClaimProfile, 'family' | 'span' | 'modality'>;

/** The family, period and modality of a claim, as its profile has them, without the rest of the profile's work. */
export function pointFacts(claim: MatchableClaim): PointFacts {
  const family = unitFamily(claim);
  // Entries written before claims had a modality said it in the subject: `cargo (potential)`.
  const stated: Modality = claim.modality ?? (LEGACY_MODALITY.test(claim.subject) ? 'forecast' : 'actual');
  // A figure someone calls for (`workers who demanded a $15 minimum wage`) is a target, whatever the ingest read.
  const modality: Modality = stated === 'actual' && isCalledFor(claim.text, claim.quantity) ? 'target' : stated;
  // One stated month is part of a total for flows (money, goods); for a count it is "as of then".
  const monthIsPart = claim.kind === 'money' || claim.kind === 'measure';
  const span = claim.kind === 'percent' || claim.kind === 'rate' || claim.kind === 'rank'
    ? periodSpan({ ...claim.period, until: undefined }, claim.article.data.date)
    : periodSpan(claim.period, claim.article.data.date, monthIsPart);
  return { family, span, modality };
}

/** Precomputes what scoring needs from a claim (see ClaimProfile). */
export function profileClaim(claim: MatchableClaim, index: number): ClaimProfile {
  const { family, span, modality } = pointFacts(claim);
  const head = claim.kind === 'count' || claim.kind === 'rank' ? family.label : null;
  const terms = new Map<string, number>();
  const places = new Set<string>();
  const roles = new Map<'from' | 'to' | 'in', Set<string>>();
  const languages = new Set<string>();
  const exclusive = new Map<string, Set<string>>();
  // Entries written before claims had a modality said it in the subject: `cargo (potential)`.
  const modalWords = LEGACY_MODALITY.test(claim.subject);
  let weight = 0;
  const placeholder = PLACEHOLDER_SUBJECTS.has(claim.subject.trim().toLowerCase()) || CLAUSE_SUBJECT.test(claim.subject.trim());
  // `less than half its 2009 peak` is a ratio to another figure, not the rate itself.
  const relative = isRelative(claim.text, claim.quantity);
  const rate = claim.kind === 'percent' && !relative ? findRate(claim.subject, claim.text, claim.quantity, placeholder) : null;
  const rateOf = rate?.rate ?? null;
  // A percentage that lost its subject is the rate its clause names: `unemployment`.
  const tail = placeholder ? new Set<string>() : tailTerms(claim.subject);
  const ownTerms = placeholder ? (rate?.terms ?? []) : claim.terms.filter((term) => !tail.has(term)).map(foldTerm);
  // A margin (`leads by 271 delegates`) is matched only with margins, a ratio only with ratios.
  if (isMargin(claim.text, claim.quantity)) ownTerms.push('margin');
  if (relative) ownTerms.push('ratio');
  for (const term of ownTerms) {
    const info = termInfo(term);
    for (const [group, cls] of info.classes) {
      const classes = exclusive.get(group);
      if (classes) classes.add(cls);
      else exclusive.set(group, new Set([cls]));
    }
    // That suffix says the modality, not what is measured.
    if (modalWords && info.modality) continue;
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
  // `FDI inflows to Georgia` is FDI in Georgia: the place's role already says the flow comes in.
  if (roles.has('to') || roles.has('in')) {
    for (const term of INTO_PLACE_LEMMAS) {
      if (!terms.has(term)) continue;
      weight -= terms.get(term)!;
      terms.delete(term);
    }
  }
  const sorted = (items: Iterable<string>) => [...items].sort().join(',');
  const sides = sidesNamed(claim.subject, head, claim.text, claim.context);
  const facets = [
    [...exclusive].map(([group, classes]) => `${group}:${sorted(classes)}`).sort().join(';'),
    [...sides].map(([group, side]) => `${group}:${side}`).join(';'),
    sorted(languages),
    sorted(places),
    [...roles].map(([role, set]) => `${role}:${sorted(set)}`).sort().join(';'),
    terms.has('capacity') || terms.has('maximum') ? 'capacity' : '',
  ].join('|');
  const specificValue = isSpecificValue(claim);
  const names = claim.text === undefined ? null : namesIn(claim.context?.before, claim.text, claim.context?.after);
  return {
    index,
    id: claim.id,
    facets,
    family,
    familyId: familyIdOf(family.key),
    articleId: claim.article.id,
    span,
    head,
    terms,
    weight,
    places,
    placeList: [...places],
    roles,
    languages,
    exclusive,
    modality,
    echo: claim.text === undefined ? null : echoKey(claim.text, claim.quantity),
    names,
    sentence: claim.text === undefined ? null : claim.text,
    said: claim.text === undefined || strongTerms(terms) > CUT_SHORT ? null : withNames(wordsSaid(claim.text), names),
    specificValue,
    holder: claim.text === undefined ? null : findHolder(claim.text, claim.quantity),
    value: claim.value ?? claim.min,
    upper: claim.value ?? claim.max,
    sample: claim.kind === 'count' && claim.text !== undefined && SAMPLE_SENTENCE.test(claim.text),
    tooVague: claim.qualifier === 'vague' && (claim.min === null || claim.max === null || claim.min <= 0 || claim.max / claim.min >= TOO_VAGUE),
    capacity: terms.has('capacity') || terms.has('maximum'),
    rateOf,
    atStake: claim.text !== undefined && AT_STAKE.test(claim.text),
    spentOn: claim.kind === 'money' && claim.text !== undefined && claim.text.includes(claim.quantity) && SPENT_ON.test(claim.text.slice(claim.text.indexOf(claim.quantity) + claim.quantity.length)),
    predicate: claim.kind === 'percent' ? findPredicate(claim.subject, claim.text, claim.quantity) : null,
    sides,
    figureKey: figureKeyOf(claim, head, specificValue),
    tellingFigure: isTellingFigure(claim, specificValue),
    keys: blockingKeys(terms, places),
    reach: [...terms.values()].some((termWeight) => termWeight >= WEIGHTS.term) ? [...places] : [],
  };
}
