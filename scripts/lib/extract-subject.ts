// What a figure counts or measures, in a few words, from the words around it. The rules follow
// English news syntax rather than any one sentence:
//   "340 schools here with teaching conducted in Russian"  -> the noun and its modifiers
//   "800,000 students study Russian as a second language"   -> noun + verb phrase ("who study …")
//   "In 26 universities …, there are departments offering …"  -> fronted phrase + existential
//   "…, with about 160,000 students enrolled"                -> attached to the clause's head
//   "15 million tons of cargo", "$120 million for the …"     -> the of-noun or purpose phrase
//   "surpassed the $4 billion mark"                          -> the measured noun from context
import lemmatizer from 'wink-lemmatizer';
import type { QuantityMention } from './find-quantities.ts';

/** What the subject extraction needs to know about a figure. */
export interface SubjectInput {
  sentence: string;
  mention: QuantityMention;
  /** Subjects already found for earlier figures in the same sentence. */
  earlier: { mention: QuantityMention; subject: string }[];
  /** The sentences before this one in the paragraph, nearest last. */
  previous: string[];
}

/** The subject and, for a bare count, the counted thing found for it. */
export interface SubjectResult {
  subject: string;
  /** Singular counted noun when the figure itself had none (`the number of schools … 324`). */
  unit: string | null;
}

const MAX_WORDS = 14;
const PREPOSITIONS = new Set('in of for on at to with from by between among across under over about into through per within without where which that who whose'.split(' '));
const FILLER = new Set('here there now currently today already also alone overall respectively altogether annually'.split(' '));
const COPULAS = new Set('is are was were be been being has have had will would can could may might shall should'.split(' '));
const PERSON_NOUNS = /^(?:people|persons?|students?|pupils?|schoolchildren|children|teachers?|workers?|employees?|residents?|citizens?|refugees?|migrants?|soldiers?|troops|patients?|doctors?|voters?|users?|members?|visitors?|tourists?|victims?|families|men|women|individuals?|participants?|specialists?|graduates?|learners?)$/i;
const THRESHOLD_NOUNS = /^(?:mark|level|threshold|milestone|barrier|figure|line)\b/i;
const TIME_TAIL = /\s+(?:(?:in|during|for|by|as of)\s+(?:19|20)\d\d|(?:last|this|next|previous|past) (?:year|month|week)|per (?:year|annum|month|week|day|capita|person)|a (?:year|month|week|day)|each (?:year|month)|every (?:year|month)|annually|so far)\b.*$/i;
const TRAILING_QUALIFIER = /\s+(?:or|and)\s+(?:more|less|above|over|below|under|higher|lower)\b.*$/i;
/** Nouns that name a measured amount of money or goods, for figures that carry no noun. */
const MEASURABLE =
  /\b((?:(?:bilateral|foreign|direct|total|annual|mutual|overall|state|public|military|economic|trade|defence|defense|government|national|federal|external|domestic|capital)\s+){0,3}(?:trade(?:\s+(?:volume|turnover))?|turnover|investments?|budget|gdp|exports?|imports?|revenues?|spending|expenditures?|funding|aid|loans?|debts?|deficit|surplus|profits?|sales|income|salar(?:y|ies)|wages|output|production|reserves|assets|grants?|subsid(?:y|ies)|taxe?s?|tariffs?|damages?|losses|compensation|contracts?|deals?|costs?|prices?))\b((?:\s+(?:between|with|of|in|from|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and|&)\s+\p{Lu}[\p{L}-]*)?))?/giu;
