// Claims into topics: strong pairs are joined strongest first, like single-linkage clustering,
// but a join is refused when it would put two claims that fail a hard check in one topic (the
// chain school -> students in schools -> university students stops where it turns), or break an
// editor's rule. Editors' `together` sets are joined first and unconditionally.
import type { ClaimProfile } from './profile-claim.ts';
import { byStrength, facetConflict, MATCH_CONFIDENCE, sameArticleAndPeriod, type ScoredPair } from './score-pair.ts';

/** Editors' rules, by profile index. */
export interface GroupingRules {
  /** Sets of claims that must share a topic. */
  together: number[][];
  /** Rules whose sides must not share a topic: claims on different sides are kept apart. */
  apart: number[][][];
}

/** The outcome of grouping. */
export interface Grouping {
  /** Groups of two or more claims (profile indexes, ascending), ordered by their first member. */
  groups: number[][];
  /** The pairs that joined each group, keyed by the group's first member. */
  joins: Map<number, ScoredPair[]>;
  /** Strong pairs whose join was refused by a hard check elsewhere in the topic (not by an editor). */
  refused: ScoredPair[];
  /** Pairs an editor's rule kept apart. */
  keptApart: Set<string>;
}

/** Groups claims (see the header). `pairs` are scored candidate pairs; weaker ones are ignored. */
export function groupClaims(profiles: readonly ClaimProfile[], pairs: readonly ScoredPair[], rules: GroupingRules): Grouping {
  const n = profiles.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>();
  const sides = new Map<number, Map<number, Set<number>>>();
  const joins = new Map<number, ScoredPair[]>();

  // Which side of which apart-rule each claim is on; `sides` then tracks it per group root.
  const claimSides = new Map<number, Map<number, Set<number>>>();
  rules.apart.forEach((rule, ruleId) => {
    rule.forEach((side, sideIndex) => {
      for (const claim of side) {
        const map = claimSides.get(claim) ?? new Map<number, Set<number>>();
        map.set(ruleId, (map.get(ruleId) ?? new Set<number>()).add(sideIndex));
        claimSides.set(claim, map);
      }
    });
  });
  for (const [claim, map] of claimSides) sides.set(claim, new Map([...map].map(([rule, set]) => [rule, new Set(set)])));

  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const membersOf = (root: number) => members.get(root) ?? [root];
  const sizeOf = (root: number) => members.get(root)?.length ?? 1;
  // Per group: one member for each distinct facet signature, and the members by article.
  const facets = new Map<number, Map<string, number>>();
  const articles = new Map<number, Map<string, number[]>>();
  const facetsOf = (root: number) => facets.get(root) ?? new Map([[profiles[root]!.facets, root]]);
  // Per group: the length of its part-of-a-year periods (null: whole periods); one length per group.
  const parts = new Map<number, number | null>();
  const partOf = (root: number) => (parts.has(root) ? parts.get(root)! : (profiles[root]!.span?.partMonths ?? null));
  const articlesOf = (root: number) => articles.get(root) ?? new Map([[profiles[root]!.articleId, [root]]]);

  /** Why two groups may not be joined: `editor`, `conflict`, or null when they may. */
  const refusal = (x: number, y: number): 'editor' | 'conflict' | null => {
    const sx = sides.get(x);
    const sy = sides.get(y);
    if (sx && sy) {
      for (const [rule, sideSet] of sx) {
        const other = sy.get(rule);
        if (other && new Set([...sideSet, ...other]).size > 1) return 'editor';
      }
    }
    if (partOf(x) !== partOf(y)) return 'conflict';
    // Members with equal facets pass or fail the hard checks alike: check one of each kind.
    // (Most groups are one claim: those are read without building their maps and lists.)
    const facetsX = facets.get(x);
    const facetsY = facets.get(y);
    if (facetsX === undefined && facetsY === undefined) {
      if (facetConflict(profiles[x]!, profiles[y]!, false) !== null) return 'conflict';
    } else {
      for (const i of facetsOf(x).values()) {
        for (const j of facetsOf(y).values()) if (facetConflict(profiles[i]!, profiles[j]!, false) !== null) return 'conflict';
      }
    }
    const xSmaller = sizeOf(x) <= sizeOf(y);
    const small = xSmaller ? x : y;
    const big = xSmaller ? y : x;
    const smallMembers = members.get(small);
    if (smallMembers === undefined) return sameArticleConflict(small, big) ? 'conflict' : null;
    for (const i of smallMembers) if (sameArticleConflict(i, big)) return 'conflict';
    return null;
  };
  /** Whether claim `i` and a member of group `big` from its article give figures for the same period. */
  const sameArticleConflict = (i: number, big: number): boolean => {
    const bigArticles = articles.get(big);
    const articleId = profiles[i]!.articleId;
    if (bigArticles === undefined) return profiles[big]!.articleId === articleId && sameArticleAndPeriod(profiles[i]!, profiles[big]!);
    for (const j of bigArticles.get(articleId) ?? []) if (sameArticleAndPeriod(profiles[i]!, profiles[j]!)) return true;
    return false;
  };

  // A group's lists grow in place: copying them at every join made garbage that grew with the
  // square of a topic's size (a third of a 10,000-article archive's grouping garbage, with refusal's).
  const join = (x: number, y: number, pair: ScoredPair | null): void => {
    const [big, small] = sizeOf(x) >= sizeOf(y) ? [x, y] : [y, x];
    parent[small] = big;
    const bigMembers = members.get(big) ?? [big];
    for (const member of membersOf(small)) bigMembers.push(member);
    members.set(big, bigMembers);
    members.delete(small);
    parts.set(big, partOf(big));
    parts.delete(small);
    const bigFacets = facetsOf(big);
    for (const [key, member] of facetsOf(small)) if (!bigFacets.has(key)) bigFacets.set(key, member);
    facets.set(big, bigFacets);
    facets.delete(small);
    const bigArticles = articlesOf(big);
    for (const [article, list] of articlesOf(small)) {
      const own = bigArticles.get(article);
      if (own) for (const member of list) own.push(member);
      else bigArticles.set(article, list);
    }
    articles.set(big, bigArticles);
    articles.delete(small);
    const smallSides = sides.get(small);
    if (smallSides) {
      const bigSides = sides.get(big) ?? new Map<number, Set<number>>();
      for (const [rule, set] of smallSides) bigSides.set(rule, new Set([...(bigSides.get(rule) ?? []), ...set]));
      sides.set(big, bigSides);
      sides.delete(small);
    }
    const list = joins.get(big) ?? [];
    for (const joined of joins.get(small) ?? []) list.push(joined);
    if (pair) list.push(pair);
    joins.set(big, list);
    joins.delete(small);
  };

  for (const set of rules.together) {
    for (const claim of set.slice(1)) {
      const x = find(set[0]!);
      const y = find(claim);
      if (x !== y) join(x, y, null);
    }
  }

  const refused: ScoredPair[] = [];
  const keptApart = new Set<string>();
  for (const pair of [...pairs].filter((p) => p.confidence >= MATCH_CONFIDENCE).sort(byStrength)) {
    const x = find(pair.a);
    const y = find(pair.b);
    if (x === y) continue;
    const why = refusal(x, y);
    if (why === null) join(x, y, pair);
    else if (why === 'conflict') refused.push(pair);
    else keptApart.add(`${pair.a}:${pair.b}`);
  }

  const groups: number[][] = [];
  const groupJoins = new Map<number, ScoredPair[]>();
  for (const [root, list] of members) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a - b);
    groups.push(sorted);
    groupJoins.set(sorted[0]!, joins.get(root) ?? []);
  }
  groups.sort((a, b) => a[0]! - b[0]!);
  // Pairs an editor rule forbids, whether or not they were strong: never shown as related either.
  for (const pair of pairs) {
    const x = claimSides.get(pair.a);
    const y = claimSides.get(pair.b);
    if (!x || !y) continue;
    for (const [rule, set] of x) {
      const other = y.get(rule);
      if (other && new Set([...set, ...other]).size > 1) keptApart.add(`${pair.a}:${pair.b}`);
    }
  }
  return { groups, joins: groupJoins, refused, keptApart };
}
