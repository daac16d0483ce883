// Comparisons in the browser: from the "more than 340 schools" claim page, through its related
// claims panel, to the comparison with the 2024 figure of 324; the page reads the fall, draws the
// chart with links back to both claims, and passes an accessibility check. The comparison index
// lists it. The claims are found in the ingested test content by their figures, not by id.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import { axe, formatViolations, launchBrowser, newPage } from './support/browser.ts';
import { e2eSite, readEntries, siteUrl } from './support/site.ts';
import { sitePathOf, squash } from './support/page-text.ts';

let browser: Browser;
let claims: Array<Claim & { articleId: string }>;

beforeAll(async () => {
  browser = await launchBrowser();
  const entries = await readEntries();
  claims = entries.flatMap((entry) => entry.data.claims.map((claim) => ({ ...claim, articleId: entry.id })));
});
afterAll(async () => {
  await browser?.close();
});

/** The one claim of the test content with this unit, qualifier and value. */
function findClaim(unit: string, qualifier: Claim['qualifier'], value: number | null): Claim & { articleId: string } {
  const found = claims.filter((claim) => claim.unit === unit && claim.qualifier === qualifier && claim.value === value);
  expect(found, `one ${qualifier} ${value} ${unit} claim in the ingested samples`).toHaveLength(1);
  return found[0]!;
}

describe('comparisons', () => {
  it('opens the 340/324 comparison from the claim page and reads the fall', async () => {
    const before = findClaim('school', 'more-than', 340);
    const after = findClaim('school', 'exact', 324);
    const { page } = await newPage(browser);

    // 1. The 2021 claim's page links into the comparison from its related-claims panel.
    await page.goto(siteUrl(`claims/${before.id}/`));
    const panel = page.getByRole('region', { name: 'Related claims from other articles' });
    await expect(panel.getByText('No other article has a comparable figure yet.').count()).resolves.toBe(0);
    await expect(panel.getByRole('link', { name: /324 schools/ }).count()).resolves.toBe(1);
    await panel.getByRole('link', { name: /^See the comparison/ }).click();
    await page.waitForURL(/\/compare\/[a-z0-9-]+\/$/);
    expect(sitePathOf(page)).toMatch(/^compare\/school-[0-9a-f]{8}\/$/);

    // 2. The comparison says who said what, when, and reads the fall.
    expect(squash(await page.locator('.topic-summary').textContent())).toBe(
      'Ilham Aliyev put the number of schools with teaching conducted in Russian at more than 340 in September 2021 and at 324 in August 2024.',
    );
    const headline = squash(await page.locator('.topic-headline').textContent());
    expect(headline).toContain('Down by more than 16 (more than 4.7%) in about three years');
    expect(headline).toContain('The same speaker gave both figures.');

    // 3. The timeline row of the 2024 figure carries the change; both figures link to their claims.
    const row = page.locator(`#point-${after.id}`);
    expect(squash(await row.textContent())).toContain('down by more than 16 (more than 4.7%)');
    const table = page.getByRole('table');
    for (const claim of [before, after]) {
      await expect(table.locator(`a[href$="/claims/${claim.id}/"]`).count()).resolves.toBe(1);
    }

    // 4. The chart is an SVG built at build time, with a link per figure, named for people.
    const chart = page.locator('figure.topic-chart svg');
    expect(squash(await chart.locator('title').first().textContent())).toBe('Schools with teaching conducted in Russian: figures over time');
    const marks = chart.locator('a.mark');
    await expect(marks.count()).resolves.toBe(2);
    await expect(marks.first().getAttribute('aria-label')).resolves.toBe('more than 340, September 2021, Ilham Aliyev: open the claim');
    await expect(marks.first().getAttribute('href')).resolves.toBe(`${e2eSite().basePath}claims/${before.id}/`);

    // 5. Accessible, and the index lists the comparison.
    const violations = await axe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    const comparisonPath = sitePathOf(page);
    await page.goto(siteUrl('compare/'));
    await expect(page.locator(`a[href$="/${comparisonPath}"]`).count()).resolves.toBe(1);
  });

  it('keeps the figures for university students and learners of Russian out of the school comparisons', async () => {
    const { page } = await newPage(browser);
    const outsiders = [findClaim('student', 'more-than', 800_000), findClaim('student', 'more-than', 15_000)];
    for (const claim of outsiders) {
      await page.goto(siteUrl(`claims/${claim.id}/`));
      const panel = page.getByRole('region', { name: 'Related claims from other articles' });
      await expect(panel.getByText('This figure is part of the comparison').count()).resolves.toBe(0);
    }
    // The pupils' comparison (tens of thousands, then about 160,000) lists neither.
    await page.goto(siteUrl(`claims/${findClaim('student', 'vague', null).id}/`));
    await page.getByRole('region', { name: 'Related claims from other articles' }).getByRole('link', { name: /^See the comparison/ }).click();
    await page.waitForURL(/\/compare\/[a-z0-9-]+\/$/);
    const table = page.getByRole('table');
    await expect(table.locator('a[href*="/claims/"]').count()).resolves.toBe(2);
    for (const claim of outsiders) await expect(table.locator(`a[href$="/claims/${claim.id}/"]`).count()).resolves.toBe(0);
    expect(squash(await page.locator('.topic-headline').textContent())).toContain('Up by at least 60,000');
  });
});
