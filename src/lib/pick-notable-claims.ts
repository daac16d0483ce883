// "The most notable claims" on the home page. Notable, here, means in this order: an editor has
// reviewed it, someone named said it, its figure is definite rather than vague, and it is
// recent. No one article may fill the list while others have claims to show.

/** The claim fields the choice looks at (a `ClaimRecord` has them). */
export interface NotableCandidate {
  id: string;
  speaker: string | null;
  qualifier: string;
  review: { data: { date: string } } | null;
  article: { id: string; data: { date: string | null } };
}

/** How strongly a claim asks to be shown: higher first (see the file comment for the order). */
function rank(claim: NotableCandidate): number[] {
  return [claim.review ? 1 : 0, claim.speaker === null ? 0 : 1, claim.qualifier === 'vague' ? 0 : 1];
}

/** Compares two candidates, most notable first; ties go to the newer article, then to the id. */
function compare(a: NotableCandidate, b: NotableCandidate): number {
  const ra = rank(a);
  const rb = rank(b);
  for (let index = 0; index < ra.length; index++) {
    const diff = (rb[index] ?? 0) - (ra[index] ?? 0);
    if (diff !== 0) return diff;
  }
  const da = a.review?.data.date ?? a.article.data.date ?? '';
  const db = b.review?.data.date ?? b.article.data.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id.localeCompare(b.id);
}

/** Picks up to `limit` claims, at most `perArticle` from one article until every article has had its turn. */
export function pickNotableClaims<T extends NotableCandidate>(claims: T[], limit: number, perArticle = 2): T[] {
  const sorted = [...claims].sort(compare);
  const picked: T[] = [];
  const perArticleCount = new Map<string, number>();
  for (const claim of sorted) {
    if (picked.length >= limit) break;
    const count = perArticleCount.get(claim.article.id) ?? 0;
    if (count >= perArticle) continue;
    perArticleCount.set(claim.article.id, count + 1);
    picked.push(claim);
  }
  for (const claim of sorted) {
    if (picked.length >= limit) break;
    if (!picked.includes(claim)) picked.push(claim);
  }
  return picked.sort(compare);
}
