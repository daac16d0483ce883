// The hostile fixtures (tests/fixtures/e2e-sources/hostile-*) put `<script>`, `<img onerror>`
// and `javascript:` links in the same sentence as a figure, and in headlines. Wherever that text
// lands (article page, claim page, meta tags, JSON-LD) it must be shown as text: visible, not
// executed, not double-escaped, with no dialog and no console error.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, type TrackedPage } from './support/browser.ts';
import { findEventHandlers, findScripts, findScriptUrls, parseHtml, parseJsonLd } from './support/inspect-html.ts';
import { readDistFile, readEntries, siteUrl, type E2eEntry } from './support/site.ts';

/** The markup the hostile fixtures carry; each must survive into some claim's text. */
const MARKERS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)'];

/** Signs of text escaped twice (`&amp;lt;` shows as `&lt;`). */
const DOUBLE_ESCAPED = /&(?:lt|gt|quot|amp|#\d+|#x[0-9a-f]+);/i;

const hostile = (await readEntries()).filter((entry) => path.basename(entry.data.source).startsWith('hostile-'));
const hasMarker = (text: string): boolean => MARKERS.some((marker) => text.includes(marker)) || /<[a-z/]/i.test(text);
const hostileClaims = hostile.flatMap((entry) => entry.data.claims.filter((claim) => hasMarker(claim.text)).map((claim) => ({ entry, claim })));

/** Whitespace collapsed, for comparing text as a reader sees it. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every string anywhere inside a parsed JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a site page, failing the test on any dialog, console error or page error in it. */
async function open(sitePath: string): Promise<TrackedPage> {
  const tracked = await newPage(browser);
  await tracked.page.goto(siteUrl(sitePath), { waitUntil: 'networkidle' });
  return tracked;
}

/** Checks common to every page showing hostile text: nothing ran, nothing was built from it. */
async function expectNothingExecutable(tracked: TrackedPage, sitePath: string): Promise<void> {
  const { page } = tracked;
  const built = await page.evaluate(() => ({
    // JSON-LD is data, not code: the claim text belongs in it (escaped), and is checked below.
    payloadScripts: [...document.scripts].filter((script) => script.type !== 'application/ld+json' && script.text.includes('alert(')).length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
    scriptLinks: [...document.querySelectorAll('a[href], form[action]')].filter((element) =>
      /^\s*javascript:/i.test(element.getAttribute('href') ?? element.getAttribute('action') ?? ''),
    ).length,
  }));
  expect(built, sitePath).toEqual({ payloadScripts: 0, handlers: 0, scriptLinks: 0 });
  // The same questions of the built file as an HTML parser reads it, before any script runs.
  const tree = parseHtml(await readDistFile(sitePath));
  const payloadScripts = findScripts(tree).filter((script) => script.type !== 'application/ld+json' && script.text.includes('alert('));
  expect([...findEventHandlers(tree), ...findScriptUrls(tree), ...payloadScripts.map((script) => script.text)], sitePath).toEqual([]);
  const metas = await page.locator('meta[content]').evaluateAll((elements) => elements.map((element) => element.getAttribute('content') ?? ''));
  const doubled = metas.filter((content) => DOUBLE_ESCAPED.test(content));
  expect(doubled, `${sitePath}: meta tags with doubly escaped text`).toEqual([]);
  expect(await page.locator('main').innerText(), `${sitePath}: doubly escaped text on the page`).not.toMatch(DOUBLE_ESCAPED);
}

describe('the hostile fixtures', () => {
  it('reach the site from all three formats, with their markup kept as text in claims', () => {
    expect(hostile.map((entry) => path.extname(entry.data.source)).sort()).toEqual(['.html', '.md', '.txt']);
    const texts = hostileClaims.map(({ claim }) => claim.text).join('\n');
    for (const marker of MARKERS) expect(texts, `no hostile claim carries ${marker}`).toContain(marker);
  });
});

describe.each(hostile.map((entry): [string, E2eEntry] => [entry.id, entry]))('article %s', (id, entry) => {
  it('shows its headline and hostile sentences as text, in the page and its meta tags', async () => {
    const sitePath = `articles/${id}/`;
    const tracked = await open(sitePath);
    const { page } = tracked;
    expect(squash(await page.locator('h1').innerText())).toBe(squash(entry.data.title));
    expect(await page.title()).toContain(entry.data.title);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(entry.data.title);
    const main = squash(await page.locator('main').innerText());
    for (const claim of entry.data.claims.filter((claim) => hasMarker(claim.text))) expect(main).toContain(squash(claim.text));
    await expectNothingExecutable(tracked, sitePath);
  });
});

describe.each(hostileClaims.map(({ entry, claim }): [string, typeof claim, E2eEntry] => [claim.id, claim, entry]))(
  'claim %s',
  (id, claim) => {
    it('shows the sentence as text and carries it literally in its JSON-LD', async () => {
      const sitePath = `claims/${id}/`;
      const tracked = await open(sitePath);
      expect(squash(await tracked.page.locator('main').innerText())).toContain(squash(claim.text));
      const jsonLd = parseJsonLd(parseHtml(await readDistFile(sitePath)));
      expect(strings(jsonLd), 'the claim text in the JSON-LD').toContain(claim.text);
      await expectNothingExecutable(tracked, sitePath);
    });
  },
);
