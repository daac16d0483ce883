// A stable hash of everything a page is rendered from. Pages are pure functions of their props
// (and of the code, which a code change covers by a full build), so two builds that give a page
// props with the same digest write the same bytes for it: an incremental build skips it.
import { createHash, type Hash } from 'node:crypto';

/** Digests of objects already hashed: site records are shared by many pages' props. */
const memo = new WeakMap<object, string>();

/** A short, stable hash of a value's content: plain data, arrays, maps, sets, dates, nested to any depth. */
export function digestValue(value: unknown): string {
  const hash = createHash('sha256');
  feed(hash, value, new Set());
  return hash.digest('base64url').slice(0, 22);
}

/** Digest of one object, memoised by identity (props are built once per build and never mutated). */
function digestObject(value: object, stack: Set<object>): string {
  const known = memo.get(value);
  if (known !== undefined) return known;
  // A cycle would make an object's digest depend on where the walk entered it; site data has none.
  if (stack.has(value)) throw new Error('A page\'s props refer to themselves (a cycle); incremental builds cannot digest them. Pass plain records instead.');
  stack.add(value);
  const hash = createHash('sha256');
  if (Array.isArray(value)) {
    hash.update(`[${value.length}`);
    for (const item of value) feed(hash, item, stack);
  } else if (value instanceof Map) {
    hash.update(`M${value.size}`);
    for (const [key, item] of value) {
      feed(hash, key, stack);
      feed(hash, item, stack);
    }
  } else if (value instanceof Set) {
    hash.update(`S${value.size}`);
    for (const item of value) feed(hash, item, stack);
  } else if (value instanceof Date) {
    hash.update(`D${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()}`);
  } else if (value instanceof URL || value instanceof RegExp) {
    hash.update(`U${String(value)}`);
  } else {
    // Keys sorted: the same record built in another order is the same input.
    const keys = Object.keys(value).sort();
    hash.update(`{${keys.length}`);
    for (const key of keys) {
      feed(hash, key, stack);
      feed(hash, (value as Record<string, unknown>)[key], stack);
    }
  }
  stack.delete(value);
  const digest = hash.digest('base64url');
  memo.set(value, digest);
  return digest;
}

/** Feeds one value into a hash with a type tag, so `1` and `"1"` differ. */
function feed(hash: Hash, value: unknown, stack: Set<object>): void {
  switch (typeof value) {
    case 'string':
      hash.update(`s${value.length}:`).update(value);
      return;
    case 'number':
    case 'bigint':
    case 'boolean':
      hash.update(`${typeof value}:${String(value)};`);
      return;
    case 'undefined':
      hash.update('u;');
      return;
    case 'symbol':
      hash.update(`y:${value.description ?? ''};`);
      return;
    case 'function':
      // Code: a change to it changes the code fingerprint and forces a full build anyway.
      hash.update(`f:${value.name};`);
      return;
    default:
      if (value === null) hash.update('n;');
      else hash.update(`o:${digestObject(value as object, stack)};`);
  }
}
