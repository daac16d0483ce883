// The reader's journey through the built site in headless Chromium: home -> an article -> a
// marked claim -> its permalink (figure, JSON-LD, Open Graph) -> back to the highlighted
// sentence; then the share button, the page without JavaScript, on a phone, and in print.
// Every page opened here fails its test on a console error, page error, failed request or dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_MESSAGES } from '../../src/client/share.ts';
import { formatFigure } from '../../src/lib/format-figure.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import { VERDICTS } from '../../src/schemas/review.ts';
import { axe, formatViolations, launchBrowser, newPage, VIEWPORTS } from './support/browser.ts';
import { e2eSite, readEntries, readReviewedClaimIds, siteUrl, type E2eEntry } from './support/site.ts';
import { sitePathOf, squash } from './support/page-text.ts';

let browser: Browser;
let entries: E2eEntry[];
/** Every claim of the test site with the id of its article. */
let claims: Array<Claim & { articleId: string }>;

beforeAll(async () => {
  browser = await launchBrowser();
  entries = await readEntries();
  claims = entries.flatMap((entry) => entry.data.claims.map((claim) => ({ ...claim, articleId: entry.id })));
});
afterAll(async () => {
  await browser?.close();
});

/** The address the site publishes for a site path (SITE_URL + base), as in canonical and og:url. */
function publicUrl(sitePath: string): string {
  const { siteUrl: origin, basePath } = e2eSite();
  return new URL(`${basePath}${sitePath}`, origin).href;
}

