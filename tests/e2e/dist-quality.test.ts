// Site-wide quality gates over EVERY HTML file of the built test site: valid HTML, no broken
// internal links, nothing executable that came from article text, one h1 and a main per page,
// and small, script-light claim pages.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { findLinkProblems, resolveReference } from './support/check-links.ts';
import {
  attribute,
  elementsByTag,
  findEventHandlers,
  findScripts,
  findScriptUrls,
  parseHtml,
  metaContent,
  parseJsonLd,
} from './support/inspect-html.ts';
import { distDir, e2eSite, readSitemapPaths } from './support/site.ts';

/**
 * html-validate's recommended preset, adjusted only where the rule fights a deliberate choice.
 * Every other rule of the preset applies, as errors.
 */
const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Headlines are the outlet's own and may be longer than the rule's 70 characters; we do not
    // rewrite them to fit search-result snippets.
    'long-title': 'off',
    // Claim ids are public permalinks (`/articles/<id>/#<claim-id>`) and may start with a digit
    // (`324-schools-…`, allowed by claimIdSchema). HTML5 allows any id without spaces, and
    // `:target` and fragment navigation work with them; only the CSS-selector style is relaxed.
    'valid-id': ['error', { relaxed: true }],
  },
};

/** At most this many bytes of HTML plus CSS per claim page (the issue: "well under 50 KB"). */
const CLAIM_PAGE_BUDGET = 50 * 1024;

/** Every fixture's hostile script calls this; it must never reach a script of the site. */
const HOSTILE_PAYLOAD = 'alert(';

interface BuiltPage {
  html: string;
  tree: Root;
}

const pages = new Map<string, BuiltPage>();
const files = new Set<string>();

/** One message listing problems, capped so a systematic failure stays readable. */
function report(problems: string[], limit = 40): string {
  const shown = problems.slice(0, limit).join('\n  ');
  return problems.length > limit ? `${shown}\n  … and ${problems.length - limit} more` : shown;
}

