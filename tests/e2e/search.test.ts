// The search page in Chromium, on the e2e site (the two sample articles, the hostile fixtures and a
// reviewed claim, under the /recount/ base path): typed queries with words, a typo and figures;
// filters; the URL and the back button; keyboard use; hostile article text shown as text; and
// what the page offers without JavaScript. Claims are found by what they say, not by their ids,
// so the tests follow the ingest when it renames a claim.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, formatViolations, launchBrowser, newPage, type TrackedPage } from './support/browser.ts';
import { e2eSite, readEntries, readReviewedClaimIds, siteUrl } from './support/site.ts';

const entries = await readEntries();
const claims = entries.flatMap((entry) => entry.data.claims.map((claim) => ({ ...claim, entry })));
type E2eClaim = (typeof claims)[number];

/** The claim the test needs, or a failure saying which one the ingest did not produce. */
function claimWhere(test: (claim: E2eClaim) => boolean, what: string): E2eClaim {
  const claim = claims.find(test);
  if (!claim) throw new Error(`The e2e site has no claim ${what}; the search tests need it.`);
  return claim;
}

const schools340 = claimWhere((claim) => claim.value === 340 && /schools/i.test(claim.text), 'of more than 340 schools');
const students160k = claimWhere((claim) => claim.value === 160_000, 'of about 160,000 students');
const trade4bn = claimWhere((claim) => claim.value === 4e9 && claim.unit === 'USD', 'of $4 billion');
const railway120m = claimWhere((claim) => claim.value === 1.2e8, 'of approximately $120 million');
const hostileClaim = claimWhere((claim) => claim.text.includes('<img src=x onerror=alert(1)>'), 'carrying <img src=x onerror=alert(1)>');
const [reviewedId] = await readReviewedClaimIds();

