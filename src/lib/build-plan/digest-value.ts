// A stable hash of everything a page is rendered from. Pages are pure functions of their props
// (and of the code, which a code change covers by a full build), so two builds that give a page
// props with the same digest write the same bytes for it: an incremental build skips it.
import { hash } from 'node:crypto';

/** Digests of objects already hashed: site records are shared by many pages' props. */
const memo = new WeakMap<object, string>();

/** Where a record keeps the key `keyByContent` gave it (not enumerable: a copy of the record does not inherit it). */
const CONTENT_KEY = Symbol('recount.contentKey');

/**
 * Marks a record whose whole content follows from a key (`keyByContent(claim, entryDigest + …)`):
 * its digest is then the key's, and its fields are not walked. For records built only from
 * content entries, whose digests already cover the files they come from: at 10,000 articles,
 * walking every claim's fields again for the pages that show it was most of the digest time.
 * The record must not change after it is keyed.
 */
export function keyByContent<T extends object>(record: T, key: string): T {
  Object.defineProperty(record, CONTENT_KEY, { value: key });
  return record;
}

/** A short, stable hash of a value's content: plain data, arrays, maps, sets, dates, nested to any depth. */
export function digestValue(value: unknown): string {
  return hash('sha256', serialise(value, new Set()), 'base64url').slice(0, 22);
}

/** Objects walked so far: tells whether an object holds any (see digestObject). */
let objectsWalked = 0;

/** Serialisations this short, of objects that hold no other object, stand for themselves. */
const INLINE_LIMIT = 120;

/**
 * What stands for one object in its parent's serialisation, memoised by identity (props are built
 * once per build and never mutated): a digest of the object written out as one tagged string, or
 * for a small object holding only plain values (a span, a figure, a list of reasons) that string
 * itself, length-prefixed, so that the many leaves of a comparison's props cost no hash and no
 * memo entry. A build digests every page of the site (100,000 at 10,000 articles), and a native
 * hash update per field cost several times the hashing itself.
 */
function digestObject(value: object, stack: Set<object>): string {
  const known = memo.get(value);
  if (known !== undefined) return known;
  // A cycle would make an object's digest depend on where the walk entered it; site data has none.
  if (stack.has(value)) throw new Error('A page\'s props refer to themselves (a cycle); incremental builds cannot digest them. Pass plain records instead.');
  stack.add(value);
  objectsWalked++;
  const walkedBefore = objectsWalked;
  let text: string;
  const key = (value as { [CONTENT_KEY]?: string })[CONTENT_KEY];
  if (key !== undefined) {
    text = `K${key}`;
  } else if (isContentEntry(value)) {
    // A content entry stands for its file: Astro's digest of the file (and our loader's, which
    // adds the render settings) covers its data and rendered metadata, so its fields, every claim
    // of the article, need not be walked again for each of its pages.
    text = `E${value.collection}:${value.id}:${value.digest}`;
  } else if (Array.isArray(value)) {
    text = `[${value.length}`;
    for (const item of value) text += serialise(item, stack);
  } else if (value instanceof Map) {
    text = `M${value.size}`;
    for (const [key, item] of value) text += serialise(key, stack) + serialise(item, stack);
  } else if (value instanceof Set) {
    text = `S${value.size}`;
    for (const item of value) text += serialise(item, stack);
  } else if (value instanceof Date) {
    text = `D${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()}`;
  } else if (value instanceof URL || value instanceof RegExp) {
    text = `U${String(value)}`;
  } else {
    // Keys sorted: the same record built in another order is the same input.
    const keys = Object.keys(value).sort();
    text = `{${keys.length}`;
    for (const key of keys) text += serialise(key, stack) + serialise((value as Record<string, unknown>)[key], stack);
  }
  stack.delete(value);
  // A leaf is written out again where it recurs: cheaper than hashing and remembering it.
  if (objectsWalked === walkedBefore && text.length <= INLINE_LIMIT) return `i${text.length}:${text}`;
  const digest = `h${hash('sha256', text, 'base64url')}`;
  memo.set(value, digest);
  return digest;
}

/** An Astro content entry with the digest its loader computed from the file. */
function isContentEntry(value: object): value is { collection: string; id: string; digest: string } {
  const entry = value as { collection?: unknown; id?: unknown; digest?: unknown; data?: unknown };
  return typeof entry.collection === 'string' && typeof entry.id === 'string' && typeof entry.digest === 'string' && entry.data !== undefined;
}

/** One value as a string with a type tag (and a length for strings), so `1` and `"1"` differ and no two values run together. */
function serialise(value: unknown, stack: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return `s${value.length}:${value}`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${typeof value}:${String(value)};`;
    case 'undefined':
      return 'u;';
    case 'symbol':
      return `y:${value.description ?? ''};`;
    case 'function':
      // Code: a change to it changes the code fingerprint and forces a full build anyway.
      return `f:${value.name};`;
    default:
      return value === null ? 'n;' : `o:${digestObject(value as object, stack)};`;
  }
}
