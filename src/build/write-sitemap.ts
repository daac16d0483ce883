// The sitemap, written from the finished site rather than from one Astro run's page list: an
// incremental or sharded build renders only some pages, yet the sitemap lists them all. Same
// files and format as @astrojs/sitemap (sitemap-index.xml and sitemap-<n>.xml), same order.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** URLs per sitemap file, as @astrojs/sitemap (the protocol allows 50,000). */
const ENTRY_LIMIT = 45_000;

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';

/** Escapes the five XML special characters. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// The order of @astrojs/sitemap (`localeCompare(b, 'en', { numeric: true })`), from one collator:
// localeCompare with options builds a collator per call, 4 s of a 100,000-page site's rebuild.
const byUrl = new Intl.Collator('en', { numeric: true }).compare;

/** Site paths (`claims/x/`, `` for the home page) of every page in a built site, from its `index.html` files. */
export async function listPagePaths(dist: string): Promise<string[]> {
  const pages: string[] = [];
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const dir = path.relative(dist, entry.parentPath).split(path.sep).join('/');
    pages.push(dir === '' ? '' : `${dir}/`);
  }
  return pages;
}

/** Site paths of the pages among a site's files (`/`-separated, relative to the site folder). */
export function pagePathsOf(files: Iterable<string>): string[] {
  const pages: string[] = [];
  for (const file of files) {
    if (file === 'index.html') pages.push('');
    else if (file.endsWith('/index.html')) pages.push(file.slice(0, -'index.html'.length));
  }
  return pages;
}

/** The sitemap files' names and contents for the given page paths under a site URL and base. */
export function renderSitemap(pagePaths: readonly string[], site: string, base: string): Map<string, string> {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  const urls = pagePaths.map((page) => new URL(page, root).href).sort(byUrl);
  const files = new Map<string, string>();
  const index: string[] = [];
  for (let start = 0, n = 0; start < urls.length; start += ENTRY_LIMIT, n++) {
    const chunk = urls.slice(start, start + ENTRY_LIMIT);
    files.set(`sitemap-${n}.xml`, `${URLSET_OPEN}${chunk.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('')}</urlset>`);
    index.push(`<sitemap><loc>${escapeXml(new URL(`sitemap-${n}.xml`, root).href)}</loc></sitemap>`);
  }
  files.set('sitemap-index.xml', `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>`);
  return files;
}

/**
 * Writes the sitemap of a built site into it, from its page paths when the caller knows them (a
 * walk of a 200,000-file site is seconds). Returns the number of pages listed and the size of
 * each file written.
 */
export async function writeSitemap(dist: string, site: string, base: string, pagePaths?: readonly string[]): Promise<{ pages: number; files: Record<string, number> }> {
  const pages = pagePaths ?? (await listPagePaths(dist));
  const files: Record<string, number> = {};
  for (const [name, content] of renderSitemap(pages, site, base)) {
    await writeFile(path.join(dist, name), content);
    files[name] = Buffer.byteLength(content);
  }
  return { pages: pages.length, files };
}
