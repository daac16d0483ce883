// The search itself, as it runs in the browser: narrow the documents with the sharded term
// index (fetching only the term files the query's words fall in), apply the filters, then let
// Fuse.js rank the best candidates with its typo-tolerant token search. Pure apart from the
// injected `loadFile`, so the unit tests run it in Node against an index built in memory.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { foldText } from './fold-text.ts';
import { MATCH_QUALITY } from './match-terms.ts';
import { parseQuery, type QueryToken } from './parse-query.ts';
import { createTermIndexReader } from './read-term-index.ts';
import {
  DOC_TYPES,
  FACETS,
  FIELD_BITS,
  FIELD_WEIGHTS,
  SEARCH_INDEX_VERSION,
  type DocFile,
  type Facet,
  type FacetFile,
  type SearchDocType,
  type SearchDocument,
  type SearchManifest,
} from './search-format.ts';
import { SEARCH_DEFAULTS } from './search-tuning.ts';
import { createCandidateScratch, offerTop, selectCandidates, type TokenMatch } from './select-candidates.ts';

/** Filter values by facet (URL parameter); absent or empty means no filter. */
export type SearchFilters = Partial<Record<Facet, string>>;

/** One search. */
export interface SearchRequest {
  /** What the reader typed. */
  query: string;
  filters?: SearchFilters;
  /** How many claims to return, best first (default 10); other types get fewer (see typeLimit). */
  limit?: number;
}

/** One result. */
export interface SearchHit {
  /** Document id (its position in the index). */
  id: number;
  doc: SearchDocument;
}

/** The answer to a search. */
export interface SearchResponse {
  /** The best hits of each type, grouped by type in DOC_TYPES order, best first within each. */
  hits: SearchHit[];
  /** How many documents matched in all. */
  total: number;
  /** How many matched, by type. */
  totals: Record<SearchDocType, number>;
  /** True when no document matched every word, so these match only some of them. */
  partial: boolean;
  /** Folded index words the query matched (typos and completions included), for highlighting. */
  terms: string[];
  /** Figures the query matched, for highlighting. */
  values: number[];
}

/** What the engine needs: the manifest and a way to fetch an index file by name. */
export interface SearchEngineOptions {
  manifest: SearchManifest;
  /** Fetches `<name>.json` of the index and returns it parsed. */
  loadFile: (name: string) => Promise<unknown>;
}

/** A search engine over one index. */
export interface SearchEngine {
  search(request: SearchRequest): Promise<SearchResponse>;
}

/** Fuse's view of a document: the fields it ranks on, with their weights. */
const FUSE_OPTIONS: IFuseOptions<SearchDocument> = Object.freeze({
  keys: [
    { name: 'unit', weight: 2 },
    { name: 'subject', weight: 2 },
    { name: 'figure', weight: 1.5 },
    { name: 'speaker', weight: 1.5 },
    { name: 'title', weight: 1 },
    { name: 'outlet', weight: 0.5 },
  ],
  useTokenSearch: true,
  tokenMatch: 'all',
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.4,
  // Fold the fields the way the index folds them (`Əliyev` -> `aliyev`), so both agree.
  getFn: (doc: SearchDocument, path: string | string[]) => {
    const value = doc[(Array.isArray(path) ? path[0] : path) as keyof SearchDocument];
    return value === undefined ? '' : foldText(value);
  },
});

/** How many hits of a type a search returns: `limit` claims, and a quarter as many (at least 3) of the rest. */
function typeLimit(type: SearchDocType, limit: number): number {
  return type === 'claim' ? limit : Math.max(3, Math.ceil(limit / 4));
}

/** Ranking weight of a posting's field bits: the best field it occurs in. */
const WEIGHT_BY_BITS = Array.from({ length: 2 ** FIELD_BITS }, (_, bits) =>
  Math.max(0, ...FIELD_WEIGHTS.filter(([bit]) => bits & bit).map(([, weight]) => weight)),
);

