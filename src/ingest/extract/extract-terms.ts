// The key terms of a claim's subject, the words comparisons match on: nouns, their modifiers and
// the place, lemmatised (`schools` -> `school`), with stop words, filler verbs, times and numbers
// dropped. A language gets a derived term for the role it plays, because that is what separates
// look-alikes: `teaching conducted in Russian` is `russian-medium`, `study Russian as a second
// language` is `russian-subject`, `Russian speakers` is `russian-speaker`. No part-of-speech
// tagger: word lists (src/lib/topics/vocabulary.ts) and a dictionary lemmatiser keep it at a few
// microseconds a call, and results are memoised because ingests see the same subjects again.
// A place also gets a role term when a preposition gives it one (`from-russia`, `to-italy`,
// `in-poland`), so that exports from A to B are not mistaken for exports from B to A.
import {
  DEMONYMS,
  FILLER_LEMMAS,
  INSTRUCTION_WORDS,
  LANGUAGES,
  LEMMA_OVERRIDES,
  MEDIUM_NOUNS,
  PHRASES,
  PLACE_PHRASES,
  PLACES,
  PLACE_ROLE_WORDS,
  SPEAK_WORDS,
  STOP_WORDS,
  STUDIED_NOUNS,
  STUDY_VERBS,
  UNIT_WORDS,
  type LanguageRole,
} from '../../lib/topics/vocabulary.ts';
import { loadLemmatizer } from './load-lemmatizer.ts';

