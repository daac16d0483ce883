// The lemmatiser reads wink's WordNet tables as text instead of running them: it must answer
// exactly as wink-lemmatizer does, on every word of the lexicon and on inflected forms of them.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadLemmatizer } from '../../src/ingest/extract/load-lemmatizer.ts';

const fromWink = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
const wink = fromWink('wink-lemmatizer') as { noun(word: string): string; verb(word: string): string };
const words = Object.keys(fromWink('wink-lexicon/src/wn-words.js') as object);

/** Words whose lemmas differ from wink's, as `word: ours / wink's`. */
function disagreements(forms: string[]): string[] {
  const ours = loadLemmatizer();
  const found: string[] = [];
  for (const form of forms) {
    if (ours.noun(form) !== wink.noun(form)) found.push(`noun ${form}: ${ours.noun(form)} / ${wink.noun(form)}`);
    if (ours.verb(form) !== wink.verb(form)) found.push(`verb ${form}: ${ours.verb(form)} / ${wink.verb(form)}`);
  }
  return found;
}

describe('loadLemmatizer', () => {
  it('reads the whole lexicon', () => {
    expect(words.length).toBeGreaterThan(70_000);
  });

  it('answers as wink-lemmatizer on every word of the lexicon', () => {
    expect(disagreements(words)).toEqual([]);
  });

  it('answers as wink-lemmatizer on inflected forms (every fifth word) and odd inputs', () => {
    const inflected = words.filter((_, index) => index % 5 === 0).flatMap((word) => [`${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word.replace(/y$/, '')}ies`, `${word}men`]);
    const odd = ['', 's', 'ies', 'constructor', '__proto__', 'toString', 'zzzz', 'Schools', 'schools', 'rising', 'went', 'children', 'analyses'];
    expect(disagreements([...inflected, ...odd])).toEqual([]);
  });
});
