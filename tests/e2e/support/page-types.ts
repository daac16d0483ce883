// Page types, discovered from URLs rather than listed by hand, so a new kind of page is swept by
// the accessibility and console checks the day it appears in the sitemap.
//   ''                 -> home
//   'data/'            -> data            (any single-segment page is its own type)
//   'claims/<id>/'     -> claims/*        (and claims/* (reviewed) when the claim has a review)
//   'compare/<id>/'    -> compare/*

/** How to name a site path's page type. */
export interface ClassifyOptions {
  /** Claim ids with an editor's review: their pages are a type of their own (ClaimReview markup). */
  reviewedClaimIds?: ReadonlySet<string>;
}

/** The page type of a site path (no base, e.g. `claims/x/`): `home`, `data`, `claims/*`, `claims/* (reviewed)`. */
export function classifyPath(sitePath: string, options: ClassifyOptions = {}): string {
  const segments = sitePath.split(/[?#]/, 1)[0]!.split('/').filter(Boolean);
  const [first, second] = segments;
  if (first === undefined) return 'home';
  if (second === undefined) return first.replace(/\.html$/, '');
  if (first === 'claims' && options.reviewedClaimIds?.has(second)) return 'claims/* (reviewed)';
  return `${first}/*`;
}

/** One example page per type (the first path of each type in sorted order), by type name, sorted. */
export function pickOnePerType(sitePaths: Iterable<string>, options: ClassifyOptions = {}): Map<string, string> {
  const picked = new Map<string, string>();
  for (const sitePath of [...sitePaths].sort()) {
    const type = classifyPath(sitePath, options);
    if (!picked.has(type)) picked.set(type, sitePath);
  }
  return new Map([...picked].sort(([a], [b]) => a.localeCompare(b)));
}
