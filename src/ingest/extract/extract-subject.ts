// What a figure counts or measures, in a few words, from the words around it. The rules follow
// English news syntax rather than any one sentence:
//   "340 schools here with teaching conducted in Russian"   -> the noun and its modifiers
//   "800,000 students study Russian as a second language"    -> noun + verb phrase ("who study …")
//   "In 26 universities …, there are departments offering …"   -> fronted phrase + existential
//   "…, with about 160,000 students enrolled"                 -> attached to the clause's head
//   "Installed wind capacity reached 5,600 MW"                -> the subject of a linking verb
//   "15 million tons of cargo", "$120 million for the …"      -> the of-noun or purpose phrase
//   "Social spending will grow by 8.5 per cent"               -> "change in social spending"
//   "surpassed the $4 billion mark"                           -> the measured noun from context
import type { QuantityMention } from '../quantities/find-quantities.ts';
import { CURRENCY_CODES, singularize } from '../quantities/tables/units.ts';
import { loadLemmatizer } from './load-lemmatizer.ts';
import { listMatches } from '../../util/list-matches.ts';

/** What the subject extraction needs to know about a figure. */
export interface SubjectInput {
  sentence: string;
  mention: QuantityMention;
  /** Subjects already found for earlier figures in the same sentence. */
  earlier: { mention: QuantityMention; subject: string; unit: string }[];
  /** The sentences before this one in the paragraph, in reading order. */
  previous: string[];
}

/** The subject and, for a bare count, the counted thing found for it. */
export interface SubjectResult {
  subject: string;
  /** Singular counted noun when the figure itself had none (`the number of schools … 324`). */
  unit: string | null;
}

