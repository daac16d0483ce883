// Writes the search documents into static index files, Pagefind-style: a small manifest, term
// files that each hold a sorted range of the vocabulary, document files of a few documents each,
// and one file per filter value. Every file is named by a hash of its content, so a host can let
// browsers cache it forever; the browser fetches only the files a query needs.
import { createHash } from 'node:crypto';
import type { IndexedDocument } from './build-search-documents.ts';
import {
  FACETS,
  FIELD_BITS,
  SEARCH_INDEX_VERSION,
  type DocFile,
  type DocGroup,
  type Facet,
  type FacetFile,
  type SearchManifest,
  type TermFile,
} from './search-format.ts';

/** Tuning for the file sizes; the defaults suit 50,000 claims on a slow connection. */
export interface BuildSearchIndexOptions {
  /** Close a term file once it reaches this many bytes of JSON (one huge term may exceed it). */
  termFileBytes?: number;
  /** Aim for document files of about this many bytes of JSON (at least one document each). */
  docFileBytes?: number;
}

/** The built index: the manifest and every file's JSON text, by file name (without `.json`). */
export interface SearchIndexFiles {
  /** Name of the manifest file, the one the search page points at. */
  manifestFile: string;
  manifest: SearchManifest;
  files: Map<string, string>;
}

const DEFAULT_TERM_FILE_BYTES = 16_000;
const DEFAULT_DOC_FILE_BYTES = 8_000;

/** Names a file by its content: `t-1a2b3c4d5e6f`. */
function nameFor(prefix: string, json: string): string {
  return `${prefix}-${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
}

/** Delta-encodes ascending document ids, optionally packing field bits below each delta. */
function encodeIds(ids: readonly number[], bits?: readonly number[]): number[] {
  let previous = 0;
  return ids.map((id, index) => {
    const delta = id - previous;
    previous = id;
    return bits === undefined ? delta : delta * 2 ** FIELD_BITS + (bits[index] ?? 0);
  });
}

/** Builds every index file from the documents (their position is their id). */
export function buildSearchIndex(documents: readonly IndexedDocument[], options: BuildSearchIndexOptions = {}): SearchIndexFiles {
  const termFileBytes = options.termFileBytes ?? DEFAULT_TERM_FILE_BYTES;
  const docFileBytes = options.docFileBytes ?? DEFAULT_DOC_FILE_BYTES;
  const files = new Map<string, string>();
  const addFile = (prefix: string, value: unknown): string => {
    const json = JSON.stringify(value);
    const name = nameFor(prefix, json);
    files.set(name, json);
    return name;
  };

  // 1. Postings: for each term, the ids of the documents that have it and where.
  const postings = new Map<string, { ids: number[]; bits: number[] }>();
  documents.forEach(({ terms }, id) => {
    for (const [term, bits] of terms) {
      let list = postings.get(term);
      if (!list) {
        list = { ids: [], bits: [] };
        postings.set(term, list);
      }
      list.ids.push(id);
      list.bits.push(bits);
    }
  });

  // 2. Term files: the sorted vocabulary cut into ranges of about termFileBytes each.
  const terms: Array<[string, string]> = [];
  let chunk: TermFile = {};
  let chunkFirst = '';
  let chunkBytes = 0;
  const flush = () => {
    terms.push([terms.length === 0 ? '' : chunkFirst, addFile('t', chunk)]);
    chunk = {};
    chunkBytes = 0;
  };
  for (const term of [...postings.keys()].sort()) {
    const list = postings.get(term)!;
    const encoded = encodeIds(list.ids, list.bits);
    const bytes = term.length + 4 + JSON.stringify(encoded).length;
    if (chunkBytes > 0 && chunkBytes + bytes > termFileBytes) flush();
    if (chunkBytes === 0) chunkFirst = term;
    chunk[term] = encoded;
    chunkBytes += bytes;
  }
  if (chunkBytes > 0 || terms.length === 0) flush();

  // 3. Document files, by type: consecutive ids together (one article's claims usually share a
  //    file), as many to a file as make about docFileBytes.
  const groups: DocGroup[] = [];
  documents.forEach(({ doc }, id) => {
    const last = groups.at(-1);
    if (last && last.type === doc.type) last.to = id + 1;
    else if (groups.some((group) => group.type === doc.type)) throw new Error(`search documents must come grouped by type, but a ${doc.type} follows a ${last?.type} at id ${id}`);
    else groups.push({ type: doc.type, from: id, to: id + 1, chunkSize: 1, files: [] });
  });
  for (const group of groups) {
    const docs = documents.slice(group.from, group.to).map(({ doc }) => doc);
    const averageBytes = docs.reduce((sum, doc) => sum + JSON.stringify(doc).length, 0) / docs.length;
    group.chunkSize = Math.max(1, Math.min(512, Math.floor(docFileBytes / averageBytes)));
    for (let start = 0; start < docs.length; start += group.chunkSize) {
      const docFile: DocFile = docs.slice(start, start + group.chunkSize);
      group.files.push(addFile('d', docFile));
    }
  }

  // 4. Facet files: one per filter value.
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as Record<Facet, Record<string, string>>;
  for (const facet of FACETS) {
    const idsByValue = new Map<string, number[]>();
    documents.forEach((document, id) => {
      for (const value of document.facets[facet] ?? []) {
        const ids = idsByValue.get(value) ?? [];
        ids.push(id);
        idsByValue.set(value, ids);
      }
    });
    for (const [value, ids] of [...idsByValue].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const facetFile: FacetFile = encodeIds(ids);
      facets[facet][value] = addFile('f', facetFile);
    }
  }

  const manifest: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    documents: documents.length,
    groups,
    terms,
    facets,
  };
  const manifestFile = addFile('m', manifest);
  return { manifestFile, manifest, files };
}
