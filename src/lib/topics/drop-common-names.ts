// Names that tie two reports to one story must be rare in the archive. On a desk that covers one
// campaign, "Trump" or "Clinton" is in half the sentences and says nothing about which figure is
// which; "Benghazi" or "Soros" does. A name that occurs in the sentences of more than a small
// share of the articles is dropped from every claim's names before scoring.
import type { ClaimProfile } from './profile-claim.ts';

/** A name stays an anchor while it occurs in at most this share of the articles… */
const COMMON_SHARE = 0.08;
/** …or in at most this many articles, whichever is more (a small site keeps all its names). */
const COMMON_FLOOR = 20;

/** Removes the names common across articles (see the header) from each profile, in place; returns them. */
export function dropCommonNames(profiles: readonly ClaimProfile[]): ReadonlySet<string> {
  const articlesWith = new Map<string, Set<string>>();
  const articles = new Set<string>();
  for (const profile of profiles) {
    articles.add(profile.articleId);
    for (const name of profile.names ?? []) {
      const seen = articlesWith.get(name);
      if (seen) seen.add(profile.articleId);
      else articlesWith.set(name, new Set([profile.articleId]));
    }
  }
  const limit = Math.max(COMMON_FLOOR, COMMON_SHARE * articles.size);
  const common = new Set([...articlesWith].filter(([, seen]) => seen.size > limit).map(([name]) => name));
  if (common.size > 0) for (const profile of profiles) dropNames(profile, common);
  return common;
}

/** Removes the given names from one profile, in place: what dropCommonNames does to each. */
export function dropNames(profile: ClaimProfile, common: ReadonlySet<string>): void {
  if (profile.names === null || common.size === 0) return;
  for (const name of profile.names) if (common.has(name)) profile.names.delete(name);
}