const MAX_WORDS = 14;
const HEDGE = '(?:(?:about|around|some|nearly|almost|over|more than|less than|fewer than|at least|up to|approximately|roughly|just|only|a record|an estimated)\\s+)?';
const PREPOSITIONS = new Set('in of for on at to with from by between among across under over about into through per within without where which that who whose'.split(' '));
const FILLER = new Set('here there now currently today already also alone overall respectively altogether annually'.split(' '));
const PRONOUNS = /^(?:we|it|this|that|they|these|those|there|he|she|i|you|which|who|what|one|all|both|each|figure|number|amount|total)$/i;
const AUXILIARIES = new Set('is are was were be been being has have had will would can could may might shall should do does did'.split(' '));
const PERSON_NOUNS = /^(?:people|persons?|students?|pupils?|schoolchildren|children|teachers?|workers?|employees?|residents?|citizens?|refugees?|migrants?|soldiers?|troops|patients?|doctors?|voters?|users?|members?|visitors?|tourists?|victims?|families|men|women|individuals?|participants?|specialists?|graduates?|learners?|passengers?)$/i;
const THRESHOLD_NOUNS = /^(?:mark|level|threshold|milestone|barrier|figure|line)\b/i;
const TIME_TAIL = /\s+(?:(?:in|during|for|by|as of|at the end of)\s+(?:the\s+)?(?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:last|this|next|previous|past) (?:year|month|week)|per (?:year|annum|month|week|day|capita|person)|a (?:year|month|week|day)|each (?:year|month|week|day)|every (?:year|month|week|day)|annually|so far|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b.*$/i;
const TRAILING_QUALIFIER = /\s+(?:or|and)\s+(?:more|less|above|over|below|under|higher|lower)\b.*$/i;
// An infinitive of purpose ("… to achieve the required capacity") ends a phrase like a comma does.
const CLAUSE_BOUNDARY =
  /[,;:()"“”«»–—]|\s(?:in order\s)?to\s(?!(?:the|a|an|this|that|these|those|its|their|our|his|her)\b)[a-z]+\s+(?:the|a|an|its|their|our|this|that|these|those|more|new)\b|\s(?:and|but|or)\s(?=(?:there|we|he|she|it|they|the|this|that|these|those|a|an|our|his|her|its|their|more|less|above|over|below|under)\b|\d)|\s(?:but|while|whereas|although|because|which|so that)\s|\.\s*$|\.\s/;
// "of the / its / Clinton's [adjectives] NOUNs" right after a bare figure: the whole it is a part of.
const PART_OF = /^\s*of\s+(?:(?:the|its|their|his|her|our|your|these|those|\p{Lu}[\p{L}-]*['’]s?)\s+)(?:[\p{L}-]+['’]s?\s+)?(?:\d[\d,.]*\s+)?((?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+s))\b/u;
/** Nouns that name an amount of money or goods, for figures that carry no noun of their own. */
const MEASURABLE =
  /\b((?:(?:bilateral|foreign|direct|total|annual|mutual|overall|state|public|military|economic|trade|defence|defense|government|national|federal|external|domestic|capital)\s+){0,3}(?:trade(?:\s+(?:volume|turnover))?|turnover|investments?|budget|gdp|exports?|imports?|revenues?|spending|expenditures?|funding|aid|loans?|debts?|deficit|surplus|profits?|sales|income|salar(?:y|ies)|wages|output|production|reserves|assets|grants?|subsid(?:y|ies)|taxe?s?|tariffs?|damages?|losses|compensation|contracts?|deals?|costs?|prices?))\b((?:\s+(?:between|with|of|in|from|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and|&)\s+\p{Lu}[\p{L}-]*)?))?/giu;
const SPENDING_VERBS = /\b(allocated|allocates?|spent|spends?|invested|invests?|raised|earned|paid|received|provided|granted|lent|borrowed|budgeted|pledged|committed|approved|set aside|earmarked|lost|saved|collected)\b[^,;]*$/i;
// The patterns below match at the end of `before` and hold a verb (or `of`) right before the
// hedge: each is paired with that end alone (`endPattern`), a test cheap enough to run first
// because it only tries where a space starts its words. A text it rejects cannot match the whole.
/** "X reached / stood at / rose to / is forecast at FIGURE": X is what the figure measures. */
const LINKING_WORDS = `(?:reached|reaches|reach|stood at|stands at|stand at|totall?ed|totals?|amounted to|amounts? to|hit|hits|exceeded|exceeds?|surpassed|surpass(?:es)?|rose to|rises? to|fell to|falls? to|grew to|grows? to|increased to|increases? to|decreased to|dropped to|drops? to|climbed to|declined to|slowed to|eased to|accelerated to|came to|comes? to|topped|forecast at|estimated at|projected at|put at|set at|valued at|expected at|held at|kept at|is|are|was|were)\\s+`;
const LINKING_VERB = endPattern(
  `(?:^["“«]?|[,;:]\\s*|\\bthat\\s+|\\band\\s+|\\bwhile\\s+|\\bwhere\\s+)((?:[\\p{L}\\d'’-]+\\s+){0,6}?[\\p{L}\\d'’-]+)\\s+(?:(?:has|have|had|will|would|is|are|was|were|be|been)\\s+)*`,
  LINKING_WORDS,
);
/** "grew by 8.5%", "will rise by 3 per cent": a change in X. */
const CHANGE_WORDS = `(?:rose|rise|rises|fell|fall|falls|grew|grow|grows|increased|increase|increases|decreased|decrease|declined|decline|dropped|drop|jumped|climbed|went up|went down|was up|was down|expanded|shrank|contracted|gained|lost)\\s+(?:by\\s+)?`;
const CHANGE_VERB = endPattern(
  `(?:^["“«]?|[,;:]\\s*|\\bthat\\s+|\\band\\s+)((?:[\\p{L}\\d'’-]+\\s+){0,6}?[\\p{L}\\d'’-]+)\\s+(?:(?:has|have|had|will|would|is|are|was|were)\\s+)*`,
  CHANGE_WORDS,
);
/** "cut the cod quota by 88%", "kept its key rate at 7.25%": the object is the subject. */
const OBJECT_VERB = endPattern(
  `\\b(?:cut|cuts|reduced|reduces|raised|raises|lowered|lowers|increased|increases|decreased|boosted|slashed|kept|keeps|held|holds|left|set|sets|put|puts)\\s+((?:[\\p{L}\\d'’-]+\\s+){0,5}?[\\p{L}\\d'’-]+)\\s+`,
  `(?:by|at|to)\\s+`,
);
/** "account for / make up a fifth of the budget": a share. */
const SHARE_VERB = endPattern(
  `(?:^["“«]?|[,;:]\\s*|\\bthat\\s+|\\band\\s+|\\bwhile\\s+)((?:[\\p{L}\\d'’-]+\\s+){0,6}?[\\p{L}\\d'’-]+)\\s+(?:(?:will|would|could|is|are|was|were)\\s+)?`,
  `(?:accounts? for|accounted for|makes? up|made up|represents?|represented|constitutes?|constituted)\\s+`,
);
/** "the oil fund holds $60bn in assets": the assets of the oil fund. */
const POSSESSION_VERB = endPattern(
  `(?:^["“«]?|[,;:]\\s*|\\bthat\\s+|\\band\\s+|\\bwhile\\s+)((?:[\\p{L}\\d'’-]+\\s+){0,5}?[\\p{L}\\d'’-]+)\\s+`,
  `(?:holds|held|has|had|owns|owned|manages|managed|controls|controlled)\\s+`,
);
/** "expect the programme to cost $3.5 million", "the bridge will cost": the cost of X. */
const COST_VERB = endPattern(
  `\\b((?:the|a|an|its|their|our|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+)\\s+`,
  `(?:to\\s+cost|will\\s+cost|would\\s+cost|costs|cost|costed)\\s+`,
);
/** "a target range of 2% to 6%", "a budget of $5 billion". */
const NOUN_OF = endPattern(`((?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)\\s+`, `of\\s+`);

/**
 * The pattern `head + end + HEDGE` anchored at the end of the text, tried only when the text ends
 * in whitespace + `end` + HEDGE: every `head` above ends in `\s+`, so each of its matches does.
 */
function endPattern(head: string, end: string): { exec: (text: string) => RegExpExecArray | null } {
  const whole = new RegExp(`${head}${end}${HEDGE}$`, 'iu');
  const tail = new RegExp(`\\s${end}${HEDGE}$`, 'iu');
  return { exec: (text) => (tail.test(text) ? whole.exec(text) : null) };
}

/** Finds the subject of one figure (see the file comment for the rules). */
export function extractSubject({ sentence, mention, earlier, previous }: SubjectInput): SubjectResult {
  // What a figure measures is named within a few words of it; the patterns below scan from every
  // position of `before`, so a long sentence is cut to its last 160 characters (at a word).
  const before = nearBefore(sentence, mention.start);
  // A hyphened rate ("$15-an-hour wage") is part of the figure, not of what it measures.
  const clause = firstClause(sentence.slice(mention.unitEnd ?? mention.end).replace(/^[-‐‑](?:a|an|per)[-‐‑]\p{L}+/u, ''));
  const noun = mention.unitStart !== null && mention.unitEnd !== null ? sentence.slice(mention.unitStart, mention.unitEnd) : '';

  if (mention.kind === 'money') return { subject: moneySubject(before, clause, previous), unit: null };
  if (mention.kind === 'percent') return { subject: percentSubject(before, clause), unit: null };
  if (mention.kind === 'measure' || (mention.kind === 'rate' && !isCountedNoun(mention.unit, noun))) {
    const measured = measureSubject(sentence, before, noun, clause);
    // Money per period ("makes $41,000 a year") names no measured thing after it: it is read as money.
    if (measured === '' && mention.kind === 'rate' && CURRENCY_CODES.has(mention.unit ?? '')) return { subject: moneySubject(before, clause, previous), unit: null };
    return { subject: measured, unit: null };
  }
  if (noun === '') return bareCount(before, clause, mention, earlier);

  const fronted = frontedExistential(sentence, mention, noun, clause);
  if (fronted) return { subject: fronted, unit: null };
  const attached = attachedWith(before, noun, clause, earlier);
  if (attached) return { subject: attached, unit: null };

  const words = clause.trim().split(/\s+/).filter(Boolean);
  // Verbs inside a relative clause ("where education is conducted") belong to the noun phrase.
  const relativeAt = words.findIndex((word) => /^(?:where|that|which|who|whose|when)$/i.test(word));
  const verbAt = words.findIndex((word, index) => (relativeAt < 0 || index < relativeAt) && isFiniteVerb(word.toLowerCase()));
  const startsClause = /^(?:["“«]?\s*|.*(?:[,;:]|\bthat|\band|\bbut)\s*)$/.test(before);
  if (verbAt === 0 && startsClause) {
    // The counted noun is the clause's subject: "800,000 students study Russian …".
    return { subject: limit(`${noun} ${PERSON_NOUNS.test(noun) ? 'who' : 'that'} ${tidy(clause)}`), unit: null };
  }
  // Otherwise the noun phrase ends where a verb begins: "Work on 3 more blocks starts …".
  const phrase = verbAt >= 0 ? words.slice(0, verbAt).join(' ') : clause;
  return { subject: limit(tidy(`${noun} ${phrase}`)), unit: null };
}

/** The text before `start`, or its last 160 characters cut at a word boundary when longer. */
function nearBefore(sentence: string, start: number): string {
  if (start <= 160) return sentence.slice(0, start);
  const from = sentence.indexOf(' ', start - 160);
  return sentence.slice(from < 0 || from >= start ? start - 160 : from + 1, start);
}

/** True when the unit is the counted noun itself ("vehicles" -> vehicle), not a measure symbol ("tons" -> t). */
function isCountedNoun(unit: string | null, noun: string): boolean {
  return unit !== null && noun !== '' && singularize(noun.toLowerCase().split(/\s+/).at(-1)!) === unit;
}

/** The text up to the first clause boundary, without trailing time phrases and qualifiers. */
function firstClause(text: string): string {
  const boundary = CLAUSE_BOUNDARY.exec(text);
  const clause = boundary ? text.slice(0, boundary.index) : text;
  return clause.replace(TRAILING_QUALIFIER, '').replace(TIME_TAIL, '').replace(/[.!?…"”’»]+$/, '');
}

/** "In 26 universities in Azerbaijan, there are departments offering …" -> "universities in Azerbaijan with departments offering …". */
function frontedExistential(sentence: string, mention: QuantityMention, noun: string, clause: string): string | null {
  if (!/^["“«]?\s*(?:in|at|across|among|of)\s+(?:the\s+)?(?:\S+\s+)?$/i.test(sentence.slice(0, mention.start))) return null;
  const rest = sentence.slice((mention.unitEnd ?? mention.end) + clause.length);
  const existential = /^\s*,\s*there\s+(?:are|is|were|was|have been|has been)\s+([^,;.]+)/i.exec(rest);
  if (!existential) return null;
  return limit(`${tidy(`${noun} ${clause}`)} with ${tidy(existential[1]!)}`);
}

/** "…, with about 160,000 students enrolled" -> "students enrolled in <the clause's head>". */
function attachedWith(before: string, noun: string, clause: string, earlier: SubjectInput['earlier']): string | null {
  if (!/,\s*with\s+(?:\S+\s+){0,2}$/i.test(before)) return null;
  const participle = clause.trim();
  if (participle.split(/\s+/).length > 3) return null;
  const headClause = before.replace(/,\s*with\s+(?:\S+\s+){0,2}$/i, '');
  const existential = /\bthere\s+(?:are|is|were|was)\s+([^,;]+)$/i.exec(headClause);
  // The clause's head is what "there are" introduces, unless that is itself a figure or an
  // earlier figure stands before it ("In 26 universities …, there are departments …, with …").
  const previous = earlier.at(-1);
  const existentialIsHead =
    existential && !/^\s*(?:about|some|more than|over|nearly|\d)/i.test(existential[1]!) && !(previous && previous.mention.start < existential.index);
  const head = existentialIsHead ? tidy(existential[1]!) : previous?.subject;
  if (!head) return null;
  return limit(`${noun} ${participle === '' ? 'in' : `${participle} in`} ${head}`);
}

/** "up from 1.2 million", "compared with 300": a bare number takes the thing counted just before. */
function bareCount(before: string, clause: string, mention: QuantityMention, earlier: SubjectInput['earlier']): SubjectResult {
  const counted = /\bnumber of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?s)\b/iu.exec(before);
  if (counted) return { subject: limit(tidy(counted[1]!)), unit: singularize(counted[1]!.split(/\s+/).at(-1)!) };
  // A part of a named whole, in digits: "22 of the emails", "40 of its 300 branches". Spelled small
  // numbers ("two of the candidates") mostly refer back, so they stay context.
  const partOf = /\d/.test(mention.text) ? PART_OF.exec(clause) : null;
  if (partOf) return { subject: limit(tidy(partOf[1]!)), unit: singularize(partOf[2]!.toLowerCase()) };
  const previous = earlier.at(-1);
  if (previous && /\b(?:from|compared (?:with|to)|against|versus|vs\.?|than|to|and)\s+$/i.test(before)) {
    return { subject: previous.subject, unit: previous.unit };
  }
  return { subject: '', unit: null };
}

function moneySubject(before: string, clause: string, previous: string[]): string {
  const tail = clause.replace(/^\s*(?:the\s+)?/, '');
  const afterThreshold = THRESHOLD_NOUNS.test(tail) ? '' : tail;
  const purpose = /^\s*(in|of|for|on|to|into|towards?)\s+(.+)$/i.exec(afterThreshold);
  const purposeText = purpose ? `${purpose[1]!.toLowerCase()} ${tidy(cutAtVerb(purpose[2]!), false)}` : '';
  const verb = SPENDING_VERBS.exec(before);
  if (purpose && verb) return limit(`funds ${pastParticiple(verb[1]!)} ${purposeText}`);
  const owner = POSSESSION_VERB.exec(before);
  if (purpose && owner && acceptable(owner[1]!)) return limit(`${tidy(purpose[2]!)} of ${tidy(owner[1]!, false)}`);
  const costed = COST_VERB.exec(before);
  if (costed && acceptable(costed[1]!)) return limit(`cost of ${tidy(costed[1]!, false)}`);
  const linked = nounPhraseBefore(before);
  if (linked) return limit(linked);
  if (purpose && /^(?:in|of)$/i.test(purpose[1]!)) return limit(tidy(purpose[2]!));
  const measured = findMeasurable(before, [...previous].reverse());
  if (measured) return limit(measured);
  if (verb) return limit(`funds ${pastParticiple(verb[1]!)}${purpose ? ` ${purposeText}` : ''}`);
  return limit(tidy(afterThreshold) || 'amount of money');
}

/** The words before the first finite verb: "capital investment will go to …" -> "capital investment". */
function cutAtVerb(text: string): string {
  // Only auxiliaries and modals mark a verb for sure here: "running costs" is a noun phrase.
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((word, index) => index > 0 && AUXILIARIES.has(word.toLowerCase()));
  return at > 0 ? words.slice(0, at).join(' ') : text;
}

function percentSubject(before: string, clause: string): string {
  const of = /^\s*of\s+(.+)$/i.exec(clause);
  const share = SHARE_VERB.exec(before);
  const ofText = of ? tidy(cutAtVerb(of[1]!), false) : null;
  if (share && acceptable(share[1]!)) return limit(`${tidy(share[1]!)} as a share of ${ofText ?? 'the total'}`);
  const change = CHANGE_VERB.exec(before);
  if (change && acceptable(change[1]!)) return limit(`change in ${tidy(change[1]!, false)}`);
  const object = OBJECT_VERB.exec(before);
  if (object && acceptable(object[1]!)) return limit(`${/\bby\s+\S*\s*$/i.test(before) ? 'change in ' : ''}${tidy(object[1]!, false)}`);
  const linked = nounPhraseBefore(before);
  // A comparative after the figure is part of what it measures: "rents are 30% below the market rate".
  const comparative = /^\s*(?:below|above|higher than|lower than|more than|less than|up on|down on)\s/i.test(clause) ? ` ${clause.trim()}` : '';
  if (linked) return limit(ofText ? `${linked} as a share of ${ofText}` : `${linked}${comparative}`);
  if (ofText) return limit(`share of ${ofText}`);
  const nounOf = NOUN_OF.exec(before);
  if (nounOf && acceptable(nounOf[1]!)) return limit(tidy(nounOf[1]!));
  return limit(tidy(clause) || 'percentage');
}

function measureSubject(sentence: string, before: string, noun: string, clause: string): string {
  const ofNoun = /^\s*of\s+((?:[\p{L}-]+\s*){1,4}?)(?=\s+(?:per|a|each|every|annually|and|or|in|from|to|through|via|by|last|this|next|on|at)\b|$)/u.exec(clause);
  const verb = participleBefore(before);
  if (ofNoun) {
    const measured = tidy(ofNoun[1]!);
    return limit(withCapacity(verb ? `${measured} ${verb}` : measured, sentence));
  }
  const linked = nounPhraseBefore(before) ?? objectPhrase(before);
  if (linked) return limit(withCapacity(linked, sentence));
  const nounOf = NOUN_OF.exec(before);
  if (nounOf && acceptable(nounOf[1]!)) return limit(tidy(nounOf[1]!));
  const rest = tidy(`${noun} ${clause}`);
  return limit(withCapacity(verb && rest === noun ? `${noun} ${verb}` : rest, sentence));
}

/** The subject of a linking verb right before the figure, unless it is a pronoun. */
function nounPhraseBefore(before: string): string | null {
  const match = LINKING_VERB.exec(before);
  if (!match) return null;
  const phrase = match[1]!.split(/\b(?:that|which|who|where|while|and|but|adding|saying|noting)\s+/).at(-1)!;
  return acceptable(phrase) ? tidy(phrase) : null;
}

function objectPhrase(before: string): string | null {
  const match = OBJECT_VERB.exec(before);
  return match && acceptable(match[1]!) ? tidy(match[1]!) : null;
}

/** A noun phrase worth naming: not a pronoun, not a lone function word. */
function acceptable(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  return !PRONOUNS.test(last) && !AUXILIARIES.has(last) && !PREPOSITIONS.has(last) && !(words.length === 1 && PRONOUNS.test(words[0]!));
}

/** Finds a measured noun phrase ("trade volume between Azerbaijan and Russia") nearest the figure. */
function findMeasurable(before: string, previous: string[]): string | null {
  let head: string | null = null;
  let written: string | null = null;
  let qualified: string | null = null;
  for (const text of [before, ...previous.slice(0, 2)]) {
    for (const match of listMatches(MEASURABLE, text).reverse()) {
      const phrase = match[1]!.toLowerCase();
      if (head === null) [head, written] = [phrase, asWritten(match[1]!, text.slice(0, match.index))];
      if (phrase === head && match[2] && qualified === null) qualified = `${match[1]!}${match[2]}`;
    }
    if (head !== null && qualified !== null) break;
  }
  return head === null ? null : tidy(qualified ?? written!);
}

/**
 * Words as the text writes them (`GDP`), save the capital a sentence's first word
 * takes from its place alone (`Trade rose …` -> `trade`).
 */
function asWritten(words: string, textBefore: string): string {
  const initial = /^[\s"“«'‘(]*$/.test(textBefore);
  return initial && /^\p{Lu}\p{Ll}/u.test(words) ? `${words[0]!.toLowerCase()}${words.slice(1)}` : words;
}

/** "has allocated" -> "allocated"; "spends" -> "spent"; "allocates" -> "allocated". */
function pastParticiple(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR_PARTICIPLES[lower]) return IRREGULAR_PARTICIPLES[lower];
  if (PARTICIPLES.has(lower) || lower.endsWith('ed') || lower.includes(' ')) return lower;
  const base = lower.replace(/([^s])s$/, '$1');
  if (IRREGULAR_PARTICIPLES[base]) return IRREGULAR_PARTICIPLES[base];
  if (base.endsWith('e')) return `${base}d`;
  // carry -> carried (but stay -> stayed); plan -> planned, ship -> shipped (one short vowel).
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base)) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}
/** Verbs whose participle is not `-ed`, by base form. */
const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  spend: 'spent', pay: 'paid', lend: 'lent', lose: 'lost', win: 'won', sell: 'sold', build: 'built', buy: 'bought',
  bring: 'brought', hold: 'held', keep: 'kept', make: 'made', set: 'set', cut: 'cut', put: 'put', hit: 'hit',
  send: 'sent', give: 'given', take: 'taken', draw: 'drawn', grow: 'grown', raise: 'raised', get: 'got', lay: 'laid',
};
/** Participles as written ("spent", "paid"): already past, never inflected again. */
const PARTICIPLES = new Set(Object.values(IRREGULAR_PARTICIPLES));

const PARTICIPLE_BEFORE = new RegExp(`\\b(?:([a-z]+(?:ing|ed))|to\\s+([a-z]{3,}))\\s+${HEDGE}$`, 'i');
/** The participle of the verb right before the figure: "transporting 15 million tons" -> "transported". */
function participleBefore(before: string): string | null {
  const match = PARTICIPLE_BEFORE.exec(before);
  if (!match) return null;
  const written = (match[1] ?? match[2]!).toLowerCase();
  if (AUXILIARIES.has(written) || PREPOSITIONS.has(written)) return null;
  const verb = verbLemma(written);
  if (!verb || verb.endsWith('ing')) return null;
  return pastParticiple(verb);
}

/**
 * A capacity is another thing than the amount carried or made, so it stays in the subject.
 * (Whether a figure is planned or expected is the claim's `modality`: see find-modality.ts.)
 */
function withCapacity(subject: string, sentence: string): string {
  return /\bcapacity\b/i.test(sentence) && !/\bcapacity\b/i.test(subject) ? `${subject} capacity` : subject;
}

function isFiniteVerb(word: string): boolean {
  if (AUXILIARIES.has(word)) return true;
  if (PREPOSITIONS.has(word) || FILLER.has(word) || /(?:ing|ed|ly)$/.test(word) || word.length < 3) return false;
  // A known verb in its base or -s form ("study", "operate", "starts"), as wink's verb lemmas tell.
  const lemma = verbLemma(word);
  return (lemma !== word && `${lemma}s` === word) || COMMON_VERBS.has(word);
}
const verbLemmas = new Map<string, string>();
/** wink's verb lemma, memoised: the same few hundred words come back in every article. */
function verbLemma(word: string): string {
  let lemma = verbLemmas.get(word);
  if (lemma === undefined) {
    // Bounded like extract-terms' memo: cleared rather than grown on a very large corpus.
    if (verbLemmas.size >= 10_000) verbLemmas.clear();
    lemma = loadLemmatizer().verb(word);
    verbLemmas.set(word, lemma);
  }
  return lemma;
}
const COMMON_VERBS = new Set('study live work attend learn speak use receive take need remain face get visit come go operate cross serve own hold run make'.split(' '));

/** Removes filler words, leading articles and stray punctuation; collapses spaces. */
function tidy(text: string, dropLeadingArticle = true): string {
  const words = text
    // Markup in an article is shown as text, but it is never what a figure counts.
    .replace(/<.*$/s, '')
    .replace(/[“”"«»]/g, '')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '' && !FILLER.has(word.toLowerCase()))
    .map((word) => (/^(?:this|these|those)$/i.test(word) ? 'the' : word));
  while (words.length > 0 && /^(?:a|an|of|and|or|that|,|in|within|at|on|for|from|by|to|with)$/i.test(words[0]!)) words.shift();
  if (dropLeadingArticle) while (words.length > 0 && /^the$/i.test(words[0]!)) words.shift();
  while (words.length > 0 && /^(?:the|a|an|of|and|or|in|to|for|with)$/i.test(words.at(-1)!)) words.pop();
  return words.join(' ').replace(/[,;:.]+$/, '');
}

const FEW_WORDS = new RegExp(`^\\S+(?: \\S+){0,${MAX_WORDS - 1}}$`);
/** Caps a subject at a few words, cutting at a word boundary. */
function limit(text: string): string {
  // Most subjects are already a few single-spaced words: splitting and joining would rebuild them.
  if (FEW_WORDS.test(text)) return text;
  const words = text.split(/\s+/).filter(Boolean);
  return (words.length <= MAX_WORDS ? words : words.slice(0, MAX_WORDS)).join(' ');
}
