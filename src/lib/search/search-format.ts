// The shape of the search index files: what the build writes and the browser reads. One module,
// imported by both sides, so the two cannot drift apart.

/** Bumped whenever the file format changes, so a cached old index is never misread. */
export const SEARCH_INDEX_VERSION = 1;

/** What a search result is; results are grouped by it. */
export const DOC_TYPES = ['claim', 'speaker', 'topic', 'article'] as const;
export type SearchDocType = (typeof DOC_TYPES)[number];

/** Headings for the result groups, in display order. */
export const DOC_TYPE_LABELS: Readonly<Record<SearchDocType, { one: string; many: string }>> = {
  claim: { one: 'Claim', many: 'Claims' },
  speaker: { one: 'Speaker', many: 'Speakers' },
  topic: { one: 'Comparison', many: 'Comparisons' },
  article: { one: 'Article', many: 'Articles' },
};

/**
 * Where in a document a term occurs; a posting carries these bits so a match in a claim's
 * subject or a speaker's name outranks a passing mention in a sentence.
 */
export const FIELD = {
  /** The thing itself: claim subject and figure, article headline, speaker name, topic title. */
  name: 1,
  /** The running text: the sentence that makes the claim. */
  text: 2,
  /** Who and where: the claim's speaker, the outlet, the people an article quotes. */
  people: 4,
  /** Background: the year. */
  meta: 8,
} as const;

/** How many low bits of a posting hold field flags; the rest is the document-id delta. */
export const FIELD_BITS = 4;

/** Ranking weight of a match in each field. */
export const FIELD_WEIGHTS: ReadonlyArray<readonly [bit: number, weight: number]> = [
  [FIELD.name, 3],
  [FIELD.people, 2.5],
  [FIELD.text, 1],
  [FIELD.meta, 0.5],
];

/** The filters a search can apply, in the order the form shows them; each is a URL parameter. */
export const FACETS = ['speaker', 'outlet', 'year', 'kind', 'unit', 'verdict'] as const;
export type Facet = (typeof FACETS)[number];

/** Facet value for claims no editor has reviewed yet. */
export const UNREVIEWED = 'unreviewed';

/**
 * One search result as the browser shows it: small, display-ready, nothing the result list
 * does not print. Paths are relative to the site's base (`claims/<id>/`).
 */
export interface SearchDocument {
  /** What the result is. */
  type: SearchDocType;
  /** Permalink path relative to the base path, with its trailing slash. */
  path: string;
  /** The claim's sentence, the article's headline, the speaker's name or the topic's title. */
  title: string;
  /** Claims: the figure as written (`more than 340`). Topics and speakers: a claim count. */
  figure?: string;
  /** Claims: what is counted (`schools with teaching conducted in Russian`). */
  subject?: string;
  /** Claims: the unit or counted thing (`school`, `USD`, `t`). */
  unit?: string;
  /** Claims: who made it. Articles: the people quoted, comma-separated. */
  speaker?: string;
  /** The outlet that published it. */
  outlet?: string;
  /** ISO date (`2021-09-24`) of the article. */
  date?: string;
  /** Claims: the editor's verdict as worded for readers (`Mostly accurate`), when reviewed. */
  verdict?: string;
}

/**
 * The documents of one type: ids `from` to `to - 1`, stored `chunkSize` to a file, so document
 * `id` is item `(id - from) % chunkSize` of `files[Math.floor((id - from) / chunkSize)]`. Small
 * documents (speakers) go many to a file, long ones (claims) fewer, so files weigh about the same.
 */
export interface DocGroup {
  type: SearchDocType;
  from: number;
  to: number;
  chunkSize: number;
  files: string[];
}

/** The entry file of the index: where everything else is. Fetched on the first search. */
export interface SearchManifest {
  /** Equals SEARCH_INDEX_VERSION of the build that wrote it. */
  version: number;
  /** Number of documents; document ids run from 0 to documents - 1. */
  documents: number;
  /** The documents by type, in id order; together they cover ids 0 to documents - 1. */
  groups: DocGroup[];
  /**
   * Term files as `[first term, file]`, sorted by first term. A term lives in the last file
   * whose first term is not after it (Pagefind-style ranges, so neighbouring words share a file).
   */
  terms: Array<[string, string]>;
  /** For each filter, the file listing each value's document ids. */
  facets: Record<Facet, Record<string, string>>;
}

/** A term file: each term's postings, `(idDelta << FIELD_BITS) | fieldBits`, ids ascending. */
export type TermFile = Record<string, number[]>;

/** A facet file: the document ids having one filter value, delta-encoded, ascending. */
export type FacetFile = number[];

/** A document file: the documents of one chunk, in id order. */
export type DocFile = SearchDocument[];
