// wink-lemmatizer builds its WordNet tables by running them as JavaScript when it is loaded:
// 77,262 `words.x = n;` statements and as many array entries, ~0.2 s of CPU in every process and
// worker (a compile cache keeps the code, not the objects it builds). A run asks about a few
// thousand words, so the two big tables are read here as text and searched instead: wn-words.js
// lists its words sorted, one a line, each with its number, and wn-word-senses.js lists each
// number's senses in order. `noun` and `verb` are wink's own rules, unchanged (wink-lemmatizer,
// MIT licence); tests compare them with wink's on every word of the lexicon. Loading stays lazy:
// a process that never lemmatises reads nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The two lemmatiser calls the ingest makes, answering as wink-lemmatizer's do. */
export interface Lemmatizer {
  /** The singular of a noun (`schools` -> `school`), else the word. */
  noun(word: string): string;
  /** The base form of a verb (`rising` -> `rise`), else the word. */
  verb(word: string): string;
}

let loaded: Lemmatizer | undefined;

/** The lemmatiser, loaded on the first call and shared afterwards. */
export function loadLemmatizer(): Lemmatizer {
  loaded ??= createLemmatizer();
  return loaded;
}

/** wink-lemmatizer's noun rules, in its order (its `men` -> `man` rule never applies: it compares lengths). */
const NOUN_RULES: [RegExp, string][] = [[/s$/, ''], [/ses$/, 's'], [/xes$/, 'x'], [/zes$/, 's'], [/ves$/, 'f'], [/ches$/, 'ch'], [/shes$/, 'sh'], [/men$/, 'man'], [/ies$/, 'y']];

function createLemmatizer(): Lemmatizer {
  // The lexicon as wink-lemmatizer itself resolves it.
  const fromWink = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
  const file = (name: string) => fromWink.resolve(`wink-lexicon/src/${name}`);
  const nounExceptions = fromWink(file('wn-noun-exceptions.js')) as Record<string, string>;
  const verbExceptions = fromWink(file('wn-verb-exceptions.js')) as Record<string, string>;
  const sensesOf = readSenses(readFileSync(file('wn-words.js'), 'utf8'), readFileSync(file('wn-word-senses.js'), 'utf8'));
  if (sensesOf === null) return fromWink('wink-lemmatizer') as Lemmatizer; // not the layout read below: wink's own load
  const isNoun = (word: string) => sensesOf(word)?.some((sense) => sense > 2 && sense < 29) ?? false;
  const isVerb = (word: string) => sensesOf(word)?.some((sense) => sense > 28 && sense < 44) ?? false;
  return {
    noun(noun) {
      const exception = nounExceptions[noun];
      if (exception) return exception;
      for (const [pattern, by] of NOUN_RULES) {
        const lemma = noun.replace(pattern, by);
        if (lemma.length !== noun.length && isNoun(lemma)) return lemma;
      }
      return noun;
    },
    verb(verb) {
      const exception = verbExceptions[verb];
      if (exception) return exception;
      let lemma = verb.replace(/s$/, '');
      if (lemma.length !== verb.length && isVerb(lemma)) return lemma;
      lemma = verb.replace(/ies$/, 'y');
      if (lemma.length !== verb.length && isVerb(lemma)) return lemma;
      lemma = verb.replace(/es$|ed$|ing$/, '');
      if (lemma.length !== verb.length) {
        if (isVerb(lemma)) return lemma;
        lemma += 'e';
        if (isVerb(lemma)) return lemma;
      }
      return verb;
    },
  };
}

/**
 * A lookup of a word's WordNet senses from the text of wn-words.js (`words.<word> = <n>;` lines,
 * sorted) and wn-word-senses.js (`const s_… = [ … ];` definitions, then one `s_…,` line per
 * number); null when the text is not laid out so (another version of the lexicon). Nothing is
 * parsed up front: a word is found by binary search over the sorted lines themselves (a probe
 * steps back to the start of its line), and a definition is read when first asked for.
 */
export function readSenses(wordsText: string, sensesText: string): ((word: string) => number[] | undefined) | null {
  const WORD_LINE = '\nwords.';
  const first = wordsText.indexOf(WORD_LINE);
  const last = wordsText.lastIndexOf(WORD_LINE);
  const listStart = sensesText.indexOf('\nconst wordIndex2Sense = [\n');
  if (first < 0 || listStart < 0) return null;
  // Where each number's senses are named: one line each, in order.
  const senseLineAt: number[] = [];
  const listEnd = sensesText.indexOf('\n];', listStart);
  for (let at = sensesText.indexOf('\n', listStart + 1); at >= 0 && at < listEnd; at = sensesText.indexOf('\n', at + 1)) senseLineAt.push(at + 1);
  // The last word's number must name the last sense line: the two files agree.
  const lastNumber = Number(wordsText.slice(wordsText.indexOf(' = ', last) + 3, wordsText.indexOf(';', last)));
  if (lastNumber !== senseLineAt.length - 1) return null;

  const definitions = new Map<string, number[] | undefined>();
  const sensesNamed = (name: string): number[] | undefined => {
    if (!definitions.has(name)) {
      const at = sensesText.indexOf(`\nconst ${name} = [`);
      const open = sensesText.indexOf('[', at);
      definitions.set(name, at < 0 || at > listStart ? undefined : sensesText.slice(open + 1, sensesText.indexOf(']', open)).split(',').map(Number));
    }
    return definitions.get(name);
  };
  const sensesAt = (number: number): number[] | undefined => {
    const at = senseLineAt[number];
    if (at === undefined) return undefined;
    const end = sensesText.indexOf('\n', at);
    return sensesNamed(sensesText.slice(at, end).trim().replace(/,$/, ''));
  };

  return (word) => {
    // Binary search over character offsets: the line a probe falls in is the one compared.
    let low = first;
    let high = last;
    while (low <= high) {
      const line = wordsText.lastIndexOf(WORD_LINE, (low + high) >>> 1);
      const keyStart = line + WORD_LINE.length;
      const equals = wordsText.indexOf(' = ', keyStart);
      const key = wordsText.slice(keyStart, equals);
      if (key === word) return sensesAt(Number(wordsText.slice(equals + 3, wordsText.indexOf(';', equals))));
      if (key < word) low = wordsText.indexOf(WORD_LINE, keyStart) === -1 ? last + 1 : wordsText.indexOf(WORD_LINE, keyStart);
      else high = line - 1;
    }
    return undefined;
  };
}
