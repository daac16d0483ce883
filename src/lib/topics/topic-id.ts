// Stable topic ids. A topic's id comes from its anchor claim: the earliest-published claim in it
// (by article date, undated last, then by claim id). The id is the slug of the anchor's unit
// family (`school`, `usd`) and the first 8 hex digits of the SHA-256 of the anchor's claim id:
// `school-1f3a9c0d`. Claim ids are stable across rebuilds, so topic ids are too; adding newer
// articles never changes them; merging two topics keeps the older topic's id. Only an article
// older than every claim in a topic (a back-filled archive) gives the topic a new anchor, and so
// a new id: editors who need an address to last forever confirm the topic in content/topics.yaml.
import { createHash } from 'node:crypto';
import type { MatchableClaim } from './matchable-claim.ts';

/** Lowercase, hyphenated slug: `mass per year` -> `mass-per-year`. */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'topic'
  );
}

/** Orders claims oldest first by article date (undated last), then by claim id. */
export function byPublication(a: MatchableClaim, b: MatchableClaim): number {
  const dateA = a.article.data.date;
  const dateB = b.article.data.date;
  if (dateA !== dateB) {
    if (dateA === null) return 1;
    if (dateB === null) return -1;
    // Plain dates (the usual case) sort as text; parse only when a time or offset is involved.
    if (dateA.length === 10 && dateB.length === 10) return dateA < dateB ? -1 : 1;
    // ISO dates with the same offset sort as text; compare instants when offsets differ.
    const diff = Date.parse(dateA) - Date.parse(dateB);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
    if (dateA < dateB) return -1;
    if (dateA > dateB) return 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The claim a topic's id derives from: the earliest published (see the header). */
export function pickAnchor<C extends MatchableClaim>(claims: readonly C[]): C {
  return claims.reduce((best, claim) => (byPublication(claim, best) < 0 ? claim : best));
}

/** The stable id of a topic anchored on `anchorId`, in the unit family `familyLabel` (see the header). */
export function topicId(anchorId: string, familyLabel: string): string {
  const hash = createHash('sha256').update(anchorId).digest('hex').slice(0, 8);
  return `${slug(familyLabel)}-${hash}`;
}