beforeAll(async () => {
  const entries = await readdir(distDir(), { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files.add(path.relative(distDir(), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  await Promise.all(
    [...files]
      .filter((file) => file.endsWith('.html'))
      .map(async (file) => {
        const html = await readFile(path.join(distDir(), file), 'utf8');
        pages.set(file, { html, tree: parseHtml(html) });
      }),
  );
});

describe('every page of the built site', () => {
  it('includes the page types the gates are meant for', () => {
    const names = [...pages.keys()];
    expect(names).toContain('index.html');
    expect(names).toContain('404.html');
    expect(names.filter((name) => /^articles\/[^/]+\/index\.html$/.test(name)).length).toBeGreaterThan(0);
    expect(names.filter((name) => /^claims\/[^/]+\/index\.html$/.test(name)).length).toBeGreaterThan(0);
  });

  it('is valid HTML with no html-validate errors', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
    const problems: string[] = [];
    for (const [file, { html }] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
      const result = await validator.validateString(html, file);
      for (const message of result.results.flatMap((entry) => entry.messages)) {
        if (message.severity === 2) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems, `html-validate errors:\n  ${report(problems)}`).toEqual([]);
  });

  it('links only to files that exist, under the base path, with ids that exist', () => {
    const { basePath, siteUrl } = e2eSite();
    const problems = findLinkProblems({
      basePath,
      siteOrigin: siteUrl,
      files,
      pages: new Map([...pages].map(([file, page]) => [file, page.tree])),
    });
    expect(problems, `broken internal links:\n  ${report(problems)}`).toEqual([]);
  });

  it('lists only existing pages in its sitemap and feeds', async () => {
    const { basePath, siteUrl } = e2eSite();
    const problems: string[] = [];
    const expectPage = (where: string, url: string): void => {
      const resolution = resolveReference(url, new URL(basePath, siteUrl), { basePath, siteOrigin: siteUrl, files });
      if (resolution.kind !== 'internal' || resolution.file === null) problems.push(`${where}: ${url} is not a page of the site`);
    };
    const sitemapPaths = await readSitemapPaths();
    expect(sitemapPaths.length).toBeGreaterThan(0);
    for (const sitePath of sitemapPaths) expectPage('sitemap', new URL(`${basePath}${sitePath}`, siteUrl).href);
    // Feeds are whatever the home page announces with <link rel="alternate">.
    const home = pages.get('index.html')!.tree;
    const feeds = elementsByTag(home, 'link').filter((link) => /\balternate\b/.test(attribute(link, 'rel') ?? '') && /(rss|atom)\+xml/.test(attribute(link, 'type') ?? ''));
    expect(feeds.length, 'the home page announces a feed').toBeGreaterThan(0);
    for (const feed of feeds) {
      const local = localFile('index.html', attribute(feed, 'href') ?? '');
      if (local === null) {
        problems.push(`feed ${attribute(feed, 'href')} is not a file of the site`);
        continue;
      }
      const xml = await readFile(path.join(distDir(), local), 'utf8');
      const links = [...xml.matchAll(/<link>([^<]+)<\/link>|<link[^>]*\shref="([^"]+)"/g)].map((match) => (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&'));
      expect(links.length, `${local} links to its items`).toBeGreaterThan(1);
      for (const link of links) expectPage(local, link);
    }
    expect(problems, report(problems)).toEqual([]);
  });

  it('has no event-handler attribute and no javascript: URL anywhere', () => {
    const problems = [...pages].flatMap(([file, { tree }]) =>
      [...findEventHandlers(tree), ...findScriptUrls(tree)].map((found) => `${file}: ${found}`),
    );
    expect(problems, `executable markup:\n  ${report(problems)}`).toEqual([]);
  });

  it('runs no script that came from article text, and every JSON-LD block is JSON', async () => {
    const problems: string[] = [];
    const checkedFiles = new Map<string, string>();
    for (const [file, { tree }] of pages) {
      try {
        parseJsonLd(tree);
      } catch (error) {
        problems.push(`${file}: ${(error as Error).message}`);
      }
      for (const script of findScripts(tree)) {
        if (script.type === 'application/ld+json') continue;
        let code = script.text;
        if (script.src !== null) {
          const local = localFile(file, script.src);
          if (local === null) {
            problems.push(`${file}: <script src="${script.src}"> loads code from outside the site`);
            continue;
          }
          code = checkedFiles.get(local) ?? (await readFile(path.join(distDir(), local), 'utf8'));
          checkedFiles.set(local, code);
        }
        if (code.includes(HOSTILE_PAYLOAD)) problems.push(`${file}: a <script> contains the fixtures' payload "${HOSTILE_PAYLOAD}"`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  it('has exactly one h1 and one main element per page', () => {
    const problems = [...pages].flatMap(([file, { tree }]) => {
      const h1 = elementsByTag(tree, 'h1').length;
      const main = elementsByTag(tree, 'main').length;
      return h1 === 1 && main === 1 ? [] : [`${file}: ${h1} <h1>, ${main} <main>`];
    });
    expect(problems, report(problems)).toEqual([]);
  });
});

/** The dist file a same-site URL on a page names, or null when it is not on the site. */
function localFile(page: string, url: string): string | null {
  const { basePath, siteUrl } = e2eSite();
  const pageUrl = new URL(`${basePath}${page.replace(/(^|\/)index\.html$/, '$1')}`, siteUrl);
  const target = new URL(url, pageUrl);
  if (target.origin !== new URL(siteUrl).origin || !target.pathname.startsWith(basePath)) return null;
  const relative = decodeURIComponent(target.pathname.slice(basePath.length));
  return files.has(relative) ? relative : null;
}

/** A script's code plus every module it statically imports from the site (`import{a}from"./x.js"`). */
async function scriptWithImports(file: string, code: string, seen = new Set<string>()): Promise<string> {
  let all = code;
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/g)) {
    const local = localFile(file, match[1] ?? '');
    if (local === null || seen.has(local)) continue;
    seen.add(local);
    all += `\n${await scriptWithImports(local, await readFile(path.join(distDir(), local), 'utf8'), seen)}`;
  }
  return all;
}

describe('claim pages', () => {
  const claimPages = (): Array<[string, BuiltPage]> => [...pages].filter(([file]) => /^claims\/[^/]+\/index\.html$/.test(file));

  it(`weigh under ${CLAIM_PAGE_BUDGET / 1024} KB of HTML and CSS`, async () => {
    const problems: string[] = [];
    for (const [file, { html, tree }] of claimPages()) {
      let bytes = Buffer.byteLength(html);
      for (const link of elementsByTag(tree, 'link')) {
        if (!/\bstylesheet\b/.test(attribute(link, 'rel') ?? '')) continue;
        const local = localFile(file, attribute(link, 'href') ?? '');
        if (local !== null) bytes += (await readFile(path.join(distDir(), local))).length;
      }
      if (bytes >= CLAIM_PAGE_BUDGET) problems.push(`${file}: ${(bytes / 1024).toFixed(1)} KB of HTML+CSS`);
    }
    expect(claimPages().length).toBeGreaterThan(0);
    expect(problems, report(problems)).toEqual([]);
  });

  it('point og:image and twitter:image at their own 1200x630 PNG preview', async () => {
    const problems: string[] = [];
    for (const [file, { tree }] of claimPages()) {
      const expected = file.replace(/index\.html$/, 'preview.png');
      for (const key of ['og:image', 'twitter:image']) {
        const url = metaContent(tree, key);
        const local = url === null ? null : localFile(file, url);
        if (local !== expected) {
          problems.push(`${file}: ${key} is ${url ?? 'missing'}, not this claim's ${expected}`);
          continue;
        }
        const png = await readFile(path.join(distDir(), local));
        const size = png.toString('latin1', 12, 16) === 'IHDR' ? `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}` : 'not a PNG';
        if (size !== '1200x630') problems.push(`${file}: ${local} is ${size}`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  it('run no client JavaScript beyond the share button', async () => {
    const problems: string[] = [];
    for (const [file, { tree }] of claimPages()) {
      const scripts = findScripts(tree).filter((script) => script.type !== 'application/ld+json');
      if (scripts.length > 1) problems.push(`${file}: ${scripts.length} scripts; only the share button's is allowed`);
      for (const script of scripts) {
        const local = script.src === null ? null : localFile(file, script.src);
        if (script.src !== null && local === null) {
          problems.push(`${file}: <script src="${script.src}"> is not a file of the site`);
          continue;
        }
        const own = local === null ? script.text : await readFile(path.join(distDir(), local), 'utf8');
        const code = await scriptWithImports(local ?? file, own);
        // The share script is the one that copies the link or opens the share sheet.
        if (!/navigator\.share|clipboard/.test(code)) {
          problems.push(`${file}: a script that is not the share button's: ${(script.src ?? script.text).slice(0, 120)}`);
        }
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });
});
