// Links inside a built site that lead nowhere: every `href` and `src` under the site's base path
// must name a file of the site (a folder URL its index.html).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { forEachLimited } from './site-files.ts';

const LINK = /\s(?:href|src)="([^"]*)"/g;

/** The broken internal links of a site, as `page -> target` lines (at most `limit`). */
export async function findBrokenLinks(dist: string, files: readonly string[], base: string, limit = 20): Promise<string[]> {
  const present = new Set(files);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const broken: string[] = [];
  await forEachLimited(
    files.filter((file) => file.endsWith('.html')),
    async (page) => {
      if (broken.length >= limit) return;
      const html = await readFile(path.join(dist, page), 'utf8');
      for (const match of html.matchAll(LINK)) {
        const url = match[1]!.replace(/&amp;/g, '&').split(/[?#]/)[0]!;
        if (!url.startsWith(prefix) || url.startsWith('//')) continue;
        let target = decodeURIComponent(url.slice(prefix.length));
        if (target === '' || target.endsWith('/')) target += 'index.html';
        if (!present.has(target) && broken.length < limit) broken.push(`${page} -> ${url}`);
      }
    },
  );
  return broken;
}
