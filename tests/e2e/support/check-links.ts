// The broken-link gate: every URL a built page references on the site itself must name a file
// of the build, under the base path, with a trailing slash for pages, and any #fragment must be
// an id on the target page. Pure: it works on parsed pages and a file list, not on the disk.
import type { Root } from 'hast';
import { collectIds, collectReferences } from './inspect-html.ts';

/** A built site, as the link check sees it. */
export interface LinkCheckSite {
  /** Base path the site was built for: `/recount/`. */
  basePath: string;
  /** Origin its absolute URLs use: `http://127.0.0.1`. */
  siteOrigin: string;
  /** Every file of the build, relative to dist with `/` separators. */
  files: ReadonlySet<string>;
  /** Parsed HTML pages, by path relative to dist (`claims/x/index.html`). */
  pages: ReadonlyMap<string, Root>;
}

/** Where a URL found in a page leads. */
export type Resolution =
  | { kind: 'external' }
  | { kind: 'outside-base'; pathname: string }
  | { kind: 'internal'; file: string | null; slashless: boolean; fragment: string };

/** The address a built file is published at: `claims/x/index.html` -> `http://127.0.0.1/recount/claims/x/`. */
export function publicUrlOf(distRelative: string, site: Pick<LinkCheckSite, 'basePath' | 'siteOrigin'>): URL {
  const sitePath = distRelative === 'index.html' ? '' : distRelative.replace(/(^|\/)index\.html$/, '$1');
  return new URL(`${site.basePath}${sitePath}`, site.siteOrigin);
}

/** Resolves a referenced URL against the page it is on, to a file of the build or a reason it is not one. */
export function resolveReference(url: string, pageUrl: URL, site: Pick<LinkCheckSite, 'basePath' | 'siteOrigin' | 'files'>): Resolution {
  let target: URL;
  try {
    target = new URL(url, pageUrl);
  } catch {
    return { kind: 'internal', file: null, slashless: false, fragment: '' };
  }
  if ((target.protocol !== 'http:' && target.protocol !== 'https:') || target.origin !== new URL(site.siteOrigin).origin) {
    return { kind: 'external' };
  }
  if (!target.pathname.startsWith(site.basePath)) return { kind: 'outside-base', pathname: target.pathname };
  let relative: string;
  let fragment: string;
  try {
    relative = decodeURIComponent(target.pathname.slice(site.basePath.length));
    fragment = decodeURIComponent(target.hash.replace(/^#/, ''));
  } catch {
    return { kind: 'internal', file: null, slashless: false, fragment: '' };
  }
  const candidate = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  if (site.files.has(candidate)) return { kind: 'internal', file: candidate, slashless: false, fragment };
  const slashless = site.files.has(`${relative}/index.html`);
  return { kind: 'internal', file: null, slashless, fragment };
}

/** One line per broken internal reference across the site: `page: source "url" -> reason`. */
export function findLinkProblems(site: LinkCheckSite): string[] {
  const problems: string[] = [];
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = (page: string): Set<string> | undefined => {
    if (!idsByPage.has(page)) {
      const tree = site.pages.get(page);
      if (tree) idsByPage.set(page, collectIds(tree));
    }
    return idsByPage.get(page);
  };
  for (const [page, tree] of site.pages) {
    const pageUrl = publicUrlOf(page, site);
    for (const { source, url } of collectReferences(tree)) {
      const resolution = resolveReference(url, pageUrl, site);
      const where = `${page}: ${source} "${url}"`;
      if (resolution.kind === 'external') continue;
      if (resolution.kind === 'outside-base') {
        problems.push(`${where} -> ${resolution.pathname} is outside the base path ${site.basePath}; build links with the base`);
        continue;
      }
      if (resolution.file === null) {
        problems.push(
          resolution.slashless
            ? `${where} -> page URLs end with a slash (trailingSlash: 'always')`
            : `${where} -> no such file in the build`,
        );
        continue;
      }
      // Empty fragments and text fragments (`#:~:text=`) need no id.
      if (resolution.fragment === '' || resolution.fragment.startsWith(':~:')) continue;
      const ids = idsOf(resolution.file);
      if (ids && !ids.has(resolution.fragment)) {
        problems.push(`${where} -> ${resolution.file} has no element with id "${resolution.fragment}"`);
      }
    }
  }
  return problems;
}
