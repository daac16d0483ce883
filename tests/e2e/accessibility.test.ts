// axe-core in Chromium on one page of every page type, at phone and desktop widths, in light and
// dark schemes: zero serious or critical violations. Page types come from the sitemap's URL
// patterns (plus the 404 page), so a new kind of page is swept as soon as it is published.
// RECOUNT_E2E_SCREENSHOTS=<folder> also saves a full-page screenshot of every variant.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, formatViolations, launchBrowser, newPage, VIEWPORTS, type TrackedPage } from './support/browser.ts';
import { pickOnePerType } from './support/page-types.ts';
import { readDistFile, readReviewedClaimIds, readSitemapPaths, siteUrl } from './support/site.ts';

/** Page types the issue names; each must exist in the build (comparisons and search join when built). */
const REQUIRED_TYPES = [
  'home',
  'articles/*',
  'claims/*',
  'claims/* (reviewed)',
  'speakers',
  'speakers/*',
  'data',
  'methodology',
  'corrections',
  '404',
];

const reviewedClaimIds = new Set(await readReviewedClaimIds());
const pageTypes = pickOnePerType([...(await readSitemapPaths()), '404.html'], { reviewedClaimIds });
const variants = [
  { viewport: 'phone', colorScheme: 'light' },
  { viewport: 'phone', colorScheme: 'dark' },
  { viewport: 'desktop', colorScheme: 'light' },
  { viewport: 'desktop', colorScheme: 'dark' },
] as const;
const screenshots = process.env.RECOUNT_E2E_SCREENSHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  if (screenshots) await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('page types', () => {
  it('include every type the site must have', () => {
    expect([...pageTypes.keys()]).toEqual(expect.arrayContaining(REQUIRED_TYPES));
  });

  it('serve the 404 page, with status 404, for an address that does not exist', async () => {
    const response = await fetch(siteUrl('claims/no-such-claim/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(await readDistFile('404.html'));
  });
});

// One page per type, loaded once; each variant resizes it and switches its colour scheme
// (page.emulateMedia) before axe runs again, which is what keeps the sweep quick.
describe.each([...pageTypes])('%s page (%s)', (type, sitePath) => {
  let tracked: TrackedPage;
  beforeAll(async () => {
    tracked = await newPage(browser, { failTestOnErrors: false });
    await tracked.page.goto(siteUrl(sitePath), { waitUntil: 'networkidle' });
  });
  afterAll(async () => {
    await tracked?.close();
  });

  it.each(variants)('has no serious or critical axe violations ($viewport, $colorScheme)', async ({ viewport, colorScheme }) => {
    const { page } = tracked;
    await page.setViewportSize(VIEWPORTS[viewport]);
    await page.emulateMedia({ colorScheme });
    const violations = await axe(page);
    if (screenshots) {
      const name = `${type.replace('/*', ' item').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${viewport}-${colorScheme}.png`;
      await page.screenshot({ path: path.join(screenshots, name), fullPage: true });
    }
    expect(violations, `${sitePath} (${viewport}, ${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
  });

  it('loads and reflows without console errors, page errors or failed requests', () => {
    tracked.assertNoErrors();
  });
});
