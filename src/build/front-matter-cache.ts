// The archive step reads every entry's front-matter on every build, and YAML parsing plus the
// schema's validation is most of that (timed on 3,700 entries of the bench corpus: YAML 3.1 s,
// the schema 0.4 s, JSON.parse of the same data 0.2 s), on the path to the grouping that Astro's
// pages wait for. So the validated data is kept between builds: one line
// per entry, keyed by the digest of its file, under the fingerprint of the code that parsed it
// (code-fingerprint.ts covers the schemas and the parser: other code never reuses a line). Each
// line keeps its JSON text, so a rebuild writes the file again without serialising the 10,000
// entries it did not parse. Only the entries of the last build are kept: the file does not grow
// with edits. Any fault in the file (missing, another version, a bad line) means parsing again.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../util/write-file-atomic.ts';

/** First line of the file: the format and the code fingerprint. */
const HEADER = 'recount-front-matter 1';

/** Where the parsed front-matter is kept: `<RECOUNT_CACHE_DIR>/front-matter.jsonl`, else under node_modules/.cache, beside the other caches a CI run restores. */
export function frontMatterCacheFile(): string {
  const dir = process.env['RECOUNT_CACHE_DIR'] ?? path.join('node_modules', '.cache', 'recount');
  return path.resolve(dir, 'front-matter.jsonl');
}

/** The parsed front-matter of one build, and what the next build may reuse of it. */
export interface FrontMatterCache {
  /** The data parsed from the file with this key (collection and digest), when a build of the same code parsed it. */
  take(key: string): unknown;
  /** Records the data just parsed from a file. */
  put(key: string, data: unknown): void;
  /** Writes the entries taken or put since opening, when they differ from the file's, and lets go of the file's text (the cache is spent). */
  save(): void;
}

/** Opens the cache in `file` for code with fingerprint `code`; empty when the file is missing or was written by other code. */
export function openFrontMatterCache(file: string, code: string): FrontMatterCache {
  const stored = readLines(file, code);
  const kept = new Map<string, string>();
  let changed = false;
  return {
    take(key) {
      const line = stored.get(key);
      if (line === undefined) return undefined;
      try {
        const data: unknown = JSON.parse(line.slice(key.length + 1));
        kept.set(key, line);
        return data;
      } catch {
        return undefined; // a damaged line: parsed again and rewritten
      }
    },
    put(key, data) {
      kept.set(key, `${key}\t${JSON.stringify(data)}`);
      changed = true;
    },
    save() {
      if (changed || kept.size !== stored.size) {
        const lines = [...kept.keys()].sort().map((key) => kept.get(key)!);
        // On a first build the cache folder may not exist yet (Astro's loader makes its own part of it at the same time).
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileAtomicSync(file, `${HEADER} ${code}\n${lines.join('\n')}\n`);
      }
      // The lines are slices of the file's text (60 MB at 10,000 articles): not held past here.
      stored.clear();
      kept.clear();
    },
  };
}

/** The lines of the file by key, or none when it is missing or is another version's or code's. */
function readLines(file: string, code: string): Map<string, string> {
  const lines = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return lines;
  }
  const headerEnd = text.indexOf('\n');
  if (headerEnd < 0 || text.slice(0, headerEnd) !== `${HEADER} ${code}`) return lines;
  for (let start = headerEnd + 1; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) lines.set(text.slice(start, tab), text.slice(start, end));
    start = end + 1;
  }
  return lines;
}