/** Creates a search engine over an index whose manifest is already loaded. */
export function createSearchEngine({ manifest, loadFile }: SearchEngineOptions): SearchEngine {
  if (manifest.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`The search index is format ${manifest.version} but this page reads format ${SEARCH_INDEX_VERSION}; reload the page.`);
  }
  const files = new Map<string, Promise<unknown>>();
  const load = (name: string): Promise<unknown> => {
    let file = files.get(name);
    if (!file) {
      file = loadFile(name);
      files.set(name, file);
      file.catch(() => files.delete(name));
    }
    return file;
  };
  const { postingsOf, expandWord } = createTermIndexReader(manifest.terms, load);

  /** The documents a query token matches, each with its best weighted match quality. */
  const computeTokenMatch = async (token: QueryToken): Promise<TokenMatch> => {
    const expansions = new Map<string, number>();
    if (token.kind === 'word') {
      for (const [term, quality] of await expandWord(token.term, token.prefix)) expansions.set(term, quality);
    } else {
      await Promise.all(
        token.keys.map(async (key) => {
          if (await postingsOf(key)) expansions.set(key, MATCH_QUALITY.exact);
        }),
      );
      if (token.digits !== null) {
        for (const [term, quality] of await expandWord(token.digits, token.prefix, false)) {
          expansions.set(term, Math.max(quality, expansions.get(term) ?? 0));
        }
      }
    }
    const scores = new Float32Array(manifest.documents);
    const ids: number[] = [];
    const terms: string[] = [];
    for (const [term, quality] of expansions) {
      const postings = await postingsOf(term);
      if (!postings) continue;
      if (!term.startsWith('#')) terms.push(term);
      const { ids: postingIds, bits } = postings;
      for (let index = 0; index < postingIds.length; index++) {
        const id = postingIds[index]!;
        const score = quality * WEIGHT_BY_BITS[bits[index]!]!;
        const previous = scores[id]!;
        if (previous === 0) ids.push(id);
        if (score > previous) scores[id] = score;
      }
    }
    return { scores, ids, terms };
  };

  // Typing changes one word at a time, so the other words' matches are kept for a while.
  const tokenCache = new Map<string, Promise<TokenMatch>>();
  const matchToken = (token: QueryToken): Promise<TokenMatch> => {
    const key = token.kind === 'word' ? `w:${token.term}:${token.prefix}` : `n:${token.keys.join(',')}:${token.digits}:${token.prefix}`;
    let match = tokenCache.get(key);
    if (match) {
      tokenCache.delete(key);
    } else {
      match = computeTokenMatch(token);
      match.catch(() => tokenCache.delete(key));
    }
    tokenCache.set(key, match);
    while (tokenCache.size > SEARCH_DEFAULTS.tokenCacheSize) tokenCache.delete(tokenCache.keys().next().value!);
    return match;
  };

  /** The documents having one filter value, as a mask over document ids. */
  const facetMask = async (facet: Facet, value: string): Promise<TokenMatch> => {
    const scores = new Float32Array(manifest.documents);
    const ids: number[] = [];
    const file = manifest.facets[facet][value];
    if (file === undefined) return { scores, ids, terms: [] };
    let id = 0;
    for (const delta of (await load(file)) as FacetFile) {
      id += delta;
      scores[id] = 1;
      ids.push(id);
    }
    return { scores, ids, terms: [] };
  };

  const documentOf = async (id: number): Promise<SearchDocument> => {
    const group = manifest.groups.find((candidate) => id >= candidate.from && id < candidate.to);
    const offset = group ? id - group.from : -1;
    const file = group?.files[Math.floor(offset / group.chunkSize)];
    const chunk = file === undefined ? [] : ((await load(file)) as DocFile);
    const doc = group ? chunk[offset % group.chunkSize] : undefined;
    if (!doc) throw new Error(`The search index has no document ${id}; it may be half-updated, reload the page.`);
    return doc;
  };

  const scratch = createCandidateScratch(manifest.documents);

  return {
    async search({ query, filters = {}, limit = SEARCH_DEFAULTS.limit }) {
      const parsed = parseQuery(query);
      const activeFilters = FACETS.filter((facet) => filters[facet]);
      const values = parsed.required.flatMap((token) => (token.kind === 'number' ? token.values : []));

      // 1. Candidates: documents matching every token (or, failing that, the most tokens).
      const [tokens, filterMasks, optionalMatches] = await Promise.all([
        Promise.all(parsed.required.map((token) => matchToken(token))),
        Promise.all(activeFilters.map((facet) => facetMask(facet, filters[facet]!))),
        Promise.all(parsed.optional.map((term) => matchToken({ kind: 'word', term, prefix: false }))),
      ]);
      const candidates = selectCandidates(scratch, tokens, filterMasks, optionalMatches, SEARCH_DEFAULTS.optionalWeight);

      // 2. The best candidates of each type by rank (newest first on ties: ids run newest
      //    first), counted by type on the way. Each type has its own allowance, so a few
      //    matching speakers or comparisons are never crowded out by hundreds of claims.
      const { rank, matched } = scratch;
      const totals = Object.fromEntries(manifest.groups.map(({ type }) => [type, 0])) as Record<SearchDocType, number>;
      const pools = manifest.groups.map(({ type, from, to }) => {
        const shown = typeLimit(type, limit);
        return { type, from, to, shown, size: shown + (type === 'claim' ? SEARCH_DEFAULTS.rerankExtra : 0), ids: [] as number[] };
      });
      for (const id of candidates.ids) {
        let index = 0; // groups run in id order
        while (index < pools.length && id >= pools[index]!.to) index += 1;
        const pool = pools[index];
        if (!pool || id < pool.from) continue;
        totals[pool.type] += 1;
        offerTop(pool.ids, pool.size, id, rank);
      }
      // Copied out before fetching documents: another search may reuse the scratch meanwhile.
      const pooled = pools.flatMap((pool) => pool.ids.map((id) => ({ id, type: pool.type, rank: rank[id]!, matched: matched[id]! })));
      const docs = await Promise.all(pooled.map(({ id }) => documentOf(id)));

      // 3. Fuse ranks those by its typo-tolerant token search; what it misses keeps its place after.
      const fuseScores: number[] = pooled.map(() => 1);
      if (parsed.words.length > 0 && pooled.length > 1) {
        const fuse = new Fuse(docs, FUSE_OPTIONS);
        for (const result of fuse.search(parsed.words.join(' '))) fuseScores[result.refIndex] = result.score ?? 1;
      }
      const ranked = pooled.map((entry, index) => ({ ...entry, doc: docs[index]!, fuse: Math.round(fuseScores[index]! * 50) }));
      const hits = DOC_TYPES.flatMap((type) =>
        ranked
          .filter((entry) => entry.type === type)
          .sort((a, b) => b.matched - a.matched || a.fuse - b.fuse || b.rank - a.rank || a.id - b.id)
          .slice(0, pools.find((pool) => pool.type === type)?.shown ?? 0)
          .map(({ id, doc }) => ({ id, doc })),
      );

      return {
        hits,
        total: candidates.ids.length,
        totals,
        partial: candidates.partial,
        terms: [...new Set(tokens.flatMap((token) => token.terms))],
        values,
      };
    },
  };
}