/** Fails with a readable list when axe finds serious or critical problems on the page. */
async function expectAccessible(page: Page): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${page.url()}:\n${formatViolations(violations)}`).toEqual([]);
}

/** The content of a `<meta property|name="key">` tag, or null. */
function meta(page: Page, key: string): Promise<string | null> {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
}

/** Every JSON-LD block of the page, parsed. */
async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the reader journey', () => {
  it('goes from the home page to an article, into a marked claim, and back to the highlighted sentence', async () => {
    const { page } = await newPage(browser);

    // 1. Home: a search box, the counts, and the latest articles.
    await page.goto(siteUrl(''));
    await expect(page.getByRole('search', { name: 'Search the claims' }).getByRole('searchbox').count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    await expectAccessible(page);
    const latest = page.locator('h2:text-is("Latest articles") + ul a');
    const articleTitle = squash(await latest.first().textContent());
    await latest.first().click();
    await page.waitForURL(/\/articles\/[^/]+\/$/);

    // 2. The article: its headline, and every claim's sentence marked in place.
    const articleId = sitePathOf(page).split('/')[1] ?? '';
    const article = entries.find((entry) => entry.id === articleId);
    expect(article, `no entry for the article page ${articleId}`).toBeDefined();
    expect(squash(await page.getByRole('heading', { level: 1 }).textContent())).toBe(articleTitle);
    expect(articleTitle).toBe(squash(article?.data.title));
    await expectAccessible(page);
    const marked = page.locator('.article-body mark.claim a.claim-link');
    expect(await marked.count()).toBeGreaterThan(0);
    const firstMarked = marked.first();
    const claimHref = await firstMarked.getAttribute('href');
    expect(claimHref).toMatch(new RegExp(`^${e2eSite().basePath}claims/[^/]+/$`));
    await firstMarked.click();
    await page.waitForURL(/\/claims\/[^/]+\/$/);

    // 3. The permalink: the figure in words, the quote, JSON-LD, Open Graph and Twitter meta.
    const claimId = sitePathOf(page).split('/')[1] ?? '';
    const claim = claims.find((candidate) => candidate.id === claimId);
    expect(claim, `no claim ${claimId} in the entries`).toBeDefined();
    if (!claim) return;
    expect(claim.articleId).toBe(articleId);
    const figure = formatFigure(claim);
    expect(squash(await page.getByRole('heading', { level: 1 }).textContent())).toBe(figure.words);
    expect(squash(await page.locator('dt:text-is("In words") + dd').textContent())).toBe(figure.label);
    expect(squash(await page.locator('dt:text-is("What the wording allows") + dd').textContent())).toBe(figure.interval);
    expect(squash(await page.locator('.quote mark').textContent())).toBe(squash(claim.text));

    const canonical = publicUrl(`claims/${claimId}/`);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(canonical);
    const [structured] = await jsonLd(page);
    const claimNode = (structured?.['@type'] === 'ClaimReview' ? structured.itemReviewed : structured) as Record<string, unknown>;
    expect(claimNode).toMatchObject({ '@type': 'Claim', url: canonical, text: claim.text });
    if (claim.speaker) expect(claimNode.author).toEqual({ '@type': 'Person', name: claim.speaker });
    expect(claimNode.appearance).toMatchObject({ '@type': 'CreativeWork', headline: article?.data.title });

    const image = publicUrl(`claims/${claimId}/preview.png`);
    expect({
      type: await meta(page, 'og:type'),
      url: await meta(page, 'og:url'),
      image: await meta(page, 'og:image'),
      width: await meta(page, 'og:image:width'),
      height: await meta(page, 'og:image:height'),
      card: await meta(page, 'twitter:card'),
      twitterImage: await meta(page, 'twitter:image'),
    }).toEqual({ type: 'article', url: canonical, image, width: '1200', height: '630', card: 'summary_large_image', twitterImage: image });
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'description']) {
      expect(squash(await meta(page, key)), `${key} is empty`).not.toBe('');
    }
    const preview = await fetch(siteUrl(`claims/${claimId}/preview.png`));
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await preview.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    await expectAccessible(page);

    // 4. Back into the article: the sentence is the :target, highlighted and on screen.
    await page.getByRole('link', { name: 'Read this sentence in the article' }).click();
    await page.waitForURL((url) => url.hash === `#${claimId}`);
    expect(sitePathOf(page)).toBe(`articles/${articleId}/`);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      if (!element) return null;
      const mark = element.closest('mark.claim') ?? element;
      const box = element.getBoundingClientRect();
      return {
        id: element.id,
        text: element.textContent,
        outline: getComputedStyle(mark).outlineStyle,
        background: getComputedStyle(element).backgroundColor,
        onScreen: box.bottom > 0 && box.top < window.innerHeight,
      };
    });
    expect(target).not.toBeNull();
    expect(target?.id).toBe(claimId);
    expect(squash(target?.text)).toContain(squash(claim.text));
    expect(target?.outline, 'the targeted sentence has no highlight outline').toBe('solid');
    expect(target?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(target?.onScreen, 'the targeted sentence is not scrolled into view').toBe(true);
  });

  it('gives every claim an anchor in its article that lands on its sentence', async () => {
    const { page } = await newPage(browser);
    for (const entry of entries) {
      await page.goto(siteUrl(`articles/${entry.id}/`));
      const anchors = await page.evaluate(
        (ids) =>
          ids.map((id) => {
            const element = document.getElementById(id);
            return { id, inBody: Boolean(element?.closest('.article-body')), text: element?.textContent ?? null };
          }),
        entry.data.claims.map((claim) => claim.id),
      );
      for (const [index, anchor] of anchors.entries()) {
        const claim = entry.data.claims[index];
        expect(anchor.inBody, `${entry.id}: #${anchor.id} is not in the article text`).toBe(true);
        expect(squash(anchor.text)).toContain(squash(claim?.text));
      }
    }
  });

  it('shows an editor’s verdict and a complete ClaimReview on a reviewed claim', async () => {
    const ids = new Set(claims.map((claim) => claim.id));
    const reviewed = (await readReviewedClaimIds()).filter((id) => ids.has(id));
    expect(reviewed.length, 'no fixture review matches a claim of the test site (tests/fixtures/e2e-reviews/)').toBeGreaterThan(0);
    const { page } = await newPage(browser);
    for (const claimId of reviewed) {
      await page.goto(siteUrl(`claims/${claimId}/`));
      const [structured] = await jsonLd(page);
      expect(structured).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: publicUrl(`claims/${claimId}/`),
        claimReviewed: claims.find((claim) => claim.id === claimId)?.text,
        author: { '@type': 'Organization' },
        itemReviewed: { '@type': 'Claim' },
      });
      expect(structured?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
      const rating = structured?.reviewRating as Record<string, unknown>;
      const verdict = Object.values(VERDICTS).find((candidate) => candidate.label === rating.alternateName);
      expect(verdict, `reviewRating.alternateName ${String(rating.alternateName)} is not a verdict`).toBeDefined();
      if (verdict?.rating !== null) expect(rating).toMatchObject({ ratingValue: verdict?.rating, bestRating: 5, worstRating: 1 });
      await expect(page.getByRole('heading', { name: 'Editors’ verdict' }).count()).resolves.toBe(1);
      await expect(page.locator('.review .verdict').textContent()).resolves.toBe(verdict?.label);
    }
  });
});

