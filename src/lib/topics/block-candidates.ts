// Which pairs of claims are worth scoring. Scoring every pair of 50,000 claims is over a billion
// pairs; instead claims are blocked:
//   1. by unit family: a count of schools is never compared with dollars;
//   2. by key term: two claims must share a strong term (`export`, `russian-medium`);
//   3. by place: claims that name places meet only claims naming one of the same places (claims
//      in different places always fail the hard checks), and claims that name none meet all;
//      a claim whose subject is only a place ("tourists in Azerbaijan") meets the claims in it.
// A block larger than `maxBlock` says little on its own (`trade` in an economics desk), so it is
// split again by pairs of terms (`trade` + `gas`); a pair-block that is still too big falls back
// to a sorted neighbourhood (each claim against its `window` nearest in term order). Every claim
// meets a bounded number of others per key, so the work grows about linearly with the archive.
import type { ClaimProfile } from './score-pair.ts';

/** Blocking limits; the defaults keep 50,000 claims to well under a million pairs. */
export interface BlockingOptions {
  /** Largest block scored in full (pairs grow with its square). */
  maxBlock: number;
  /** Neighbours each claim is paired with inside a block that is too big even for term pairs. */
  window: number;
}

export const DEFAULT_BLOCKING: Readonly<BlockingOptions> = Object.freeze({ maxBlock: 40, window: 8 });

/** The bucket of claims that name no place. */
const NOWHERE = '';

/** Collects pairs as `low * n + high`, without duplicates. */
class PairSet {
  readonly pairs = new Set<number>();
  readonly n: number;
  constructor(n: number) {
    this.n = n;
  }
  add(a: number, b: number): void {
    if (a !== b) this.pairs.add(a < b ? a * this.n + b : b * this.n + a);
  }
  /** Every pair within one block. */
  addAll(members: readonly number[]): void {
    for (let i = 0; i < members.length; i += 1) for (let j = i + 1; j < members.length; j += 1) this.add(members[i]!, members[j]!);
  }
  /** Every pair across two blocks. */
  addCross(left: readonly number[], right: readonly number[]): void {
    for (const a of left) for (const b of right) this.add(a, b);
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

/** Groups member indexes by key. */
function groupBy(entries: Iterable<[string, number]>): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [key, member] of entries) {
    const list = map.get(key);
    if (list) list.push(member);
    else map.set(key, [member]);
  }
  return map;
}

/** The place buckets of a claim: its places, or the no-place bucket. */
function placesOf(profile: ClaimProfile): string[] {
  return profile.places.size === 0 ? [NOWHERE] : [...profile.places];
}

/**
 * Pairs up one block (claims sharing `key` in one family): within each place, and every claim
 * without a place against every claim with one. Returns the place buckets too big to pair in full.
 */
function pairBlock(block: readonly number[], profiles: readonly ClaimProfile[], options: BlockingOptions, pairs: PairSet): string[] {
  const byPlace = groupBy(block.flatMap((member) => placesOf(profiles[member]!).map((place): [string, number] => [place, member])));
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
 * The candidate pairs among claim profiles, as `[a, b]` index pairs with `a < b`, in ascending
 * order (see the header for how they are chosen and bounded).
 */
export function blockCandidates(
  profiles: readonly ClaimProfile[],
  options: BlockingOptions = DEFAULT_BLOCKING,
): Array<[number, number]> {
  const n = profiles.length;
  const pairs = new PairSet(n);
  const families = groupBy(profiles.map((profile) => [profile.family.key, profile.index]));
  for (const members of families.values()) {
    if (members.length < 2) continue;
    const byKey = groupBy(members.flatMap((member) => profiles[member]!.keys.map((key): [string, number] => [key, member])));
    // Claims that say only a place ("tourists in Azerbaijan") meet claims with more words in that place.
    const reaching = groupBy(members.flatMap((member) => profiles[member]!.reach.map((key): [string, number] => [key, member])));
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
    const byKeyPair = groupBy(
      members.flatMap((member) => {
        const profile = profiles[member]!;
        const out: Array<[string, number]> = [];
        for (const place of placesOf(profile)) {
          for (const key of profile.keys) {
            if (!common.get(key)?.has(place)) continue;
            const others = profile.keys.filter((other) => other !== key && !(common.get(other)?.has(place) && other < key));
            for (const other of others) out.push([`${key < other ? `${key}\u0000${other}` : `${other}\u0000${key}`}@${place}`, member]);
            // A claim whose common key stands alone still meets its neighbours in that key.
            if (others.length === 0) out.push([`${key}@${place}`, member]);
          }
        }
        return out;
      }),
    );
    for (const block of byKeyPair.values()) {
      if (block.length < 2) continue;
      if (block.length <= options.maxBlock) pairs.addAll(block);
      else addNeighbours(block, profiles, options.window, pairs);
    }
  }
  return [...pairs.pairs].sort((x, y) => x - y).map((pair) => [Math.floor(pair / n), pair % n]);
}