/**
 * Multi-word phrases by their first word, each as its words and its replacement tokens, longest
 * first: matching on tokens is several times faster than one big alternation over the text.
 */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<{ words: string[]; replacement: string[] }>> = (() => {
  const map = new Map<string, Array<{ words: string[]; replacement: string[] }>>();
  const entries: Array<[string, string]> = [
    ...PLACE_PHRASES.map((phrase): [string, string] => [phrase, phrase.replace(/ /g, '-')]),
    ...Object.entries(PHRASES),
  ];
  for (const [phrase, replacement] of entries) {
    const words = phrase.split(' ');
    if (words.length < 2) continue;
    const list = map.get(words[0]!) ?? [];
    list.push({ words, replacement: replacement.split(' ') });
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Replaces multi-word phrases in a token list: `higher educational institutions` -> `university`. */
function joinPhrases(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const candidates = PHRASES_BY_FIRST_WORD.get(tokens[i]!);
    const hit = candidates?.find(({ words }) => words.every((word, k) => tokens[i + k] === word));
    if (hit) {
      out.push(...hit.replacement);
      i += hit.words.length - 1;
    } else {
      out.push(tokens[i]!);
    }
  }
  return out;
}

/** `U.S.` and `US` in capitals name a country; lowercase `us` is a pronoun. */
const US_PATTERN = /(?<![\p{L}.])U\.?S\.?(?:A\.?)?(?![\p{L}])/gu;

/** A language written with its role glued on: `Russian-language`, `English-medium`, `Russian-speaking`. */
const HYPHENATED_LANGUAGE = /^([a-z]+)-(language|medium|taught|speaking|speakers?)$/;

const lemmaCache = new Map<string, string>();

/** The dictionary form of one lowercase word: nouns first, then `-ing`/`-ed` forms as verbs. */
function lemmatize(word: string): string {
  const cached = lemmaCache.get(word);
  if (cached !== undefined) return cached;
  let lemma = LEMMA_OVERRIDES[word];
  if (lemma === undefined) {
    if (word.includes('-') || !/^[a-z]+$/.test(word)) {
      lemma = word;
    } else {
      const lemmatizer = loadLemmatizer();
      lemma = lemmatizer.noun(word);
      if (/(?:ing|ed)$/.test(lemma)) lemma = lemmatizer.verb(lemma);
      lemma = LEMMA_OVERRIDES[lemma] ?? lemma;
    }
  }
  lemmaCache.set(word, lemma);
  return lemma;
}

/** Tokens that need trimming of hyphens, apostrophes or dots. */
const PUNCTUATED = /[-'’.]/;

/** The words of a subject, lowercase, phrases joined, possessives and punctuation gone. */
function tokenize(subject: string): string[] {
  let text = subject;
  // Non-ASCII text: fold compatibility forms, keep hyphens, turn dashes into spaces.
  if (/[^\x00-\x7f]/.test(text)) text = text.normalize('NFKC').replace(/[‐‑]/g, '-').replace(/[‒–—]/g, ' ');
  if (text.includes('U')) text = text.replace(US_PATTERN, ' united-states ');
  const tokens: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\d'’.-]+/u)) {
    const token = PUNCTUATED.test(raw) ? raw.replace(/^[-'’.]+|[-'’.]+$/g, '').replace(/['’]s$/, '').replace(/['’]/g, '') : raw;
    if (token) tokens.push(token);
  }
  return joinPhrases(tokens);
}

/** The role a language plays at position `index`, and which neighbouring tokens that used up. */
function languageRole(tokens: string[], index: number): { role: LanguageRole | null; consumed: number[] } {
  const consumed: number[] = [];
  let after = index + 1;
  let namedLanguage = false;
  if (tokens[after] === 'language' || tokens[after] === 'tongue') {
    consumed.push(after);
    after += 1;
    namedLanguage = true;
  }
  const next = tokens[after];

  // `Russian as a second language` / `as their native language`.
  if (next === 'as') {
    for (let look = after + 1; look <= after + 3 && look < tokens.length; look += 1) {
      const word = tokens[look]!;
      if (word === 'second-language' || word === 'native-language') {
        for (let k = after; k <= look; k += 1) consumed.push(k);
        if (STUDY_VERBS.has(tokens[index - 1] ?? '') || SPEAK_WORDS.has(tokens[index - 1] ?? '')) consumed.push(index - 1);
        return { role: word === 'second-language' ? 'subject' : 'speaker', consumed };
      }
      if (!STOP_WORDS.has(word)) break;
    }
  }

  // Skip a `the` before the language when looking back: `knowledge of the Russian language`.
  let before = index - 1;
  if (tokens[before] === 'the') before -= 1;
  const prev = tokens[before];
  const prev2 = tokens[before - 1];

  // `studying in Russian`, `education is conducted in Russian`: the language of teaching.
  if ((prev === 'in' || prev === 'into') && (next === undefined || !isContentWord(next) || namedLanguage)) {
    consumeInstruction(tokens, before - 1, -1, consumed);
    consumeInstruction(tokens, after, 1, consumed);
    return { role: 'medium', consumed };
  }
  if (prev !== undefined && STUDY_VERBS.has(prev)) {
    consumed.push(before);
    return { role: 'subject', consumed };
  }
  if (prev !== undefined && SPEAK_WORDS.has(prev)) {
    consumed.push(before);
    return { role: 'speaker', consumed };
  }
  if (prev === 'of' && prev2 !== undefined) {
    if (SPEAK_WORDS.has(prev2)) return { role: 'speaker', consumed };
    if (STUDIED_NOUNS.has(prev2) || STUDY_VERBS.has(prev2) || prev2 === 'knowledge') return { role: 'subject', consumed };
  }
  if (next !== undefined && STUDIED_NOUNS.has(next)) return { role: 'subject', consumed };
  if (next !== undefined && SPEAK_WORDS.has(next)) {
    consumed.push(after);
    return { role: 'speaker', consumed };
  }
  if (namedLanguage && next !== undefined && MEDIUM_NOUNS.has(next)) return { role: 'medium', consumed };
  return { role: null, consumed: namedLanguage ? consumed : [] };
}

/** Marks teaching words next to `in <language>` as used: they restate the medium. */
function consumeInstruction(tokens: string[], from: number, step: 1 | -1, consumed: number[]): void {
  for (let k = from, seen = 0; k >= 0 && k < tokens.length && seen < 5; k += step, seen += 1) {
    const word = tokens[k]!;
    if (INSTRUCTION_WORDS.has(word)) consumed.push(k);
    else if (!STOP_WORDS.has(word)) return;
  }
}

/** True for a word that could name or modify the thing after a language (not a stop word or filler). */
function isContentWord(word: string): boolean {
  return !STOP_WORDS.has(word) && !FILLER_LEMMAS.has(lemmatize(word)) && !INSTRUCTION_WORDS.has(word);
}

/** The lemma of a count unit (`schools` -> `school`), or null for currencies and symbols. */
function countUnitLemma(unit: string | null): string | null {
  if (unit === null || !/^[a-z][a-z -]{2,}$/.test(unit) || UNIT_WORDS.has(unit)) return null;
  return lemmatize(unit.trim().replace(/\s+/g, '-'));
}

/** The terms of one subject, uncached (see extractTerms). */
function computeTerms(subject: string, unit: string | null): string[] {
  const tokens = tokenize(subject);
  const unitLemma = countUnitLemma(unit);
  const terms: string[] = unitLemma === null ? [] : [unitLemma];
  const used = new Set<number>();

  tokens.forEach((token, index) => {
    if (used.has(index)) return;
    const hyphenated = token.includes('-') ? HYPHENATED_LANGUAGE.exec(token) : null;
    if (hyphenated && hyphenated[1]! in LANGUAGES) {
      const language = LANGUAGES[hyphenated[1]!]!;
      const suffix = hyphenated[2]!;
      const role: LanguageRole = suffix.startsWith('speak')
        ? 'speaker'
        : suffix === 'language' && STUDIED_NOUNS.has(tokens[index + 1] ?? '')
          ? 'subject'
          : 'medium';
      terms.push(`${language}-${role}`);
      used.add(index);
      return;
    }
    const language = LANGUAGES[token];
    if (language === undefined) return;
    const { role, consumed } = languageRole(tokens, index);
    for (const k of consumed) used.add(k);
    used.add(index);
    if (role !== null) terms.push(`${language}-${role}`);
    else if (consumed.length > 0) terms.push(`${language}-language`);
    else terms.push(DEMONYMS[token] ?? language);
  });

  tokens.forEach((token, index) => {
    if (used.has(index) || STOP_WORDS.has(token) || /^[\d.,]+$/.test(token)) return;
    // `Azerbaijani-Russian trade`, `US-China relations`: every part names a country.
    if (token.includes('-') && !(token in PLACES)) {
      const parts = token.split('-').map((part) => PLACES[part] ?? DEMONYMS[part]);
      if (parts.every((part) => part !== undefined)) {
        terms.push(...(parts as string[]));
        return;
      }
    }
    const place = PLACES[token];
    if (place !== undefined) {
      terms.push(place);
      // `from Russia`, `to Italy`, `in Poland`: who sends, who receives, where it happens.
      const before = tokens[index - 1] === 'the' ? tokens[index - 2] : tokens[index - 1];
      const role = before === undefined ? undefined : PLACE_ROLE_WORDS[before];
      if (role !== undefined) terms.push(`${role}-${place}`);
      return;
    }
    const lemma = lemmatize(token);
    if (FILLER_LEMMAS.has(lemma) || FILLER_LEMMAS.has(token)) return;
    if ((UNIT_WORDS.has(token) || UNIT_WORDS.has(lemma)) && lemma !== unitLemma) return;
    if (lemma.length < 2) return;
    terms.push(lemma);
  });

  return [...new Set(terms)];
}

const termCache = new Map<string, readonly string[]>();
/** Memo bound: plenty for one ingest; cleared rather than grown when a corpus is larger. */
const CACHE_LIMIT = 10_000;

/**
 * The lemmatised key terms of a claim's subject that matching uses: the counted thing first (for
 * count units), then derived language roles, places and the other content lemmas, deduplicated.
 * `schools in Azerbaijan where education is conducted in Russian`, `school` ->
 * `[school, russian-medium, azerbaijan]`. Pure and deterministic.
 */
export function extractTerms(subject: string, unit: string | null): string[] {
  const key = `${unit ?? ''}\u0000${subject}`;
  let terms = termCache.get(key);
  if (terms === undefined) {
    if (termCache.size >= CACHE_LIMIT) termCache.clear();
    terms = computeTerms(subject, unit);
    termCache.set(key, terms);
  }
  return [...terms];
}
