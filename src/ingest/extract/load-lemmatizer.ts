// wink-lemmatizer builds its WordNet tables when it is loaded, which costs about a quarter of a
// second of CPU per process or worker. Loading it on first use lets a process that never
// lemmatises (a worker with nothing to do, a tool that only reads the entry points) skip that.
import { createRequire } from 'node:module';
import type lemmatizer from 'wink-lemmatizer';

type Lemmatizer = typeof lemmatizer;

let loaded: Lemmatizer | undefined;

/** The wink lemmatiser, loaded on the first call and shared afterwards. */
export function loadLemmatizer(): Lemmatizer {
  loaded ??= createRequire(import.meta.url)('wink-lemmatizer') as Lemmatizer;
  return loaded;
}