describe('the share button', () => {
  it('copies the permalink by keyboard and says so to screen readers', async () => {
    const { page } = await newPage(browser);
    const claimId = claims[0]?.id ?? '';
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('')).origin });
    await page.goto(siteUrl(`claims/${claimId}/`));
    const copy = page.getByRole('button', { name: 'Copy link' });
    await copy.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await status.filter({ hasText: SHARE_MESSAGES.copied }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(publicUrl(`claims/${claimId}/`));
  });

  it('offers the Web Share API where the browser has it, sharing the permalink', async () => {
    const { page } = await newPage(browser);
    const claimId = claims[0]?.id ?? '';
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { sharedForTest: shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
    });
    await page.goto(siteUrl(`claims/${claimId}/`));
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.getByRole('status').filter({ hasText: SHARE_MESSAGES.shared }).waitFor();
    const shared = await page.evaluate(() => (window as unknown as { sharedForTest: ShareData[] }).sharedForTest);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.url).toBe(publicUrl(`claims/${claimId}/`));
  });

  it('hides the share sheet button where the browser has no Web Share API', async () => {
    const { page } = await newPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    });
    await page.goto(siteUrl(`claims/${claims[0]?.id ?? ''}/`));
    await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Share…' }).isVisible()).resolves.toBe(false);
  });
});

describe('without JavaScript, on a phone, and in print', () => {
  it('still shows the permalink to copy, and no button that cannot work, without JavaScript', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    const claimId = claims[0]?.id ?? '';
    await page.goto(siteUrl(`claims/${claimId}/`));
    await expect(page.getByLabel('Permalink').inputValue()).resolves.toBe(publicUrl(`claims/${claimId}/`));
    await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Read this sentence in the article' }).count()).resolves.toBe(1);
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const { page } = await newPage(browser, { viewport: VIEWPORTS.phone });
    const first = claims[0];
    const paths = ['', `articles/${first?.articleId ?? ''}/`, `claims/${first?.id ?? ''}/`, 'speakers/', 'data/', 'methodology/'];
    for (const sitePath of paths) {
      await page.goto(siteUrl(sitePath));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${sitePath || 'home'} scrolls sideways by ${overflow}px at 360 px`).toBeLessThanOrEqual(0);
    }
  });

  it('prints a claim page without the header, search, share buttons or footer', async () => {
    const { page } = await newPage(browser);
    await page.goto(siteUrl(`claims/${claims[0]?.id ?? ''}/`));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.share-block', 'form[role="search"]']) {
      await expect(page.locator(selector).first().isVisible(), `${selector} shows in print`).resolves.toBe(false);
    }
    await expect(page.locator('.quote').isVisible()).resolves.toBe(true);
  });
});

describe('article text', () => {
  it('renders markup in headlines and quotes as text, in the page and in its JSON-LD', async () => {
    const hostile = claims.filter((claim) => claim.text.includes('<'));
    expect(hostile.length, 'the e2e fixtures have no claim whose text contains markup').toBeGreaterThan(0);
    const { page } = await newPage(browser);
    for (const claim of hostile) {
      await page.goto(siteUrl(`claims/${claim.id}/`));
      expect(squash(await page.locator('.quote mark').textContent())).toBe(squash(claim.text));
      const [structured] = await jsonLd(page);
      const node = (structured?.['@type'] === 'ClaimReview' ? structured.itemReviewed : structured) as Record<string, unknown>;
      expect(node.text).toBe(claim.text);
      expect(await meta(page, 'og:description')).toContain(claim.quantity);
    }
    for (const entry of entries.filter((candidate) => candidate.data.title.includes('<'))) {
      await page.goto(siteUrl(`articles/${entry.id}/`));
      expect(squash(await page.getByRole('heading', { level: 1 }).textContent())).toBe(squash(entry.data.title));
      expect(await page.evaluate(() => document.title)).toContain(entry.data.title.trim().slice(0, 20));
    }
  });
});
