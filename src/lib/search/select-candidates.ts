// Combines the documents each query token matches into the candidates of a search: those that
// match every token (or, when none does, those matching the most), within the filters, ranked
// by the summed quality of their matches. Runs on every keystroke over up to every document, so
// it works on typed arrays and reuses them between searches.

/** The documents a token (or filter) matches: a dense score per document id, and the ids scored. */
export interface TokenMatch {
  scores: Float32Array;
  ids: number[];
  /** The index words it reached (number keys left out), for highlighting. */
  terms: string[];
}

/** Arrays reused from search to search; only the previous candidates need clearing. */
export interface CandidateScratch {
  /** Rank by document id: higher is better. */
  rank: Float64Array;
  /** How many tokens each document matched. */
  matched: Uint8Array;
  /** The previous search's candidates. */
  last: number[];
}

/** The candidates of a search. */
export interface Candidates {
  /** Ids of the matching documents (unordered); their rank is in the scratch arrays. */
  ids: number[];
  /** True when no document matched every token, so these match only some. */
  partial: boolean;
}

/** A partial-match document's rank per token it has, above any sum of match qualities. */
const RANK_PER_TOKEN = 1000;

/** Allocates scratch arrays for an index of `documents` documents. */
export function createCandidateScratch(documents: number): CandidateScratch {
  return { rank: new Float64Array(documents), matched: new Uint8Array(documents), last: [] };
}

/** Finds and ranks the candidates: every token required, filters as masks, optional terms as a bonus. */
export function selectCandidates(
  scratch: CandidateScratch,
  tokens: readonly TokenMatch[],
  filters: readonly TokenMatch[],
  optional: readonly TokenMatch[],
  optionalWeight: number,
): Candidates {
  const { rank, matched } = scratch;
  for (const id of scratch.last) {
    rank[id] = 0;
    matched[id] = 0;
  }
  const passesFilters = (id: number) => {
    for (const mask of filters) if (mask.scores[id] === 0) return false;
    return true;
  };
  let ids: number[] = [];
  let partial = false;
  if (tokens.length > 0) {
    const [smallest, ...others] = [...tokens].sort((a, b) => a.ids.length - b.ids.length);
    const smallestScores = smallest!.scores;
    const otherScores = others.map((other) => other.scores);
    for (const id of smallest!.ids) {
      if (filters.length > 0 && !passesFilters(id)) continue;
      let total = smallestScores[id]!;
      for (const scores of otherScores) {
        const otherScore = scores[id]!;
        if (otherScore === 0) {
          total = -1;
          break;
        }
        total += otherScore;
      }
      if (total < 0) continue;
      ids.push(id);
      rank[id] = total;
      matched[id] = tokens.length;
    }
    if (ids.length === 0 && tokens.length > 1) {
      partial = true;
      for (const token of tokens) {
        for (const id of token.ids) {
          if (!passesFilters(id)) continue;
          if (matched[id] === 0) ids.push(id);
          matched[id] = matched[id]! + 1;
          rank[id] = rank[id]! + RANK_PER_TOKEN + token.scores[id]!;
        }
      }
    }
    for (const bonus of optional) {
      for (const id of bonus.ids) if (matched[id]! > 0) rank[id] = rank[id]! + optionalWeight * bonus.scores[id]!;
    }
  } else if (filters.length > 0) {
    const [smallest, ...others] = [...filters].sort((a, b) => a.ids.length - b.ids.length);
    ids = smallest!.ids.filter((id) => others.every((mask) => mask.scores[id]! > 0));
  }
  scratch.last = ids;
  return { ids, partial };
}

/**
 * Offers a document to a best-first list of at most `size` ids, ranked by `rank` (higher first,
 * then lower id, which is newer). Most offers lose to the last entry and cost two comparisons.
 */
export function offerTop(list: number[], size: number, id: number, rank: Float64Array): void {
  const key = rank[id]!;
  const beats = (other: number) => key > rank[other]! || (key === rank[other]! && id < other);
  if (list.length === size && !beats(list[size - 1]!)) return;
  let index = list.length === size ? size - 1 : list.length;
  while (index > 0 && beats(list[index - 1]!)) {
    list[index] = list[index - 1]!;
    index -= 1;
  }
  list[index] = id;
}
