// Which pairs of claims are worth scoring. Scoring every pair of 50,000 claims is over a billion
// pairs; instead claims are blocked:
//   1. by unit family: a count of schools is never compared with dollars;
//   2. by key term: two claims must share a strong term (`export`, `russian-medium`);
//   3. by echo: the same figure in the same words (a wire copy) is always a candidate; so is the
//      same figure retold in other words (`49 people` / `49 people killed at Pulse`), when the
//      figure is one that seldom recurs by chance (see ClaimProfile.figureKey);
//   4. by place: claims that name places meet only claims naming one of the same places (claims
//      in different places always fail the hard checks), and claims that name none meet all;
//      a claim whose subject is only a place ("tourists in Azerbaijan") meets the claims in it.
// A block larger than `maxBlock` says little on its own (`trade` in an economics desk), so it is
// split again by pairs of terms (`trade` + `gas`); a pair-block that is still too big falls back
// to a sorted neighbourhood (each claim against its `window` nearest in term order). Every claim
// meets a bounded number of others per key, so the work grows about linearly with the archive.
import type { ClaimProfile } from './profile-claim.ts';

/** Blocking limits. */
export interface BlockingOptions {
  /** Largest block scored in full (pairs grow with its square). */
  maxBlock: number;
  /** Neighbours each claim is paired with inside a block that is too big even for term pairs. */
  window: number;
}

/** The limits buildTopics uses unless told otherwise. */
export const DEFAULT_BLOCKING: Readonly<BlockingOptions> = Object.freeze({ maxBlock: 40, window: 8 });

/** The bucket of claims that name no place. */
const NOWHERE = '';

/**
 * Collects pairs as `low * n + high` codes in a growing typed array (no boxed numbers: a large
 * archive has hundreds of thousands of them); duplicates are dropped once, after sorting.
 */
class PairSet {
  codes = new Float64Array(1024);
  size = 0;
  readonly n: number;
  constructor(n: number) {
    this.n = n;
  }
  add(a: number, b: number): void {
    if (a === b) return;
    if (this.size === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.size++] = a < b ? a * this.n + b : b * this.n + a;
  }
  /** Every pair within one block. */
  addAll(members: readonly number[]): void {
    for (let i = 0; i < members.length; i += 1) for (let j = i + 1; j < members.length; j += 1) this.add(members[i]!, members[j]!);
  }
  /** Every pair across two blocks. */
  addCross(left: readonly number[], right: readonly number[]): void {
    for (const a of left) for (const b of right) this.add(a, b);
  }
  /** The distinct pairs, ascending, as `[a0, b0, a1, b1, …]`. */
  toArray(): Uint32Array {
    const sorted = this.codes.subarray(0, this.size).sort();
    const out: number[] = [];
    let last = -1;
    for (const code of sorted) {
      if (code === last) continue;
      last = code;
      out.push(Math.floor(code / this.n), code % this.n);
    }
    return Uint32Array.from(out);
  }
}

/** Adds pairs of near neighbours in a stable order (by sorted keys and places, then id). */
function addNeighbours(members: readonly number[], profiles: readonly ClaimProfile[], window: number, pairs: PairSet): void {
  const order = [...new Set(members)]
    .map((index) => {
      const profile = profiles[index]!;
      return { index, key: `${[...profile.keys].sort().join(' ')}|${[...profile.places].sort().join(' ')}`, id: profile.id };
    })
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (let i = 0; i < order.length; i += 1) {
    for (let j = i + 1; j <= i + window && j < order.length; j += 1) pairs.add(order[i]!.index, order[j]!.index);
  }
}

/** Adds a member to the list under a key. */
function push(map: Map<string, number[]>, key: string, member: number): void {
  const list = map.get(key);
  if (list) list.push(member);
  else map.set(key, [member]);
}

/** Groups members under each of the keys `keysOf` gives them. */
function groupBy(members: readonly number[], keysOf: (member: number) => readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const member of members) for (const key of keysOf(member)) push(map, key, member);
  return map;
}

const NOWHERE_ONLY: readonly string[] = [NOWHERE];

/** The place buckets of a claim: its places, or the no-place bucket. */
function placesOf(profile: ClaimProfile): readonly string[] {
  return profile.places.size === 0 ? NOWHERE_ONLY : profile.placeList;
}