const SPENDING_VERBS = /\b(allocated|allocate[sd]?|spent|spend[s]?|invested|invest[s]?|raised|earned|paid|received|provided|granted|lent|borrowed|budgeted|pledged|committed|approved|set aside|earmarked|lost|saved|collected)\b[^,;]*$/i;
const CLAUSE_BOUNDARY = /[,;:()"“”«»–—]|\s(?:and|but|or)\s(?=(?:there|we|he|she|it|they|the|this|that|these|those|a|an|our|his|her|its|their|more|less|above|over|below|under)\b|\d)|\s(?:but|while|whereas|although|because|which|so that)\s|\.\s*$|\.\s/;

/** Finds the subject of one figure (see the file comment for the rules). */
export function extractSubject({ sentence, mention, earlier, previous }: SubjectInput): SubjectResult {
  const afterUnit = mention.unitEnd ?? mention.end;
  const clause = firstClause(sentence.slice(afterUnit));
  const noun = mention.unitStart !== null && mention.unitEnd !== null ? sentence.slice(mention.unitStart, mention.unitEnd) : '';

  if (mention.kind === 'money') return { subject: moneySubject(sentence, mention, clause, previous), unit: null };
  if (mention.kind === 'percent') return { subject: percentSubject(sentence, mention, clause), unit: null };

  if (mention.kind === 'measure' || (mention.kind === 'rate' && !isCountUnit(mention))) {
    const ofNoun = /^\s*of\s+((?:[\p{L}-]+\s*){1,4}?)(?=\s+(?:per|a|each|every|annually|and|or|in|from|to|through|via|by|last|this|next)\b|$)/u.exec(clause);
    const measured = ofNoun ? tidy(ofNoun[1]!) : '';
    const verb = participleBefore(sentence.slice(0, mention.start));
    const base = measured ? (verb ? `${measured} ${verb}` : measured) : tidy(`${noun} ${clause}`);
    return { subject: limit(`${base}${modality(sentence)}`), unit: null };
  }

  // Counts.
  if (noun === '') {
    const counted = /\bnumber of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?s)\b/iu.exec(sentence.slice(0, mention.start));
    if (counted) {
      const words = counted[1]!.split(/\s+/);
      return { subject: limit(tidy(counted[1]!)), unit: singular(words.at(-1)!) };
    }
    return { subject: '', unit: null };
  }

  const fronted = frontedExistential(sentence, mention, noun, clause);
  if (fronted) return { subject: fronted, unit: null };

  const attached = attachedWith(sentence, mention, noun, clause, earlier);
  if (attached) return { subject: attached, unit: null };

  const words = clause.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? '';
  const startsClause = /^(?:["“«]?\s*|.*[,;:]\s*)(?:(?:some|about|around|over|more than|nearly|almost|at least|up to|only|just)\s+)?$/i.test(sentence.slice(0, mention.start));
  if (words.length > 0 && startsClause && isFiniteVerb(first)) {
    // The counted noun is the subject of the clause: "800,000 students study Russian …".
    const relative = PERSON_NOUNS.test(noun) ? 'who' : 'that';
    return { subject: limit(`${noun} ${relative} ${tidy(clause)}`), unit: null };
  }
  return { subject: limit(tidy(`${noun} ${clause}`)), unit: null };
}

/** The text up to the first clause boundary, without trailing time phrases and qualifiers. */
function firstClause(text: string): string {
  const boundary = CLAUSE_BOUNDARY.exec(text);
  const clause = boundary ? text.slice(0, boundary.index) : text;
  return clause.replace(TRAILING_QUALIFIER, '').replace(TIME_TAIL, '').replace(/[.!?…"”’»]+$/, '');
}

/** "In 26 universities in Azerbaijan, there are departments offering …" -> "universities in Azerbaijan with departments offering …". */
function frontedExistential(sentence: string, mention: QuantityMention, noun: string, clause: string): string | null {
  const before = sentence.slice(0, mention.start);
  if (!/^["“«]?\s*(?:in|at|across|among|of)\s+(?:the\s+)?(?:\S+\s+)?$/i.test(before)) return null;
  const rest = sentence.slice((mention.unitEnd ?? mention.end) + clause.length);
  const existential = /^\s*,\s*there\s+(?:are|is|were|was|have been|has been)\s+([^,;.]+)/i.exec(rest);
  if (!existential) return null;
  return limit(`${tidy(`${noun} ${clause}`)} with ${tidy(existential[1]!)}`);
}

/** "…, with about 160,000 students enrolled" -> "students enrolled in <the clause's head>". */
function attachedWith(sentence: string, mention: QuantityMention, noun: string, clause: string, earlier: SubjectInput['earlier']): string | null {
  if (!/,\s*with\s+(?:\S+\s+){0,2}$/i.test(sentence.slice(0, mention.start))) return null;
  const participle = clause.trim();
  if (participle.split(/\s+/).length > 3) return null;
  const headClause = sentence.slice(0, mention.start).replace(/,\s*with\s+(?:\S+\s+){0,2}$/i, '');
  const existential = /\bthere\s+(?:are|is|were|was)\s+([^,;]+)$/i.exec(headClause);
  const head = existential && !/^\s*(?:about|some|more than|over|nearly|\d)/i.test(existential[1]!)
    ? tidy(existential[1]!)
    : earlier.at(-1)?.subject;
  if (!head) return null;
  const link = participle === '' ? 'in' : `${participle} in`;
  return limit(`${noun} ${link} ${head}`);
}

function moneySubject(sentence: string, mention: QuantityMention, clause: string, previous: string[]): string {
  const tail = clause.replace(/^\s*(?:the\s+)?/, '');
  const afterThreshold = THRESHOLD_NOUNS.test(tail) ? '' : tail;
  const purpose = /^\s*(?:in|of|for|on|to|into|towards?)\s+(.+)$/i.exec(afterThreshold);
  const verb = SPENDING_VERBS.exec(sentence.slice(0, mention.start));
  if (purpose && verb) return limit(`funds ${normaliseSpendingVerb(verb[1]!)} ${tidy(`${purpose[0]}`)}`);
  if (purpose && /^\s*(?:in|of)\s/i.test(purpose[0])) return limit(tidy(purpose[1]!));
  const measured = findMeasurable(sentence.slice(0, mention.start), [...previous].reverse());
  if (measured) return limit(measured);
  if (verb) return limit(`funds ${normaliseSpendingVerb(verb[1]!)}${purpose ? ` ${tidy(purpose[0])}` : ''}`);
  return limit(tidy(afterThreshold) || 'amount of money');
}

function percentSubject(sentence: string, mention: QuantityMention, clause: string): string {
  const of = /^\s*of\s+(.+)$/i.exec(clause);
  if (of) return limit(`share of ${tidy(of[1]!)}`);
  const before = sentence.slice(0, mention.start);
  const change = /([\p{L}\s-]{3,60}?)\s+(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|was up|was down|went up|went down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|more than\s+)?$/iu.exec(before);
  if (change) return limit(`change in ${tidy(lastNounPhrase(change[1]!))}`);
  const level = /([\p{L}\s-]{3,60}?)\s+(?:of|is|was|stood at|reached|hit|at)\s+(?:about\s+|some\s+|nearly\s+|more than\s+|a record\s+)?$/iu.exec(before);
  if (level) return limit(tidy(lastNounPhrase(level[1]!)));
  return limit(tidy(clause) || 'percentage');
}

/** Finds a measured noun phrase ("trade volume between Azerbaijan and Russia") nearest the figure. */
function findMeasurable(before: string, previous: string[]): string | null {
  let head: string | null = null;
  let qualified: string | null = null;
  for (const text of [before, ...previous.slice(0, 2)]) {
    const matches = [...text.matchAll(MEASURABLE)];
    for (const match of matches.reverse()) {
      const phrase = match[1]!.toLowerCase();
      if (head === null) head = phrase;
      if (phrase === head && match[2] && qualified === null) qualified = `${match[1]!}${match[2]}`;
    }
    if (head !== null && qualified !== null) break;
  }
  if (head === null) return null;
  return tidy(qualified ?? head);
}

/** "has allocated" -> "allocated"; "spend" -> "spent". */
function normaliseSpendingVerb(verb: string): string {
  const irregular: Record<string, string> = { spend: 'spent', spends: 'spent', pay: 'paid', lend: 'lent', 'set aside': 'set aside' };
  const lower = verb.toLowerCase();
  if (irregular[lower]) return irregular[lower];
  if (lower.endsWith('ed')) return lower;
  return `${lower.replace(/s$/, '').replace(/e$/, '')}ed`;
}

/** The participle of the verb right before the figure: "transporting 15 million tons" -> "transported". */
function participleBefore(before: string): string | null {
  const match = /\b([a-z]+)ing\s+(?:(?:about|some|over|more than|up to|at least|nearly|almost|approximately)\s+)?$/i.exec(before);
  if (!match) return null;
  const stem = match[1]!.toLowerCase();
  const verb = lemmatizer.verb(`${stem}ing`);
  if (!verb || verb === `${stem}ing`) return null;
  if (/(?:e)$/.test(verb)) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** A marker for figures that are possible or planned rather than achieved. */
function modality(sentence: string): string {
  if (/\b(?:possibility|possible|potential|capacity|could|would)\b/i.test(sentence)) return ' (potential capacity)';
  if (/\b(?:plan(?:s|ned)?|target(?:s|ed)?|aim(?:s|ed)?|expected|projected|will)\b/i.test(sentence)) return ' (planned)';
  return '';
}

function isFiniteVerb(word: string): boolean {
  if (COPULAS.has(word)) return true;
  if (PREPOSITIONS.has(word) || FILLER.has(word) || /ing$/.test(word)) return false;
  if (/ed$/.test(word)) return false; // a participle modifies: "students enrolled"
  const lemma = lemmatizer.verb(word);
  return lemma !== word || /^(?:study|live|work|attend|learn|speak|use|receive|take|need|remain|face|get|visit|come|go)$/.test(word);
}

function isCountUnit(mention: QuantityMention): boolean {
  return mention.unit !== null && /^[a-z][a-z -]*$/.test(mention.unit) && !['t', 'kg', 'km', 'm', 'ha', 'bbl'].includes(mention.unit);
}

function lastNounPhrase(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.slice(-4).join(' ');
}

/** The singular of a counted noun: `universities` -> `university`. */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  return lemmatizer.noun(lower) || lower;
}

/** Removes filler words, leading articles and stray punctuation; collapses spaces. */
function tidy(text: string): string {
  const words = text
    .replace(/[“”"«»]/g, '')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '' && !FILLER.has(word.toLowerCase()));
  while (words.length > 0 && /^(?:the|a|an|of|and|or|,)$/i.test(words[0]!)) words.shift();
  while (words.length > 0 && /^(?:the|a|an|of|and|or|in|to|for|with)$/i.test(words.at(-1)!)) words.pop();
  return words.join(' ').replace(/[,;:.]+$/, '');
}

/** Caps a subject at a few words, cutting at a word boundary. */
function limit(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= MAX_WORDS ? words.join(' ') : words.slice(0, MAX_WORDS).join(' ');
}