/** The permalink path of a claim as the results link it, base path included. */
const claimHref = (claim: { id: string }) => `${e2eSite().basePath}claims/${claim.id}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the search page (with a query string, if given); the test fails on any console error or dialog. */
async function openSearch(search = ''): Promise<TrackedPage> {
  const tracked = await newPage(browser);
  await tracked.page.goto(siteUrl(`search/${search}`));
  return tracked;
}

/** How many times the page has rendered results so far. */
async function renderCount(page: Page): Promise<number> {
  return Number((await page.locator('[data-search-results]').getAttribute('data-renders')) ?? 0);
}

/** Waits until the results for exactly this query are on the page (rendered after `after` renders, if given). */
async function waitForResults(page: Page, query: string, after = -1): Promise<void> {
  await page.waitForFunction(
    ([expected, count]) => {
      const results = document.querySelector('[data-search-results]');
      return (
        results?.getAttribute('data-state') === 'done' &&
        results.getAttribute('data-query') === expected &&
        Number(results.getAttribute('data-renders') ?? 0) > count
      );
    },
    [query, after] as const,
  );
}

/** Does something that changes the search (a filter, the back button) and waits for the new results. */
async function andWait(page: Page, query: string, action: () => Promise<unknown>): Promise<void> {
  const before = await renderCount(page);
  await action();
  await waitForResults(page, query, before);
}

/** Replaces the query and waits for its results. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('#search-q').fill(query);
  await waitForResults(page, query);
}

/** The result links, in order. */
function resultHrefs(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] a.search-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** The query string of the page's address, decoded. */
function urlParams(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

describe('typing a query', () => {
  it('finds claims word by word as the reader types, and highlights the words', async () => {
    const { page } = await openSearch();
    await page.locator('#search-q').pressSequentially('russian schools');
    await waitForResults(page, 'russian schools');
    expect(await resultHrefs(page)).toContain(claimHref(schools340));
    expect(urlParams(page)).toEqual({ q: 'russian schools' });
    const result = page.locator(`[data-search-results] li:has(a[href="${claimHref(schools340)}"])`);
    const marks = await result.locator('mark').allInnerTexts();
    expect(marks.map((mark) => mark.toLowerCase())).toEqual(expect.arrayContaining(['russian', 'schools']));
    expect(await result.locator('.meta').innerText()).toContain(schools340.quantity);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/\d+ results? for “russian schools”/);
  });

  it('forgives typos', async () => {
    const { page } = await openSearch();
    await page.locator('#search-q').pressSequentially('russain schols');
    await waitForResults(page, 'russain schols');
    expect(await resultHrefs(page)).toContain(claimHref(schools340));
  });

  it.each([
    ['340', 'more than 340 schools', schools340],
    ['160k', 'about 160,000 students', students160k],
    ['4 billion', '$4 billion of trade', trade4bn],
    ['$4bn', '$4 billion of trade', trade4bn],
    ['4000000000', '$4 billion of trade', trade4bn],
    ['$120m', 'approximately $120 million', railway120m],
    ['aliyev trade', '$4 billion of trade', trade4bn],
  ])('puts first, for %j, the claim of %s', async (query, _what, claim) => {
    const { page } = await openSearch();
    await search(page, query);
    const hrefs = await resultHrefs(page);
    expect(hrefs[0], `first result for ${query}`).toBe(claimHref(claim));
  });

  it('labels results by type and shows the figure, speaker and date of each claim', async () => {
    const { page } = await openSearch();
    await search(page, 'aliyev');
    const headings = await page.locator('[data-search-results] h2').allInnerTexts();
    expect(headings.map((heading) => heading.replace(/\s*\(\d+\)$/, ''))).toEqual(expect.arrayContaining(['Claims', 'Speakers']));
    const claim = page.locator('[data-search-results] li[data-type="claim"]').first();
    expect(await claim.locator('.search-result-type').innerText()).toMatch(/claim/i);
    const meta = await claim.locator('.meta').innerText();
    expect(meta).toContain('Ilham Aliyev');
    expect(meta).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('says so when nothing matches', async () => {
    const { page } = await openSearch();
    await search(page, 'zzqxv');
    expect(await resultHrefs(page)).toEqual([]);
    expect(await page.locator('[data-search-status]').innerText()).toContain('No results for “zzqxv”');
  });
});

describe('filters and the address bar', () => {
  it('filters by verdict and speaker, keeps them in the URL, and walks back through them', async () => {
    expect(reviewedId, 'the e2e site has a reviewed claim').toBeDefined();
    const { page } = await openSearch();
    await page.locator('#search-q').pressSequentially('schools');
    await waitForResults(page, 'schools');
    const unfiltered = await resultHrefs(page);
    expect(unfiltered.length).toBeGreaterThan(1);

    await andWait(page, 'schools', () => page.locator('select[name="verdict"]').selectOption('needs-context'));
    expect(urlParams(page)).toEqual({ q: 'schools', verdict: 'needs-context' });
    expect((await resultHrefs(page)).filter((href) => href.includes('/claims/'))).toEqual([`${e2eSite().basePath}claims/${reviewedId}/`]);

    await andWait(page, 'schools', () => page.locator('select[name="verdict"]').selectOption(''));
    await andWait(page, 'schools', () => page.locator('select[name="speaker"]').selectOption('ilham-aliyev'));
    expect(urlParams(page)).toEqual({ q: 'schools', speaker: 'ilham-aliyev' });
    const bySpeaker = await resultHrefs(page);
    expect(bySpeaker).toContain(claimHref(schools340));
    expect(bySpeaker).not.toContain(claimHref(hostileClaim));

    await andWait(page, 'schools', () => page.goBack());
    expect(urlParams(page)).toEqual({ q: 'schools' });
    expect(await page.locator('select[name="speaker"]').inputValue()).toBe('');
    await andWait(page, 'schools', () => page.goBack());
    expect(urlParams(page)).toEqual({ q: 'schools', verdict: 'needs-context' });
    expect(await page.locator('select[name="verdict"]').inputValue()).toBe('needs-context');
    await andWait(page, 'schools', () => page.goBack());
    expect(await resultHrefs(page)).toEqual(unfiltered);
    await andWait(page, '', () => page.goBack());
    expect(await page.locator('#search-q').inputValue()).toBe('');
    expect(await resultHrefs(page)).toEqual([]);
  });

  it('opens a shared search from its address', async () => {
    const { page } = await openSearch('?q=aliyev+trade&kind=money');
    await waitForResults(page, 'aliyev trade');
    expect(await page.locator('#search-q').inputValue()).toBe('aliyev trade');
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('money');
    const hrefs = await resultHrefs(page);
    expect(hrefs).toContain(claimHref(trade4bn));
    expect(hrefs).not.toContain(claimHref(schools340));
  });

  it('takes a search from the header form of any page', async () => {
    const { page } = await newPage(browser);
    await page.goto(siteUrl(''));
    await page.locator('header form[role="search"] input[name="q"]').fill('160k');
    await page.locator('header form[role="search"] input[name="q"]').press('Enter');
    await waitForResults(page, '160k');
    expect(await resultHrefs(page)).toContain(claimHref(students160k));
  });
});

describe('the keyboard', () => {
  it('moves through the results with the arrows, leaves them with Escape and opens one with Enter', async () => {
    const { page } = await openSearch();
    const input = page.locator('#search-q');
    await input.focus();
    await page.keyboard.type('students');
    await waitForResults(page, 'students');
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(1);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('href') ?? document.activeElement?.id);

    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-q');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('search-q');
    await andWait(page, '', () => page.keyboard.press('Escape'));
    expect(await input.inputValue()).toBe('');
    expect(urlParams(page)).toEqual({});

    await page.keyboard.type('trade');
    await waitForResults(page, 'trade');
    await page.keyboard.press('ArrowDown');
    const target = await focused();
    await Promise.all([page.waitForURL((url) => url.pathname === target), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toMatch(/\/claims\/[a-z0-9-]+\/$/);
  });
});

describe('hostile article text', () => {
  it('shows markup from an article as text, runs nothing and logs no error', async () => {
    const tracked = await openSearch();
    const { page } = tracked;
    await page.locator('#search-q').pressSequentially('onerror');
    await waitForResults(page, 'onerror');
    const hrefs = await resultHrefs(page);
    expect(hrefs).toContain(claimHref(hostileClaim));
    const results = page.locator('[data-search-results]');
    expect(await results.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await results.locator('img, script, iframe, [onerror], [onload]').count()).toBe(0);
    expect(await results.locator('mark').allInnerTexts()).toContain('onerror');
    tracked.assertNoErrors();
  });
});

describe('accessibility', () => {
  it('has no serious axe violations with results on the page', async () => {
    const { page } = await openSearch('?q=schools');
    await waitForResults(page, 'schools');
    const violations = await axe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('offers the speaker, comparison and article indexes to browse', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('search/?q=schools'));
    const browse = page.locator('[data-search-browse]');
    expect(await browse.isVisible()).toBe(true);
    const links = await browse.locator('a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const base = e2eSite().basePath;
    expect(links).toContain(`${base}speakers/ilham-aliyev/`);
    // The page lists the 30 newest articles and links to the rest; the e2e site has fewer.
    expect(entries.length).toBeLessThanOrEqual(30);
    expect(links).toEqual(expect.arrayContaining(entries.map((entry) => `${base}articles/${entry.id}/`)));
    expect(links.some((href) => href.startsWith(`${base}compare/`))).toBe(true);
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
  });
});
