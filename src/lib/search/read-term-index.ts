// Reads the sharded term index: finds the term file a word lives in (the files hold sorted,
// contiguous ranges of the vocabulary), fetches it once, decodes postings once, and expands a
// query word into the index words it reaches: exactly, as a plural or singular, as a completion
// of a word being typed, or with a typo.
import { allowedTypos, boundedEditDistance, MATCH_QUALITY, typoQuality, wordVariants } from './match-terms.ts';
import { FIELD_BITS, type SearchManifest, type TermFile } from './search-format.ts';
import { SEARCH_DEFAULTS } from './search-tuning.ts';

/** A term's postings, decoded: document ids ascending, and the field bits of each. */
export interface Postings {
  ids: Int32Array;
  bits: Uint8Array;
}

/** Access to the term index. */
export interface TermIndexReader {
  /** The postings of an index term (a word or a number key), or undefined when no document has it. */
  postingsOf(term: string): Promise<Postings | undefined>;
  /** The index terms a query word reaches, each with the quality of the match (see MATCH_QUALITY). */
  expandWord(term: string, prefix: boolean, typosAllowed?: boolean): Promise<Map<string, number>>;
}

/** Decodes a term's postings: `(idDelta << FIELD_BITS) | bits`. */
function decodePostings(encoded: readonly number[]): Postings {
  const ids = new Int32Array(encoded.length);
  const bits = new Uint8Array(encoded.length);
  const scale = 2 ** FIELD_BITS;
  let id = 0;
  for (let index = 0; index < encoded.length; index++) {
    const value = encoded[index]!;
    id += Math.floor(value / scale);
    ids[index] = id;
    bits[index] = value % scale;
  }
  return { ids, bits };
}

/** Creates a reader over the manifest's term files, fetching each through `load` at most once. */
export function createTermIndexReader(terms: SearchManifest['terms'], load: (name: string) => Promise<unknown>): TermIndexReader {
  const termFiles = terms.map(([, file]) => file);
  const firstTerms = terms.map(([first]) => first);
  const vocabularies = new Map<number, Promise<{ terms: TermFile; sorted: string[] }>>();
  const postingsCache = new Map<string, Postings>();

  /** Number of the term file a term would live in. */
  const fileIndexOf = (term: string): number => {
    let low = 0;
    let high = firstTerms.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (firstTerms[middle]! <= term) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  /** Numbers of the term files that hold terms starting with `prefix`. */
  const fileIndexesForPrefix = (prefix: string): number[] => {
    const from = fileIndexOf(prefix);
    const to = fileIndexOf(`${prefix}\uffff`);
    return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
  };
  const vocabulary = (index: number) => {
    let entry = vocabularies.get(index);
    if (!entry) {
      entry = load(termFiles[index]!).then((file) => {
        const terms = file as TermFile;
        return { terms, sorted: Object.keys(terms).sort() };
      });
      entry.catch(() => vocabularies.delete(index));
      vocabularies.set(index, entry);
    }
    return entry;
  };
  const postingsOf = async (term: string): Promise<Postings | undefined> => {
    const cached = postingsCache.get(term);
    if (cached) return cached;
    const { terms } = await vocabulary(fileIndexOf(term));
    const encoded = terms[term];
    if (!encoded) return undefined;
    const postings = decodePostings(encoded);
    postingsCache.set(term, postings);
    return postings;
  };
  /** Terms of the given files that satisfy a test. */
  const termsIn = async (indexes: number[], test: (term: string) => boolean): Promise<string[]> => {
    const found: string[] = [];
    for (const { sorted } of await Promise.all(indexes.map(vocabulary))) {
      for (const term of sorted) if (test(term)) found.push(term);
    }
    return found;
  };

  /** The index terms a query word reaches, with the quality of each match. */
  const expandWord = async (term: string, prefix: boolean, typosAllowed = true): Promise<Map<string, number>> => {
    const expansions = new Map<string, number>();
    const consider = async (candidate: string, quality: number) => {
      if ((expansions.get(candidate) ?? 0) >= quality) return;
      if (await postingsOf(candidate)) expansions.set(candidate, quality);
    };
    await Promise.all([consider(term, MATCH_QUALITY.exact), ...wordVariants(term).map((variant) => consider(variant, MATCH_QUALITY.variant))]);

    if (prefix && term.length >= (/^\d/.test(term) ? SEARCH_DEFAULTS.minDigitsToComplete : SEARCH_DEFAULTS.minLettersToComplete)) {
      const indexes = fileIndexesForPrefix(term).slice(0, SEARCH_DEFAULTS.maxCompletionFiles);
      const completions = await termsIn(indexes, (candidate) => candidate.length > term.length && candidate.startsWith(term));
      const frequent = await Promise.all(completions.map(async (candidate) => ({ candidate, count: (await postingsOf(candidate))?.ids.length ?? 0 })));
      frequent.sort((a, b) => b.count - a.count);
      for (const { candidate } of frequent.slice(0, SEARCH_DEFAULTS.maxCompletions)) {
        const quality = MATCH_QUALITY.prefix * (0.8 + (0.2 * term.length) / candidate.length);
        if ((expansions.get(candidate) ?? 0) < quality) expansions.set(candidate, quality);
      }
    }

    // Typos only when the word reaches nothing as spelled: a real word is taken at its word.
    const typos = typosAllowed ? allowedTypos(term.length) : 0;
    if (expansions.size === 0 && typos > 0) {
      for (const candidate of await termsIn(typoScope(term), (candidate) => !candidate.startsWith('#'))) {
        let distance = boundedEditDistance(term, candidate, typos);
        if (prefix && distance > typos && candidate.length > term.length) {
          distance = boundedEditDistance(term, candidate.slice(0, term.length), typos);
        }
        if (distance <= typos) expansions.set(candidate, typoQuality(distance));
      }
    }
    return expansions;
  };

  /** The term files a typo search looks in: those sharing the word's first letters. */
  const typoScope = (term: string): number[] => {
    for (const length of [2, 3]) {
      const indexes = fileIndexesForPrefix(term.slice(0, length));
      if (indexes.length <= SEARCH_DEFAULTS.maxTypoFiles) return indexes;
    }
    const middle = fileIndexOf(term);
    return [middle - 1, middle, middle + 1].filter((index) => index >= 0 && index < termFiles.length);
  };

  return { postingsOf, expandWord };
}