/**
 * Pairs up one block (claims sharing `key` in one family): within each place, and every claim
 * without a place against every claim with one. Returns the place buckets too big to pair in full.
 */
function pairBlock(block: readonly number[], profiles: readonly ClaimProfile[], options: BlockingOptions, pairs: PairSet): string[] {
  const byPlace = groupBy(block, (member) => placesOf(profiles[member]!));
  const tooBig: string[] = [];
  for (const [place, members] of byPlace) {
    if (members.length <= options.maxBlock) pairs.addAll(members);
    else tooBig.push(place);
  }
  const nowhere = byPlace.get(NOWHERE) ?? [];
  if (nowhere.length > 0 && nowhere.length < block.length) {
    const placed = block.filter((member) => profiles[member]!.places.size > 0);
    if (nowhere.length * placed.length <= (options.maxBlock * options.maxBlock) / 2) pairs.addCross(nowhere, placed);
    else addNeighbours(block, profiles, options.window, pairs);
  }
  return tooBig;
}

/**
 * The candidate pairs among claim profiles (see the header for how they are chosen and bounded),
 * flat: `[a0, b0, a1, b1, …]` with each `a < b`, in ascending order. Flat, because at 50,000
 * claims there are hundreds of thousands of pairs.
 */
export function blockCandidates(profiles: readonly ClaimProfile[], options: BlockingOptions = DEFAULT_BLOCKING): Uint32Array {
  const n = profiles.length;
  const pairs = new PairSet(n);
  const families = new Map<string, number[]>();
  for (const profile of profiles) push(families, profile.family.key, profile.index);
  for (const members of families.values()) {
    if (members.length < 2) continue;
    // The same sentence in two articles (a wire copy) meets its copies whatever its terms.
    for (const block of groupBy(members, (member) => (profiles[member]!.echo === null ? [] : [profiles[member]!.echo!])).values()) {
      if (block.length > 1 && block.length <= options.maxBlock) pairs.addAll(block);
    }
    for (const block of groupBy(members, (member) => (profiles[member]!.figureKey === null ? [] : [profiles[member]!.figureKey!])).values()) {
      if (block.length <= 1) continue;
      if (block.length <= options.maxBlock) pairs.addAll(block);
      else addNeighbours(block, profiles, options.window, pairs);
    }
    const byKey = groupBy(members, (member) => profiles[member]!.keys);
    // Claims that say only a place ("tourists in Azerbaijan") meet claims with more words in that place.
    const reaching = groupBy(members, (member) => profiles[member]!.reach);
    for (const [key, reachers] of reaching) {
      const block = byKey.get(key);
      if (block === undefined) continue;
      if (block.length * reachers.length <= (options.maxBlock * options.maxBlock) / 2) pairs.addCross(block, reachers);
      else addNeighbours([...block, ...reachers], profiles, options.window, pairs);
    }
    // Keys whose blocks were too big in some place, by place: `trade` in `russia`.
    const common = new Map<string, Set<string>>();
    for (const [key, block] of byKey) {
      if (block.length < 2) continue;
      for (const place of pairBlock(block, profiles, options, pairs)) {
        common.set(key, (common.get(key) ?? new Set<string>()).add(place));
      }
    }
    if (common.size === 0) continue;

    // Each common key is paired with the claim's other keys, within the place: `trade` + `gas` in `russia`.
    const byKeyPair = new Map<string, number[]>();
    for (const member of members) {
      const profile = profiles[member]!;
      for (const place of placesOf(profile)) {
        for (const key of profile.keys) {
          if (!common.get(key)?.has(place)) continue;
          let paired = false;
          for (const other of profile.keys) {
            if (other === key || (common.get(other)?.has(place) && other < key)) continue;
            push(byKeyPair, `${key < other ? `${key}\u0000${other}` : `${other}\u0000${key}`}@${place}`, member);
            paired = true;
          }
          // A claim whose common key stands alone still meets its neighbours in that key.
          if (!paired) push(byKeyPair, `${key}@${place}`, member);
        }
      }
    }
    for (const block of byKeyPair.values()) {
      if (block.length < 2) continue;
      if (block.length <= options.maxBlock) pairs.addAll(block);
      else addNeighbours(block, profiles, options.window, pairs);
    }
  }
  return pairs.toArray();
}
