// What end-to-end tests know about the built site: its address and folders (from the global
// setup, through Vitest's inject), and helpers to read what the build wrote.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema, type Article } from '../../../src/schemas/article.ts';

/** The built test site, as the global setup provides it. */
export interface E2eSite {
  /** Where the site is served, base path included, with a trailing slash: `http://127.0.0.1:4xxxx/recount/`. */
  baseUrl: string;
  /** The base path it was built for: `/recount/`. */
  basePath: string;
  /** The origin it was built for (`SITE_URL`), used in its absolute URLs: `http://127.0.0.1`. */
  siteUrl: string;
  /** Absolute path of the built site. */
  distDir: string;
  /** Absolute path of the content tree it was built from (sources, articles, reviews). */
  contentDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    recountE2e: E2eSite;
  }
}

/** The built site's address and folders; fails clearly when the e2e global setup did not run. */
export function e2eSite(): E2eSite {
  const site = inject('recountE2e');
  if (!site) throw new Error('No e2e site: run end-to-end tests in the "e2e" Vitest project (npx vitest run --project e2e)');
  return site;
}

/** Absolute URL of a site path, base included: `siteUrl('claims/x/')` -> `http://127.0.0.1:4xxxx/recount/claims/x/`. */
export function siteUrl(sitePath = ''): string {
  return new URL(sitePath.replace(/^\/+/, ''), e2eSite().baseUrl).href;
}

/** Absolute path of the built site (`dist/`). */
export function distDir(): string {
  return e2eSite().distDir;
}

/** The file a site path is served from: `claims/x/` -> `claims/x/index.html`, `data/claims.csv` as is. */
export function distFileFor(sitePath: string): string {
  const clean = sitePath.replace(/^\/+/, '').split(/[?#]/, 1)[0] ?? '';
  const relative = clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
  const file = path.resolve(distDir(), relative);
  if (!file.startsWith(path.resolve(distDir()) + path.sep)) throw new Error(`${sitePath} is outside dist`);
  return file;
}

/** Reads a built file as text by its site path (`claims/x/`, `sitemap-index.xml`). */
export function readDistFile(sitePath: string): Promise<string> {
  return readFile(distFileFor(sitePath), 'utf8');
}

/** Reads a built file as bytes by its site path (`claims/x/preview.png`). */
export function readDistBytes(sitePath: string): Promise<Buffer> {
  return readFile(distFileFor(sitePath));
}

/** Every HTML file of the build, as paths relative to dist with `/` separators, sorted. */
export async function listDistHtml(): Promise<string[]> {
  const entries = await readdir(distDir(), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(distDir(), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The site path a built HTML file answers: `claims/x/index.html` -> `claims/x/`, `404.html` as is. */
export function sitePathOf(distRelative: string): string {
  if (distRelative === 'index.html') return '';
  return distRelative.endsWith('/index.html') ? distRelative.slice(0, -'index.html'.length) : distRelative;
}

/** An entry the ingest wrote for the test site, with its article id (the file name). */
export interface E2eEntry {
  id: string;
  data: Article;
}

/** The article entries the test site was built from, validated against the schema. */
export async function readEntries(): Promise<E2eEntry[]> {
  const dir = path.join(e2eSite().contentDir, 'articles');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---/.exec(text);
      if (!match) throw new Error(`${name}: no front-matter`);
      const parsed = articleSchema.safeParse(parseYaml(match[1] ?? ''));
      if (!parsed.success) throw new Error(`${name}: invalid entry: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
      return { id: name.slice(0, -'.md'.length), data: parsed.data };
    }),
  );
}

/** Claim ids that have a review in the test site's content tree. */
export async function readReviewedClaimIds(): Promise<string[]> {
  const names = await readdir(path.join(e2eSite().contentDir, 'reviews'));
  return names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -'.md'.length)).sort();
}

/** Site paths listed in the built sitemap (base path removed), from sitemap-index.xml and its children. */
export async function readSitemapPaths(): Promise<string[]> {
  const { basePath } = e2eSite();
  const locs = (xml: string): string[] =>
    [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
  const toSitePath = (url: string): string => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith(basePath)) throw new Error(`sitemap URL ${url} is outside the base path ${basePath}`);
    return decodeURI(pathname.slice(basePath.length));
  };
  const index = await readDistFile('sitemap-index.xml');
  const paths: string[] = [];
  for (const child of locs(index)) {
    paths.push(...locs(await readDistFile(toSitePath(child))).map(toSitePath));
  }
  return [...new Set(paths)].sort();
}
