// Every internal link goes through here, so the site works under a sub-path (`base`) and the
// public URL scheme lives in one place: /articles/<id>/, /claims/<id>/, /speakers/<slug>/ ...

/** The base path the site is built for (`/` or `/sub/path/`), from Astro's `BASE_URL`. */
function currentBase(): string {
  return import.meta.env?.BASE_URL ?? '/';
}

/** Prefixes a site-relative path with the base: (`claims/x/`, `/recount`) -> `/recount/claims/x/`. */
export function withBase(path: string, base: string = currentBase()): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${prefix.startsWith('/') ? prefix : `/${prefix}`}${rest}`;
}

/** Absolute URL of a site-relative path on the public origin (Open Graph, feeds, JSON-LD). */
export function absoluteUrl(path: string, site: string | URL, base: string = currentBase()): string {
  return new URL(withBase(path, base), site).href;
}

/** Path of an article page, without the base: `articles/<article-id>/`. */
export function articlePath(articleId: string): string {
  return `articles/${encodeURIComponent(articleId)}/`;
}

/** Path of a marked claim inside its article: `articles/<article-id>/#<claim-id>`. */
export function claimInArticlePath(articleId: string, claimId: string): string {
  return `${articlePath(articleId)}#${encodeURIComponent(claimId)}`;
}

/** Path of a claim's permalink page: `claims/<claim-id>/`. */
export function claimPath(claimId: string): string {
  return `claims/${encodeURIComponent(claimId)}/`;
}

/** Path of a claim's 1200x630 preview image: `claims/<claim-id>/preview.png`. */
export function claimPreviewPath(claimId: string): string {
  return `${claimPath(claimId)}preview.png`;
}

/** Path of a speaker's page: `speakers/<speaker-slug>/`. */
export function speakerPath(slug: string): string {
  return `speakers/${encodeURIComponent(slug)}/`;
}

/** Path of a comparison topic page: `compare/<topic-id>/`. */
export function comparePath(topicId: string): string {
  return `compare/${encodeURIComponent(topicId)}/`;
}

/** Fixed pages of the site, without the base. */
export const PAGES = {
  home: '',
  articles: 'articles/',
  speakers: 'speakers/',
  compare: 'compare/',
  search: 'search/',
  data: 'data/',
  methodology: 'methodology/',
  corrections: 'corrections/',
  claimsJson: 'data/claims.json',
  claimsCsv: 'data/claims.csv',
  feed: 'feed.xml',
  sitemap: 'sitemap-index.xml',
} as const;
